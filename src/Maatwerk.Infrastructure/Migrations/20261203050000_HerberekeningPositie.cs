using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>The resume point of a recalculation run is a partition key: contract (32) | subject kind (up to 20) | subject
/// (32), so up to 86 characters. 80 was enough until the subject kind "organisatiebewijs" (issue 14) made the key 83 long,
/// and PostgreSQL refused to store it. SQLite does not enforce the length. Hand-written; SchemaMatchesModelTests and
/// PartitionKeyFitsTests check it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261203050000_HerberekeningPositie")]
public sealed class HerberekeningPositie : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("""ALTER TABLE herberekeningen ALTER COLUMN "Positie" TYPE character varying(100)""");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("""ALTER TABLE herberekeningen ALTER COLUMN "Positie" TYPE character varying(80)""");
    }
}
