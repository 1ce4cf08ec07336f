using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: the gemeente's recorded decisions about an aanbieder's money — penalty (DEV-Art8.8c), suspension
/// (DEV-Art8.9), set-off and recovery (DEV-Art8.11). Hand-written; SchemaMatchesModelTests checks it on both providers.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130020000_Declaratiebesluiten")]
public sealed class Declaratiebesluiten : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("declaratiebesluiten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            Soort = t.Column<int>(nullable: false),
            DeclaratieId = t.Column<Guid>(nullable: true),
            PrestatieId = t.Column<Guid>(nullable: true),
            Regels = t.Column<int>(nullable: true),
            Bedrag = t.Column<long>(nullable: false),
            Reden = t.Column<string>(maxLength: 1000, nullable: false),
            Bron = t.Column<string>(maxLength: 100, nullable: false),
            Door = t.Column<string>(maxLength: 200, nullable: false),
            Op = t.Column<DateTime>(nullable: false),
            OpgehevenOp = t.Column<DateTime>(nullable: true),
            OpgehevenDoor = t.Column<string>(maxLength: 200, nullable: true),
            BetaalbatchId = t.Column<Guid>(nullable: true),
            VerrekendOp = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_declaratiebesluiten", x => x.Id));
        m.CreateIndex("IX_declaratiebesluiten_GemeenteId_AanbiederId", "declaratiebesluiten", ["GemeenteId", "AanbiederId"]);
        m.CreateIndex("IX_declaratiebesluiten_DeclaratieId", "declaratiebesluiten", "DeclaratieId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("declaratiebesluiten");
}
