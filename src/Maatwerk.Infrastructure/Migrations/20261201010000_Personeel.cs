using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14, staff register: people of an aanbieder with function, employment, products and qualification evidence,
/// and the fixed worker and deputy per toewijzing (DEV-Eis6-R10, IB-15a). Hand-written; SchemaMatchesModelTests checks it
/// on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201010000_Personeel")]
public sealed class Personeel : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("medewerkers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            GebruikerId = t.Column<Guid>(nullable: true),
            Functie = t.Column<string>(maxLength: 100, nullable: false),
            InDienst = t.Column<DateOnly>(nullable: false),
            UitDienst = t.Column<DateOnly>(nullable: true),
            Productcodes = t.Column<string>(maxLength: 500, nullable: false),
            Niveau = t.Column<int>(nullable: false),
            Diploma = t.Column<string>(maxLength: 200, nullable: true),
            Diplomanummer = t.Column<string>(maxLength: 50, nullable: true),
            Diplomadatum = t.Column<DateOnly>(nullable: true),
            Registratienummer = t.Column<string>(maxLength: 50, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_medewerkers", x => x.Id);
            t.ForeignKey("FK_medewerkers_organisaties_AanbiederId", x => x.AanbiederId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_medewerkers_AanbiederId_Naam", "medewerkers", ["AanbiederId", "Naam"]);
        m.CreateIndex("IX_medewerkers_GebruikerId", "medewerkers", "GebruikerId");

        m.CreateTable("vaste_medewerkers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            MedewerkerId = t.Column<Guid>(nullable: false),
            VervangerId = t.Column<Guid>(nullable: true),
            Vanaf = t.Column<DateOnly>(nullable: false),
            Tot = t.Column<DateOnly>(nullable: true),
            Reden = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_vaste_medewerkers", x => x.Id);
            t.ForeignKey("FK_vaste_medewerkers_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_vaste_medewerkers_medewerkers_MedewerkerId", x => x.MedewerkerId, "medewerkers", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_vaste_medewerkers_ToewijzingId_Vanaf", "vaste_medewerkers", ["ToewijzingId", "Vanaf"]);
        m.CreateIndex("IX_vaste_medewerkers_MedewerkerId", "vaste_medewerkers", "MedewerkerId");
        m.CreateIndex("IX_vaste_medewerkers_AanbiederId", "vaste_medewerkers", "AanbiederId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("vaste_medewerkers");
        m.DropTable("medewerkers");
    }
}
