using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: the WMO323 declarations sent per aanbieder, gemeente and month (CS340, TR389). Hand-written;
/// SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128230200_Declaraties")]
public sealed class Declaraties : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("declaraties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Periode = t.Column<DateOnly>(nullable: false),
            Nummer = t.Column<string>(maxLength: 12, nullable: false),
            BerichtId = t.Column<Guid>(nullable: false),
            Regels = t.Column<int>(nullable: false),
            Totaal = t.Column<long>(nullable: false),
            VerzondenDoor = t.Column<string>(maxLength: 200, nullable: false),
            VerzondenOp = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_declaraties", x => x.Id));
        m.CreateIndex("IX_declaraties_AanbiederId_GemeenteId_Periode", "declaraties", ["AanbiederId", "GemeenteId", "Periode"]);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("declaraties");
}
