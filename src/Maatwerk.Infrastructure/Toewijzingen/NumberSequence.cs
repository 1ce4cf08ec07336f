using System.Data.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>A named counter in the database (e.g. the toewijzing numbers of one year). The next value is taken with one
/// atomic upsert, so two consulents issuing at the same moment get two distinct numbers on SQLite and PostgreSQL alike.</summary>
public sealed class NumberSequence
{
    public string Naam { get; set; } = "";
    public long Waarde { get; set; }

    /// <summary>The next value of the counter, within the caller's transaction. A counter that does not exist yet starts
    /// at <paramref name="start"/> (e.g. after the numbers already in use).</summary>
    public static async Task<long> NextAsync(MaatwerkDbContext db, string naam, long start, CancellationToken ct = default)
    {
        var verbinding = db.Database.GetDbConnection();
        if (verbinding.State != System.Data.ConnectionState.Open)
            await db.Database.OpenConnectionAsync(ct);
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        opdracht.CommandText = """
            INSERT INTO nummerreeksen ("Naam", "Waarde") VALUES (@naam, @start)
            ON CONFLICT ("Naam") DO UPDATE SET "Waarde" = nummerreeksen."Waarde" + 1
            RETURNING "Waarde"
            """;
        Parameter(opdracht, "@naam", naam);
        Parameter(opdracht, "@start", start);
        return Convert.ToInt64(await opdracht.ExecuteScalarAsync(ct));
    }

    /// <summary>The next toewijzing number: two digits of the year and six of the counter ("26000049").</summary>
    public static async Task<string> NextToewijzingNummerAsync(MaatwerkDbContext db, DateOnly vandaag, CancellationToken ct = default)
    {
        var prefix = $"{vandaag.Year % 100:D2}";
        var inGebruik = await db.Toewijzingen.Where(t => t.ToewijzingNummer.StartsWith(prefix) && t.ToewijzingNummer.Length == 8)
            .Select(t => t.ToewijzingNummer).OrderByDescending(n => n).FirstOrDefaultAsync(ct);
        var start = inGebruik is not null && long.TryParse(inGebruik[2..], out var hoogste) ? hoogste + 1 : 1;
        return $"{prefix}{await NextAsync(db, $"toewijzing-{vandaag.Year}", start, ct):D6}";
    }

    private static void Parameter(DbCommand opdracht, string naam, object waarde)
    {
        var p = opdracht.CreateParameter();
        p.ParameterName = naam;
        p.Value = waarde;
        opdracht.Parameters.Add(p);
    }
}

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.ToTable("nummerreeksen");
        b.HasKey(x => x.Naam);
        b.Property(x => x.Naam).HasMaxLength(60);
    }
}
