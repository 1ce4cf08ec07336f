using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Maatwerk.Infrastructure.Data;

/// <summary>
/// Inserts many new rows at once, for generated data (<c>maatwerk demo genereer</c>), new obligations and the lines of a
/// received 323 (<c>DeclaratieOntvangst</c>): PostgreSQL through binary COPY,
/// SQLite through prepared multi-row INSERTs. Tables, columns and value conversions come from the EF model, so the rows
/// read back exactly as if EF had written them. It bypasses change tracking and <see cref="MaatwerkDbContext"/>'s
/// SaveChanges (no audit lines, no automatic <c>GeregistreerdOp</c>): the caller fills every column itself. Runs in the
/// context's current transaction when there is one.
/// </summary>
public static class BulkInsert
{
    private sealed record Column(string Naam, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        public object? Value(object rij)
        {
            var waarde = Getter.GetClrValue(rij);
            return waarde is null ? null : Mapping.Converter?.ConvertToProvider(waarde) ?? waarde;
        }
    }

    public static async Task<int> AddAsync<T>(MaatwerkDbContext db, IReadOnlyCollection<T> rijen, CancellationToken ct = default) where T : class
    {
        if (rijen.Count == 0)
            return 0;
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is geen entiteit van het model.");
        var tabel = type.GetTableName()!;
        var schema = type.GetSchema();
        var store = StoreObjectIdentifier.Table(tabel, schema);
        var kolommen = type.GetProperties()
            .Where(p => !p.IsShadowProperty()) // read-model columns the database fills (defaults), e.g. a toewijzing's urgency
            .Select(p => new Column(p.GetColumnName(store)!, p.GetGetter(), (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .ToArray();
        var naam = (schema is null ? "" : Q(schema) + ".") + Q(tabel);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var verbinding = db.Database.GetDbConnection();
            var transactie = db.Database.CurrentTransaction?.GetDbTransaction();
            if (verbinding is NpgsqlConnection postgres)
                await CopyAsync(postgres, naam, kolommen, rijen, ct);
            else
                await InsertAsync(verbinding, transactie, naam, kolommen, rijen, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return rijen.Count;
    }

    private static string Q(string naam) => "\"" + naam.Replace("\"", "\"\"") + "\"";

    private static async Task CopyAsync<T>(NpgsqlConnection verbinding, string tabel, Column[] kolommen, IReadOnlyCollection<T> rijen, CancellationToken ct)
        where T : class
    {
        var typen = kolommen.Select(k => k.Mapping.StoreType.StartsWith("character varying", StringComparison.Ordinal) ? NpgsqlDbType.Varchar : (NpgsqlDbType?)null).ToArray();
        var sql = $"COPY {tabel} ({string.Join(", ", kolommen.Select(k => Q(k.Naam)))}) FROM STDIN (FORMAT BINARY)";
        await using var kopie = await verbinding.BeginBinaryImportAsync(sql, ct);
        foreach (var rij in rijen)
        {
            kopie.StartRow();
            for (var i = 0; i < kolommen.Length; i++)
            {
                switch (kolommen[i].Value(rij))
                {
                    case null: kopie.WriteNull(); break;
                    case string s: kopie.Write(s, typen[i] ?? NpgsqlDbType.Text); break;
                    case Guid g: kopie.Write(g, NpgsqlDbType.Uuid); break;
                    case DateOnly d: kopie.Write(d, NpgsqlDbType.Date); break;
                    case DateTime t: kopie.Write(t, t.Kind == DateTimeKind.Utc ? NpgsqlDbType.TimestampTz : NpgsqlDbType.Timestamp); break;
                    case bool b: kopie.Write(b, NpgsqlDbType.Boolean); break;
                    case int n: kopie.Write(n, NpgsqlDbType.Integer); break;
                    case long n: kopie.Write(n, NpgsqlDbType.Bigint); break;
                    case short n: kopie.Write(n, NpgsqlDbType.Smallint); break;
                    case decimal m: kopie.Write(m, NpgsqlDbType.Numeric); break;
                    case double x: kopie.Write(x, NpgsqlDbType.Double); break;
                    case var w: throw new NotSupportedException($"Kolom {kolommen[i].Naam}: type {w.GetType().Name} wordt niet ondersteund bij bulkinvoer.");
                }
            }
        }
        await kopie.CompleteAsync(ct);
    }

    private static async Task InsertAsync<T>(DbConnection verbinding, DbTransaction? transactie, string tabel, Column[] kolommen,
        IReadOnlyCollection<T> rijen, CancellationToken ct) where T : class
    {
        // About a thousand parameters per statement: more rows per statement save round trips, but Microsoft.Data.Sqlite
        // looks each parameter up by name when binding, which grows with the square of the parameter count.
        var perOpdracht = Math.Clamp(1_000 / kolommen.Length, 1, 100);
        var kop = $"INSERT INTO {tabel} ({string.Join(", ", kolommen.Select(k => Q(k.Naam)))}) VALUES ";
        DbCommand? vol = null;
        try
        {
            var buffer = new List<T>(perOpdracht);
            foreach (var rij in rijen)
            {
                buffer.Add(rij);
                if (buffer.Count < perOpdracht)
                    continue;
                vol ??= Command(verbinding, transactie, kop, kolommen, perOpdracht);
                await ExecuteAsync(vol, kolommen, buffer, ct);
                buffer.Clear();
            }
            if (buffer.Count > 0)
            {
                await using var laatste = Command(verbinding, transactie, kop, kolommen, buffer.Count);
                await ExecuteAsync(laatste, kolommen, buffer, ct);
            }
        }
        finally
        {
            if (vol is not null)
                await vol.DisposeAsync();
        }
    }

    /// <summary>A prepared INSERT of <paramref name="aantal"/> rows; its parameters are configured by the EF type
    /// mappings once (e.g. a Guid as upper-case TEXT on SQLite) and only get new values per execution.</summary>
    private static DbCommand Command(DbConnection verbinding, DbTransaction? transactie, string kop, Column[] kolommen, int aantal)
    {
        var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        var sql = new StringBuilder(kop);
        for (var r = 0; r < aantal; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < kolommen.Length; c++)
            {
                var naam = $"@p{r}_{c}";
                sql.Append(c == 0 ? naam : ", " + naam);
                opdracht.Parameters.Add(kolommen[c].Mapping.CreateParameter(opdracht, naam, null, nullable: true));
            }
            sql.Append(')');
        }
        opdracht.CommandText = sql.ToString();
        opdracht.Prepare();
        return opdracht;
    }

    private static async Task ExecuteAsync<T>(DbCommand opdracht, Column[] kolommen, List<T> rijen, CancellationToken ct) where T : class
    {
        var p = 0;
        foreach (var rij in rijen)
            foreach (var kolom in kolommen)
                opdracht.Parameters[p++].Value = kolom.Value(rij) ?? DBNull.Value;
        await opdracht.ExecuteNonQueryAsync(ct);
    }
}
