using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Lists that scale (issue 9, item 6): indexes for the paged, searched and sorted lists — obligations per
/// client and per toewijzing by status and deadline, counted per status from an index alone, toewijzingen newest first, clients by name and by BSN (for an
/// aanbieder, whose view is not per gemeente), messages per organisation newest first and per client, verzoeken by BSN,
/// the audit trail per organisation and per record. The same on SQLite and PostgreSQL; hand-written like the earlier
/// migrations, and the entity configurations declare the same indexes (SchemaMatchesModelTests).</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128220000_LijstIndexen")]
public sealed class LijstIndexen : Migration
{
    private static readonly (string Naam, string Tabel, string[] Kolommen)[] Indexen =
    [
        ("IX_verplichtingen_ClientId", "verplichtingen", ["ClientId"]),
        ("IX_verplichtingen_ToewijzingId_Status_Deadline", "verplichtingen", ["ToewijzingId", "Status", "Deadline"]),
        ("IX_verplichtingen_ContractId_Status_ClientId", "verplichtingen", ["ContractId", "Status", "ClientId"]),
        ("IX_toewijzingen_Ingangsdatum", "toewijzingen", ["Ingangsdatum"]),
        ("IX_clienten_Achternaam_Voornamen", "clienten", ["Achternaam", "Voornamen"]),
        ("IX_clienten_Bsn", "clienten", ["Bsn"]),
        ("IX_berichten_OntvangerOrganisatieId_Ontvangen", "berichten", ["OntvangerOrganisatieId", "Ontvangen"]),
        ("IX_berichten_AfzenderOrganisatieId_Ontvangen", "berichten", ["AfzenderOrganisatieId", "Ontvangen"]),
        ("IX_berichten_ClientId", "berichten", ["ClientId"]),
        ("IX_verzoeken_Bsn", "verzoeken", ["Bsn"]),
        ("IX_audit_regels_OrganisatieId_Moment", "audit_regels", ["OrganisatieId", "Moment"]),
        ("IX_audit_regels_Entiteit_EntiteitId", "audit_regels", ["Entiteit", "EntiteitId"]),
    ];

    protected override void Up(MigrationBuilder m)
    {
        foreach (var (naam, tabel, kolommen) in Indexen)
            m.CreateIndex(naam, tabel, kolommen);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var (naam, tabel, _) in Indexen)
            m.DropIndex(naam, tabel);
    }
}
