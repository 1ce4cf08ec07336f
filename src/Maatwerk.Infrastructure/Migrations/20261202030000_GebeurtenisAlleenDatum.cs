using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 13: an event says itself that only its date is known (<c>AlleenDatum</c>), instead of the timeline
/// guessing it from the stand-in time. Existing rows get the old guess: true when the moment is exactly 09:00:00 or
/// 00:00:00 in Europe/Amsterdam. PostgreSQL converts with its time zone database; SQLite has none, so the EU rule
/// (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC) is written out.
/// Hand-written; SchemaMatchesModelTests checks the column, GebeurtenisAlleenDatumMigrationTests the fill.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261202030000_GebeurtenisAlleenDatum")]
public sealed class GebeurtenisAlleenDatum : Migration
{
    public const string VullenPostgres = """
        UPDATE gebeurtenissen SET "AlleenDatum" = TRUE
            WHERE ("Moment" AT TIME ZONE 'Europe/Amsterdam')::time IN (TIME '09:00:00', TIME '00:00:00')
        """;

    public const string VullenSqlite = """
        UPDATE gebeurtenissen SET "AlleenDatum" = 1
            WHERE strftime('%H:%M:%f', "Moment",
                CASE WHEN "Moment" >= date(substr("Moment", 1, 4) || '-03-31', '-6 days', 'weekday 0') || ' 01:00:00'
                      AND "Moment" < date(substr("Moment", 1, 4) || '-10-31', '-6 days', 'weekday 0') || ' 01:00:00'
                     THEN '+2 hours' ELSE '+1 hours' END) IN ('09:00:00.000', '00:00:00.000')
        """;

    public static string Vullen(string? provider) => provider == "Microsoft.EntityFrameworkCore.Sqlite" ? VullenSqlite : VullenPostgres;

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("AlleenDatum", "gebeurtenissen", nullable: false, defaultValue: false);
        m.Sql(Vullen(ActiveProvider));
    }

    protected override void Down(MigrationBuilder m) => m.DropColumn("AlleenDatum", "gebeurtenissen");
}
