using Maatwerk.Infrastructure.Data;
using Npgsql;

namespace Maatwerk.Tests.Shared;

/// <summary>
/// Throw-away databases for tests. SQLite: a temp file. PostgreSQL: a new database on the server that
/// scripts/test.sh starts (MAATWERK_TEST_PG holds its connection string). Without that server a PostgreSQL test
/// skips locally with the reason printed, but fails in CI (CI=true), where it must run.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public DatabaseOptions Options { get; }
    private readonly Action _drop;

    private TestDatabase(DatabaseOptions options, Action drop)
    {
        Options = options;
        _drop = drop;
    }

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
    public static string? PostgresServer => Environment.GetEnvironmentVariable("MAATWERK_TEST_PG");

    /// <summary>The provider the web and E2E tests run on in this test run: "sqlite" (default) or "postgres".</summary>
    public static string SelectedProvider => Environment.GetEnvironmentVariable("MAATWERK_TEST_DB")?.ToLowerInvariant() ?? "sqlite";

    public static string? PostgresUnavailableReason => PostgresServer is null
        ? "PostgreSQL-server niet beschikbaar (MAATWERK_TEST_PG is niet gezet); draai scripts/test.sh om hem te starten."
        : null;

    /// <summary>Skips (locally) or fails (CI) when no PostgreSQL server is configured.</summary>
    public static void RequirePostgres()
    {
        if (PostgresUnavailableReason is { } reason)
        {
            if (InCi)
                throw new InvalidOperationException("In CI moet PostgreSQL beschikbaar zijn: " + reason);
            Console.WriteLine("OVERGESLAGEN: " + reason);
            Skip.If(true, reason);
        }
    }

    public static TestDatabase Create(string provider) =>
        provider == "postgres" ? CreatePostgres() : CreateSqlite();

    public static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"maatwerk-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={file};Pooling=False" }, () =>
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(f);
        });
    }

    public static TestDatabase CreatePostgres()
    {
        RequirePostgres();
        var name = $"maatwerk_test_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false };
        Execute(server.ConnectionString, $"CREATE DATABASE \"{name}\"");
        var db = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TestDatabase(new DatabaseOptions { Provider = "Postgres", ConnectionString = db.ConnectionString }, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    /// <summary>A new database that starts as a copy of <paramref name="template"/> (which nobody may be connected to):
    /// SQLite copies the file, PostgreSQL creates the database from it as TEMPLATE. Far cheaper than migrating and
    /// seeding again.</summary>
    public static TestDatabase CopyOf(TestDatabase template)
    {
        if (template.Options.Provider == "Postgres")
        {
            var source = new NpgsqlConnectionStringBuilder(template.Options.ConnectionString);
            var name = $"maatwerk_test_{Guid.NewGuid():N}";
            var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false };
            Execute(server.ConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{source.Database}\"");
            var db = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
            return new TestDatabase(new DatabaseOptions { Provider = "Postgres", ConnectionString = db.ConnectionString }, () =>
            {
                NpgsqlConnection.ClearPool(new NpgsqlConnection(db.ConnectionString));
                Execute(server.ConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            });
        }
        var copy = CreateSqlite();
        var from = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(template.Options.ConnectionString).DataSource;
        var to = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(copy.Options.ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal" })
            if (File.Exists(from + suffix))
                File.Copy(from + suffix, to + suffix);
        return copy;
    }

    /// <summary>Drops the connections a test process still pools to this database, so that it can serve as a
    /// template.</summary>
    public void ReleaseConnections()
    {
        if (Options.Provider == "Postgres")
            NpgsqlConnection.ClearPool(new NpgsqlConnection(Options.ConnectionString));
        else
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _drop();
}
