namespace Maatwerk.Infrastructure.Data;

/// <summary>Configuration section "Database": Provider is "Sqlite" (default) or "Postgres".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public string Provider { get; set; } = "Sqlite";
    public string ConnectionString { get; set; } = "Data Source=maatwerk.db";

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
