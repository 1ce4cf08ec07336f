using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: financial years a gemeente closed after verification (DEV-Art8.8a). Hand-written;
/// SchemaMatchesModelTests checks it on both providers.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130020020_Jaarafsluitingen")]
public sealed class Jaarafsluitingen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("jaarafsluitingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Jaar = t.Column<int>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            Door = t.Column<string>(maxLength: 200, nullable: false),
            Op = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_jaarafsluitingen", x => x.Id));
        m.CreateIndex("IX_jaarafsluitingen_GemeenteId_Jaar", "jaarafsluitingen", ["GemeenteId", "Jaar"], unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("jaarafsluitingen");
}
