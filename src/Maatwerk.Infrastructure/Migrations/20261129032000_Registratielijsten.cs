using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: the signing of the 4-weekly registration list per toewijzing and period (DEV-Eis3-REG, MR-10).
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129032000_Registratielijsten")]
public sealed class Registratielijsten : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("registratielijst_ondertekeningen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            Periode = t.Column<int>(nullable: false),
            PeriodeVan = t.Column<DateOnly>(nullable: false),
            PeriodeTot = t.Column<DateOnly>(nullable: false),
            Door = t.Column<int>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Wijze = t.Column<int>(nullable: false),
            Minuten = t.Column<int>(nullable: false),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_registratielijst_ondertekeningen", x => x.Id);
            t.ForeignKey("FK_registratielijst_ondertekeningen_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_registratielijst_ondertekeningen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_registratielijst_ondertekeningen_ToewijzingId_Periode", "registratielijst_ondertekeningen", ["ToewijzingId", "Periode"], unique: true);
        m.CreateIndex("IX_registratielijst_ondertekeningen_AanbiederId_ToewijzingId", "registratielijst_ondertekeningen", ["AanbiederId", "ToewijzingId"]);
        m.CreateIndex("IX_registratielijst_ondertekeningen_ContractId", "registratielijst_ondertekeningen", "ContractId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("registratielijst_ondertekeningen");
}
