using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>A message and its retourbericht were <c>varchar(2000000)</c>: on PostgreSQL a WMO323 of more than about 2,300
/// prestaties could not be stored, while the platform accepts messages up to 50 MB (BerichtenService.MaximaleGrootte) and
/// SQLite never enforced the length. Both columns become <c>text</c>. Hand-written; SchemaMatchesModelTests and
/// GroteBerichtTests check it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261204040000_BerichtXmlOnbegrensd")]
public sealed class BerichtXmlOnbegrensd : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("""ALTER TABLE berichten ALTER COLUMN "Xml" TYPE text, ALTER COLUMN "RetourXml" TYPE text""");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("""ALTER TABLE berichten ALTER COLUMN "Xml" TYPE character varying(2000000), ALTER COLUMN "RetourXml" TYPE character varying(2000000)""");
    }
}
