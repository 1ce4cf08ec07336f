using System.CommandLine;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Cli.Hosting;

/// <summary>The options `--provider` and `--connection` that every command working on a database shares, and their
/// reading into <see cref="DatabaseOptions"/> with a Dutch message when they do not fit.</summary>
public sealed class DatabaseArguments
{
    public Option<string> Provider { get; } = new("--provider") { Description = "Sqlite of Postgres", DefaultValueFactory = _ => "Sqlite" };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string; standaard Data Source=maatwerk-demo.db (SQLite, in de huidige map)",
    };

    /// <summary>The database options, or the message saying which option is wrong.</summary>
    public static (DatabaseOptions? Options, string? Fout) Read(string provider, string? connection) =>
        provider.ToLowerInvariant() switch
        {
            "sqlite" => (new DatabaseOptions { Provider = "Sqlite", ConnectionString = connection ?? "Data Source=maatwerk-demo.db" }, null),
            "postgres" or "postgresql" when connection is not null => (new DatabaseOptions { Provider = "Postgres", ConnectionString = connection }, null),
            "postgres" or "postgresql" => (null, "Geef bij --provider Postgres een --connection op, bijv. \"Host=127.0.0.1;Database=maatwerk;Username=postgres\"."),
            _ => (null, $"Onbekende provider '{provider}': kies Sqlite of Postgres."),
        };
}
