using System.Data.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tests.Data;

/// <summary>A schema as a set of comparable lines ("table.column type null", "index name unique cols", "fk name"),
/// read either from the EF model or from a real database's catalogue.</summary>
public static class DatabaseSchema
{
    public static SortedSet<string> FromModel(MaatwerkDbContext db)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns)
                lines.Add($"column {table.Name}.{column.Name} {column.StoreType.ToLowerInvariant()} {(column.IsNullable ? "null" : "not null")}");
            foreach (var index in table.Indexes)
                lines.Add($"index {table.Name}.{index.Name} {(index.IsUnique ? "unique" : "")} ({string.Join(",", index.Columns.Select(c => c.Name))})");
            foreach (var fk in table.ForeignKeyConstraints)
                lines.Add($"fk {table.Name}.{fk.Name}");
            if (table.PrimaryKey is { } pk)
                lines.Add($"pk {table.Name} ({string.Join(",", pk.Columns.Select(c => c.Name))})");
        }
        return lines;
    }

    public static SortedSet<string> FromDatabase(MaatwerkDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        connection.Open();
        try
        {
            return db.Database.IsNpgsql() ? ReadPostgres(connection) : ReadSqlite(connection);
        }
        finally
        {
            connection.Close();
        }
    }

    private static SortedSet<string> ReadSqlite(DbConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = Query(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'")
            .Select(r => (string)r[0]).ToList();
        foreach (var table in tables)
        {
            var pk = new List<(long Order, string Name)>();
            foreach (var r in Query(c, $"PRAGMA table_info('{table}')"))
            {
                lines.Add($"column {table}.{r[1]} {((string)r[2]).ToLowerInvariant()} {((long)r[3] == 1 ? "not null" : "null")}");
                if ((long)r[5] > 0)
                    pk.Add(((long)r[5], (string)r[1]));
            }
            lines.Add($"pk {table} ({string.Join(",", pk.OrderBy(p => p.Order).Select(p => p.Name))})");
            foreach (var r in Query(c, $"PRAGMA index_list('{table}')").Where(r => (string)r[3] == "c"))
            {
                var name = (string)r[1];
                var columns = Query(c, $"PRAGMA index_info('{name}')").OrderBy(x => (long)x[0]).Select(x => (string)x[2]);
                lines.Add($"index {table}.{name} {((long)r[2] == 1 ? "unique" : "")} ({string.Join(",", columns)})");
            }
            // SQLite does not keep foreign key names; compare them by the columns EF names them after.
            foreach (var r in Query(c, $"PRAGMA foreign_key_list('{table}')"))
                lines.Add($"fk {table}.FK_{table}_{r[2]}_{r[3]}");
        }
        return lines;
    }

    private static SortedSet<string> ReadPostgres(DbConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        const string columns = """
            SELECT cl.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
            FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
            WHERE n.nspname = 'public' AND cl.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND cl.relname NOT LIKE '\_\_EF%'
            """;
        foreach (var r in Query(c, columns))
            lines.Add($"column {r[0]}.{r[1]} {r[2]} {((bool)r[3] ? "not null" : "null")}");
        const string indexes = """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ',')
            FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname NOT LIKE '\_\_EF%'
            """;
        foreach (var r in Query(c, indexes))
            lines.Add((bool)r[3] ? $"pk {r[0]} ({r[4]})" : $"index {r[0]}.{r[1]} {((bool)r[2] ? "unique" : "")} ({r[4]})");
        const string fks = """
            SELECT tc.table_name, tc.constraint_name FROM information_schema.table_constraints tc
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
            """;
        foreach (var r in Query(c, fks))
            lines.Add($"fk {r[0]}.{r[1]}");
        return lines;
    }

    private static List<object[]> Query(DbConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
