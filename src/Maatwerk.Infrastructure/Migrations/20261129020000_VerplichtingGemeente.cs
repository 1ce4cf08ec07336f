using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>A gemeente's view of obligations at scale (issue 9): each obligation carries its client's gemeente, filled
/// here for the rows that exist, and one index serves a gemeente's counts and pages per contract; two more let the
/// start page count a gemeente's toewijzingen per status from indexes alone (toewijzingen per contract and status with
/// their client, a gemeente's clients). Each toewijzing gets its urgency (earliest open deadline, number of obligations te
/// laat; status 0 = Open, 2 = TeLaat), so the list orders by urgency by default (ToewijzingUrgentie). Hand-written; the same SQL on
/// SQLite (3.33+, UPDATE … FROM) and PostgreSQL (one hash join, not a subquery per row); SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129020000_VerplichtingGemeente")]
public sealed class VerplichtingGemeente : Migration
{
    private static readonly (string Naam, string Tabel, string[] Kolommen)[] Indexen =
    [
        ("IX_verplichtingen_ContractId_GemeenteId_Status_Deadline", "verplichtingen", ["ContractId", "GemeenteId", "Status", "Deadline"]),
        ("IX_toewijzingen_ContractId_Status_ClientId", "toewijzingen", ["ContractId", "Status", "ClientId"]),
        ("IX_clienten_GemeenteId_Id", "clienten", ["GemeenteId", "Id"]),
    ];

    /// <summary>Fills the client's gemeente on every obligation about a client (also run by the tests on both databases).</summary>
    public const string GemeenteVullen = """
        UPDATE verplichtingen SET "GemeenteId" = c."GemeenteId" FROM clienten c WHERE c."Id" = verplichtingen."ClientId"
        """;

    /// <summary>Fills each toewijzing's urgency from its obligations (status 0 = Open, 2 = TeLaat).</summary>
    public const string UrgentieVullen = """
        UPDATE toewijzingen SET
            "EersteDeadline" = (SELECT MIN(v."Deadline") FROM verplichtingen v WHERE v."ToewijzingId" = toewijzingen."Id" AND v."Status" = 0),
            "TeLaat" = (SELECT COUNT(*) FROM verplichtingen v WHERE v."ToewijzingId" = toewijzingen."Id" AND v."Status" = 2)
        WHERE "Id" IN (SELECT "ToewijzingId" FROM verplichtingen WHERE "Status" IN (0, 2))
        """;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("GemeenteId", "verplichtingen", nullable: true);
        m.Sql(GemeenteVullen);
        m.AddColumn<DateOnly>("EersteDeadline", "toewijzingen", nullable: true);
        m.AddColumn<int>("TeLaat", "toewijzingen", nullable: false, defaultValue: 0);
        m.Sql(UrgentieVullen);
        foreach (var (naam, tabel, kolommen) in Indexen)
            m.CreateIndex(naam, tabel, kolommen);
        m.DropIndex("IX_toewijzingen_ContractId", "toewijzingen"); // the new (ContractId, Status, ClientId) serves the foreign key
    }

    protected override void Down(MigrationBuilder m)
    {
        m.CreateIndex("IX_toewijzingen_ContractId", "toewijzingen", "ContractId");
        foreach (var (naam, tabel, _) in Indexen)
            m.DropIndex(naam, tabel);
        m.DropColumn("TeLaat", "toewijzingen");
        m.DropColumn("EersteDeadline", "toewijzingen");
        m.DropColumn("GemeenteId", "verplichtingen");
    }
}
