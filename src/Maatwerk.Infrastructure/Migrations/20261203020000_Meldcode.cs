using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14: the Meldcode huiselijk geweld en kindermishandeling — training per staff member (IB-52a) and the case
/// register along the five steps with the Veilig Thuis decision (IB-52a/c). Hand-written; SchemaMatchesModelTests checks it
/// on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261203020000_Meldcode")]
public sealed class Meldcode : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("meldcode_trainingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            MedewerkerId = t.Column<Guid>(nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Soort = t.Column<string>(maxLength: 200, nullable: false),
            Bewijs = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_meldcode_trainingen", x => x.Id);
            t.ForeignKey("FK_meldcode_trainingen_medewerkers_MedewerkerId", x => x.MedewerkerId, "medewerkers", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_meldcode_trainingen_organisaties_AanbiederId", x => x.AanbiederId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_meldcode_trainingen_MedewerkerId_Datum", "meldcode_trainingen", ["MedewerkerId", "Datum"]);
        m.CreateIndex("IX_meldcode_trainingen_AanbiederId", "meldcode_trainingen", "AanbiederId");

        m.CreateTable("meldcode_casussen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: true),
            Signalen = t.Column<string>(maxLength: 4000, nullable: false),
            Stap1Datum = t.Column<DateOnly>(nullable: true),
            Stap1Notitie = t.Column<string>(maxLength: 4000, nullable: true),
            Stap2Datum = t.Column<DateOnly>(nullable: true),
            Stap2Notitie = t.Column<string>(maxLength: 4000, nullable: true),
            Stap3Datum = t.Column<DateOnly>(nullable: true),
            Stap3Notitie = t.Column<string>(maxLength: 4000, nullable: true),
            Stap4Datum = t.Column<DateOnly>(nullable: true),
            Stap4Notitie = t.Column<string>(maxLength: 4000, nullable: true),
            Stap5Datum = t.Column<DateOnly>(nullable: true),
            Stap5Notitie = t.Column<string>(maxLength: 4000, nullable: true),
            MeldenBijVeiligThuis = t.Column<bool>(nullable: true),
            VeiligThuisGemeldOp = t.Column<DateOnly>(nullable: true),
            AfgeslotenOp = t.Column<DateOnly>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_meldcode_casussen", x => x.Id);
            t.ForeignKey("FK_meldcode_casussen_organisaties_AanbiederId", x => x.AanbiederId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_meldcode_casussen_clienten_ClientId", x => x.ClientId, "clienten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_meldcode_casussen_AanbiederId", "meldcode_casussen", "AanbiederId");
        m.CreateIndex("IX_meldcode_casussen_ClientId", "meldcode_casussen", "ClientId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("meldcode_casussen");
        m.DropTable("meldcode_trainingen");
    }
}
