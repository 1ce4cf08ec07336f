using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: time registrations (IB-59, DEV-Eis21, DEV-Art8.3), the basis of registration lists and
/// declarations. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128230000_Tijdregistraties")]
public sealed class Tijdregistraties : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("tijdregistraties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: true),
            MedewerkerId = t.Column<Guid>(nullable: false),
            MedewerkerNaam = t.Column<string>(maxLength: 200, nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Begintijd = t.Column<TimeOnly>(nullable: false),
            Minuten = t.Column<int>(nullable: false),
            Contactwijze = t.Column<int>(nullable: false),
            Soort = t.Column<int>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            Herkomst = t.Column<int>(nullable: false),
            ExterneReferentie = t.Column<string>(maxLength: 100, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
            GewijzigdDoor = t.Column<string>(maxLength: 200, nullable: true),
            GewijzigdOp = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_tijdregistraties", x => x.Id);
            t.ForeignKey("FK_tijdregistraties_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_tijdregistraties_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_tijdregistraties_AanbiederId_MedewerkerId_Datum", "tijdregistraties", ["AanbiederId", "MedewerkerId", "Datum"]);
        m.CreateIndex("IX_tijdregistraties_ClientId_Datum", "tijdregistraties", ["ClientId", "Datum"]);
        m.CreateIndex("IX_tijdregistraties_ToewijzingId_Datum", "tijdregistraties", ["ToewijzingId", "Datum"]);
        m.CreateIndex("IX_tijdregistraties_AanbiederId_ExterneReferentie", "tijdregistraties", ["AanbiederId", "ExterneReferentie"], unique: true);
        m.CreateIndex("IX_tijdregistraties_ContractId", "tijdregistraties", "ContractId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("tijdregistraties");
}
