using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12, national format (OCO-6.2a, DEV-Art22.1): the rows of a production statement per gemeente × product, with
/// the tariff when one held all year. Existing rows of a statement whose opdrachtgever is one gemeente get that gemeente's
/// code (exact: all its lines are of that gemeente); rows under a regio keep an empty code until a concept is drawn up again
/// (a submitted statement is frozen). Totals do not change. Hand-written; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261204020000_VerantwoordingPerGemeente")]
public sealed class VerantwoordingPerGemeente : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("Gemeentecode", "verantwoording_regels", maxLength: 4, nullable: false, defaultValue: "");
        m.AddColumn<long>("Tarief", "verantwoording_regels", nullable: true);
        m.Sql("""
            UPDATE verantwoording_regels SET "Gemeentecode" = COALESCE((SELECT o."Gemeentecode" FROM verantwoordingen v
                JOIN organisaties o ON o."Id" = v."OpdrachtgeverId"
                WHERE v."Id" = verantwoording_regels."VerantwoordingId" AND o."Soort" = 1 AND o."Gemeentecode" IS NOT NULL), '')
            """);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("Tarief", "verantwoording_regels");
        m.DropColumn("Gemeentecode", "verantwoording_regels");
    }
}
