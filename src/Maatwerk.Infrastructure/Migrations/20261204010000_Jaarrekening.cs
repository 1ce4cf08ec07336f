using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12, IB-46a/c: the annual accounts per contract and finished year and their documents (jaarrekening,
/// groepsjaarrekening, jaarverslag) as files with hash. Hand-written; SchemaMatchesModelTests checks it on SQLite and
/// PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261204010000_Jaarrekening")]
public sealed class JaarrekeningTabellen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("jaarrekeningen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            OpdrachtgeverId = t.Column<Guid>(nullable: false),
            Jaar = t.Column<int>(nullable: false),
            IngediendOp = t.Column<DateTime>(nullable: true),
            IngediendDoor = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_jaarrekeningen", x => x.Id);
            t.ForeignKey("FK_jaarrekeningen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_jaarrekeningen_ContractId_Jaar", "jaarrekeningen", ["ContractId", "Jaar"], unique: true);
        m.CreateIndex("IX_jaarrekeningen_AanbiederId_Jaar", "jaarrekeningen", ["AanbiederId", "Jaar"]);

        m.CreateTable("jaarrekening_bestanden", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            JaarrekeningId = t.Column<Guid>(nullable: false),
            Soort = t.Column<int>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            Grootte = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            Inhoud = t.Column<byte[]>(nullable: false),
            GeuploadDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeuploadOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_jaarrekening_bestanden", x => x.Id);
            t.ForeignKey("FK_jaarrekening_bestanden_jaarrekeningen_JaarrekeningId", x => x.JaarrekeningId, "jaarrekeningen", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_jaarrekening_bestanden_JaarrekeningId", "jaarrekening_bestanden", "JaarrekeningId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("jaarrekening_bestanden");
        m.DropTable("jaarrekeningen");
    }
}
