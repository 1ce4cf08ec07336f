using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14, Organisatiebewijzen: insurance, quality certificates and the VOG rechtspersoon per aanbieder as facts
/// with validity (IB-62, IB-36, BSD-50/51/61, DEV-B2-Ins, DEV-B2-Qual, DEV-Eis18-g); no document is stored. Hand-written;
/// SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261203030000_Organisatiebewijzen")]
public sealed class Organisatiebewijzen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("organisatiebewijzen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            Soort = t.Column<int>(nullable: false),
            Uitgever = t.Column<string>(maxLength: 200, nullable: false),
            Nummer = t.Column<string>(maxLength: 100, nullable: true),
            Norm = t.Column<string>(maxLength: 100, nullable: true),
            BedragPerAanspraak = t.Column<decimal>(precision: 14, scale: 2, nullable: true),
            BedragPerJaar = t.Column<decimal>(precision: 14, scale: 2, nullable: true),
            GeldigVanaf = t.Column<DateOnly>(nullable: false),
            GeldigTot = t.Column<DateOnly>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_organisatiebewijzen", x => x.Id);
            t.ForeignKey("FK_organisatiebewijzen_organisaties_AanbiederId", x => x.AanbiederId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_organisatiebewijzen_AanbiederId_Soort", "organisatiebewijzen", ["AanbiederId", "Soort"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("organisatiebewijzen");
}
