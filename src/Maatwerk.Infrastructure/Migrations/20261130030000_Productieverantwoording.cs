using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12 part 5: the annual production statement per contract and year (DEV-Art22.2a/b, IB-44, OCO-6.1b/6.2a/6.2b),
/// its product lines, the accountant's statement as a file with hash, and the gemeente's reconciliation judgement.
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130030000_Productieverantwoording")]
public sealed class ProductieverantwoordingTabellen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("verantwoordingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            OpdrachtgeverId = t.Column<Guid>(nullable: false),
            Jaar = t.Column<int>(nullable: false),
            Jaarbasis = t.Column<string>(maxLength: 20, nullable: false),
            Status = t.Column<int>(nullable: false),
            Totaal = t.Column<long>(nullable: false),
            OpenRegels = t.Column<int>(nullable: false),
            OpgesteldDoor = t.Column<string>(maxLength: 200, nullable: false),
            OpgesteldOp = t.Column<DateTime>(nullable: false),
            IngediendDoor = t.Column<string>(maxLength: 200, nullable: true),
            IngediendOp = t.Column<DateTime>(nullable: true),
            VerklaringOp = t.Column<DateTime>(nullable: true),
            VerklaringNietVereist = t.Column<bool>(nullable: false),
            Oordeel = t.Column<int>(nullable: true),
            OordeelToelichting = t.Column<string>(maxLength: 1000, nullable: true),
            OordeelDoor = t.Column<string>(maxLength: 200, nullable: true),
            OordeelOp = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_verantwoordingen", x => x.Id);
            t.ForeignKey("FK_verantwoordingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_verantwoordingen_ContractId_Jaar", "verantwoordingen", ["ContractId", "Jaar"], unique: true);
        m.CreateIndex("IX_verantwoordingen_AanbiederId_Jaar", "verantwoordingen", ["AanbiederId", "Jaar"]);
        m.CreateIndex("IX_verantwoordingen_OpdrachtgeverId_Jaar", "verantwoordingen", ["OpdrachtgeverId", "Jaar"]);

        m.CreateTable("verantwoording_regels", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            VerantwoordingId = t.Column<Guid>(nullable: false),
            ProductCategorie = t.Column<string>(maxLength: 2, nullable: false),
            ProductCode = t.Column<string>(maxLength: 5, nullable: false),
            Eenheid = t.Column<string>(maxLength: 2, nullable: false),
            Clienten = t.Column<int>(nullable: false),
            Volume = t.Column<long>(nullable: false),
            Bedrag = t.Column<long>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_verantwoording_regels", x => x.Id);
            t.ForeignKey("FK_verantwoording_regels_verantwoordingen_VerantwoordingId", x => x.VerantwoordingId, "verantwoordingen", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_verantwoording_regels_VerantwoordingId", "verantwoording_regels", "VerantwoordingId");

        m.CreateTable("verantwoording_bestanden", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            VerantwoordingId = t.Column<Guid>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            Grootte = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            Inhoud = t.Column<byte[]>(nullable: false),
            GeuploadDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeuploadOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_verantwoording_bestanden", x => x.Id);
            t.ForeignKey("FK_verantwoording_bestanden_verantwoordingen_VerantwoordingId", x => x.VerantwoordingId, "verantwoordingen", "Id",
                onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_verantwoording_bestanden_VerantwoordingId", "verantwoording_bestanden", "VerantwoordingId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("verantwoording_bestanden");
        m.DropTable("verantwoording_regels");
        m.DropTable("verantwoordingen");
    }
}
