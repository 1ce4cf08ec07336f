using Microsoft.Data.Sqlite;

namespace Maatwerk.Web.Hosting;

public static class SqliteDefaults
{
    /// <summary>A relative SQLite file name is taken relative to the app's content root (App_Data/), wherever
    /// `dotnet run` was started from, and its folder is created.</summary>
    public static void ResolveRelativePath(IConfiguration config, string contentRoot)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return;
        var csb = new SqliteConnectionStringBuilder(config["Database:ConnectionString"] ?? "Data Source=App_Data/maatwerk.db");
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(csb.DataSource))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        if (csb.Mode != SqliteOpenMode.Memory && Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } dir)
            Directory.CreateDirectory(dir);
        config["Database:ConnectionString"] = csb.ToString();
    }
}
