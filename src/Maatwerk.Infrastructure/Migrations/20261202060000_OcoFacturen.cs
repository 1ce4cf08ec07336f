using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 15: the OCO invoice stored and submitted (OCO-6.1a/c): the invoice per gemeente and period, its lines
/// and the contacts beneath each line. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261202060000_OcoFacturen")]
public sealed class OcoFacturen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("oco_facturen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Nummer = t.Column<string>(maxLength: 30, nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Van = t.Column<DateOnly>(nullable: false),
            Tot = t.Column<DateOnly>(nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            OpgesteldOp = t.Column<DateTime>(nullable: false),
            OpgesteldDoor = t.Column<string>(maxLength: 200, nullable: false),
            IngediendOp = t.Column<DateTime>(nullable: true),
            IngediendDoor = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_facturen", x => x.Id);
            t.ForeignKey("FK_oco_facturen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_facturen_AanbiederId_Nummer", "oco_facturen", ["AanbiederId", "Nummer"], unique: true);
        m.CreateIndex("IX_oco_facturen_GemeenteId_Van", "oco_facturen", ["GemeenteId", "Van"]);
        m.CreateIndex("IX_oco_facturen_ContractId", "oco_facturen", "ContractId");

        m.CreateTable("oco_factuurregels", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            FactuurId = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            Soort = t.Column<int>(nullable: false),
            EersteLevering = t.Column<DateOnly>(nullable: false),
            LaatsteLevering = t.Column<DateOnly>(nullable: false),
            Aantal = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_factuurregels", x => x.Id);
            t.ForeignKey("FK_oco_factuurregels_oco_facturen_FactuurId", x => x.FactuurId, "oco_facturen", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_oco_factuurregels_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_factuurregels_FactuurId", "oco_factuurregels", "FactuurId");
        m.CreateIndex("IX_oco_factuurregels_MeldingId", "oco_factuurregels", "MeldingId");

        m.CreateTable("oco_factuurcontacten", t => new
        {
            RegelId = t.Column<Guid>(nullable: false),
            ContactId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_factuurcontacten", x => new { x.RegelId, x.ContactId });
            t.ForeignKey("FK_oco_factuurcontacten_oco_factuurregels_RegelId", x => x.RegelId, "oco_factuurregels", "Id", onDelete: ReferentialAction.Cascade);
            t.ForeignKey("FK_oco_factuurcontacten_oco_contacten_ContactId", x => x.ContactId, "oco_contacten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_factuurcontacten_ContactId", "oco_factuurcontacten", "ContactId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("oco_factuurcontacten");
        m.DropTable("oco_factuurregels");
        m.DropTable("oco_facturen");
    }
}
