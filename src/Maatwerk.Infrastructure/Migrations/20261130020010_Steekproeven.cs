using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: the material check — a reproducible random sample of an aanbieder's approved lines per period and
/// the outcome per line (DEV-Eis9-MI-R3-4, BSD-104). Hand-written; SchemaMatchesModelTests checks it on both providers.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130020010_Steekproeven")]
public sealed class Steekproeven : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("steekproeven", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            Periode = t.Column<DateOnly>(nullable: false),
            Seed = t.Column<string>(maxLength: 100, nullable: false),
            Omvang = t.Column<int>(nullable: false),
            Populatie = t.Column<int>(nullable: false),
            Door = t.Column<string>(maxLength: 200, nullable: false),
            Op = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_steekproeven", x => x.Id));
        m.CreateIndex("IX_steekproeven_GemeenteId_AanbiederId_Periode", "steekproeven", ["GemeenteId", "AanbiederId", "Periode"], unique: true);

        m.CreateTable("steekproefregels", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            SteekproefId = t.Column<Guid>(nullable: false),
            PrestatieId = t.Column<Guid>(nullable: false),
            Volgorde = t.Column<int>(nullable: false),
            Uitkomst = t.Column<int>(nullable: false),
            Notitie = t.Column<string>(maxLength: 1000, nullable: true),
            Door = t.Column<string>(maxLength: 200, nullable: true),
            Op = t.Column<DateTime>(nullable: true),
            BesluitId = t.Column<Guid>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_steekproefregels", x => x.Id));
        m.CreateIndex("IX_steekproefregels_SteekproefId_Volgorde", "steekproefregels", ["SteekproefId", "Volgorde"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("steekproefregels");
        m.DropTable("steekproeven");
    }
}
