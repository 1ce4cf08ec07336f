using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 15: an event carries the gemeente of its subject when no client tells it (an OCO melding), so the
/// obligations of a melding carry the melding's gemeente and a gemeente of a regio contract sees only its own. Fills the
/// events and obligations of the meldingen that exist. Hand-written; the same SQL on SQLite (3.33+, UPDATE … FROM) and
/// PostgreSQL; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201050000_MeldingGemeente")]
public sealed class MeldingGemeente : Migration
{
    /// <summary>The melding's gemeente on its events (also run by the tests on both databases).</summary>
    public const string GebeurtenissenVullen = """
        UPDATE gebeurtenissen SET "GemeenteId" = m."GemeenteId" FROM oco_meldingen m
            WHERE gebeurtenissen."OnderwerpSoort" = 'melding' AND gebeurtenissen."OnderwerpId" = m."Id" AND gebeurtenissen."ClientId" IS NULL
        """;

    /// <summary>The melding's gemeente on its obligations.</summary>
    public const string VerplichtingenVullen = """
        UPDATE verplichtingen SET "GemeenteId" = m."GemeenteId" FROM oco_meldingen m
            WHERE verplichtingen."OnderwerpSoort" = 'melding' AND verplichtingen."OnderwerpId" = m."Id" AND verplichtingen."ClientId" IS NULL
        """;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("GemeenteId", "gebeurtenissen", nullable: true);
        m.Sql(GebeurtenissenVullen);
        m.Sql(VerplichtingenVullen);
    }

    protected override void Down(MigrationBuilder m) => m.DropColumn("GemeenteId", "gebeurtenissen");
}
