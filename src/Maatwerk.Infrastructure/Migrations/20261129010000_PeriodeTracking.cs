using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Periods as subjects (issue 9): from which day the platform registers a contract's period events
/// (maandeinde, kwartaaleinde, jaareinde). Hand-written; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129010000_PeriodeTracking")]
public sealed class PeriodeTrackingMigration : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("periode_tracking", t => new
        {
            ContractId = t.Column<Guid>(nullable: false),
            Vanaf = t.Column<DateOnly>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_periode_tracking", x => x.ContractId));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("periode_tracking");
}
