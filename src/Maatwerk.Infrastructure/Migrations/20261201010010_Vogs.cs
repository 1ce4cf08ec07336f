using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14, VOG per person: issue date, number, screening profile and risk areas (IB-8a), the gemeente's
/// assessment (IB-8b). Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201010010_Vogs")]
public sealed class Vogs : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("vogs", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MedewerkerId = t.Column<Guid>(nullable: false),
            Afgiftedatum = t.Column<DateOnly>(nullable: false),
            Nummer = t.Column<string>(maxLength: 50, nullable: true),
            Screeningsprofiel = t.Column<string>(maxLength: 100, nullable: true),
            Risicogebieden = t.Column<string>(maxLength: 100, nullable: true),
            BeoordeeldDoorGemeenteOp = t.Column<DateOnly>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_vogs", x => x.Id);
            t.ForeignKey("FK_vogs_medewerkers_MedewerkerId", x => x.MedewerkerId, "medewerkers", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_vogs_MedewerkerId_Afgiftedatum", "vogs", ["MedewerkerId", "Afgiftedatum"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("vogs");
}
