using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 15: lot 1's annual plan (OCO-P1-1.5a/b) and the meeting about a submitted report with its minutes
/// (OCO-4.8) as records. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201050100_OcoJaarplanOverleg")]
public sealed class OcoJaarplanOverleg : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("oco_jaarplannen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            Jaar = t.Column<int>(nullable: false),
            Inhoud = t.Column<string>(maxLength: 4000, nullable: false),
            IngediendOp = t.Column<DateTime>(nullable: false),
            IngediendDoor = t.Column<string>(maxLength: 200, nullable: false),
            AfspraakIngeplandOp = t.Column<DateTime>(nullable: true),
            AfspraakDatum = t.Column<DateOnly>(nullable: true),
            VastgesteldOp = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_jaarplannen", x => x.Id);
            t.ForeignKey("FK_oco_jaarplannen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_jaarplannen_ContractId_Jaar", "oco_jaarplannen", ["ContractId", "Jaar"], unique: true);

        m.CreateTable("oco_overleggen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            RapportageId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            NotulenOp = t.Column<DateOnly>(nullable: true),
            Notulen = t.Column<string>(maxLength: 8000, nullable: true),
            GoedgekeurdAanbiederOp = t.Column<DateOnly>(nullable: true),
            GoedgekeurdGemeenteOp = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_overleggen", x => x.Id);
            t.ForeignKey("FK_oco_overleggen_oco_rapportages_RapportageId", x => x.RapportageId, "oco_rapportages", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_overleggen_RapportageId", "oco_overleggen", "RapportageId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("oco_overleggen");
        m.DropTable("oco_jaarplannen");
    }
}
