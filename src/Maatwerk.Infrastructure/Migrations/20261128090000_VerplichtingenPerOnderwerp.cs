using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Session 3, the obligations engine at scale (issue 9): events and obligations carry their subject, so a step
/// re-evaluates only its own subject and the nightly run works in batches of subjects; obligations explain their deadline
/// and status; toewijzing numbers come from a counter; re-evaluation runs are recorded (lease, resume point). Hand-written
/// like the earlier migrations; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128090000_VerplichtingenPerOnderwerp")]
public sealed class VerplichtingenPerOnderwerp : Migration
{
    private static readonly string[] Tabellen = ["gebeurtenissen", "verplichtingen"];

    protected override void Up(MigrationBuilder m)
    {
        foreach (var tabel in Tabellen)
        {
            m.AddColumn<string>("OnderwerpSoort", tabel, maxLength: 20, nullable: true);
            m.AddColumn<Guid>("OnderwerpId", tabel, nullable: true);
            m.Sql($"""UPDATE {tabel} SET "OnderwerpSoort" = 'toewijzing', "OnderwerpId" = "ToewijzingId" WHERE "ToewijzingId" IS NOT NULL""");
            m.Sql($"""UPDATE {tabel} SET "OnderwerpSoort" = 'client', "OnderwerpId" = "ClientId" WHERE "ToewijzingId" IS NULL AND "ClientId" IS NOT NULL""");
            m.CreateIndex($"IX_{tabel}_ContractId_OnderwerpSoort_OnderwerpId", tabel, ["ContractId", "OnderwerpSoort", "OnderwerpId"]);
            m.CreateIndex($"IX_{tabel}_OnderwerpId", tabel, "OnderwerpId");
        }
        m.AddColumn<string>("Uitleg", "verplichtingen", maxLength: 300, nullable: true);
        m.AddColumn<string>("Toelichting", "verplichtingen", maxLength: 300, nullable: true);
        m.CreateIndex("IX_verplichtingen_Status_Deadline", "verplichtingen", ["Status", "Deadline"]);
        m.CreateIndex("IX_gebeurtenissen_Moment", "gebeurtenissen", "Moment");

        m.CreateTable("nummerreeksen", t => new
        {
            Naam = t.Column<string>(maxLength: 60, nullable: false),
            Waarde = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_nummerreeksen", x => x.Naam));

        m.CreateTable("herberekeningen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Soort = t.Column<string>(maxLength: 20, nullable: false),
            Peildatum = t.Column<DateOnly>(nullable: false),
            Gestart = t.Column<DateTime>(nullable: false),
            Voltooid = t.Column<DateTime>(nullable: true),
            Eigenaar = t.Column<string>(maxLength: 200, nullable: false),
            LeaseTot = t.Column<DateTime>(nullable: false),
            Positie = t.Column<string>(maxLength: 80, nullable: true),
            Onderwerpen = t.Column<int>(nullable: false),
            Gewijzigd = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_herberekeningen", x => x.Id));
        m.CreateIndex("IX_herberekeningen_Soort_Peildatum", "herberekeningen", ["Soort", "Peildatum"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("herberekeningen");
        m.DropTable("nummerreeksen");
        m.DropIndex("IX_gebeurtenissen_Moment", "gebeurtenissen");
        m.DropIndex("IX_verplichtingen_Status_Deadline", "verplichtingen");
        m.DropColumn("Uitleg", "verplichtingen");
        m.DropColumn("Toelichting", "verplichtingen");
        foreach (var tabel in Tabellen)
        {
            m.DropIndex($"IX_{tabel}_OnderwerpId", tabel);
            m.DropIndex($"IX_{tabel}_ContractId_OnderwerpSoort_OnderwerpId", tabel);
            m.DropColumn("OnderwerpId", tabel);
            m.DropColumn("OnderwerpSoort", tabel);
        }
    }
}
