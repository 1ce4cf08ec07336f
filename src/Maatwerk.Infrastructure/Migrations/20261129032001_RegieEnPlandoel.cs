using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11, DEV-B2-DeclTime: the plan flag "regie overgenomen" with the day of the client's consent, and the plan
/// goal a registration served. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129032001_RegieEnPlandoel")]
public sealed class RegieEnPlandoel : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<bool>("RegieOvergenomen", "ondersteuningsplannen", nullable: false, defaultValue: false);
        m.AddColumn<DateOnly>("RegieToestemmingOp", "ondersteuningsplannen", nullable: true);
        m.AddColumn<string>("Plandoel", "tijdregistraties", maxLength: 200, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("RegieOvergenomen", "ondersteuningsplannen");
        m.DropColumn("RegieToestemmingOp", "ondersteuningsplannen");
        m.DropColumn("Plandoel", "tijdregistraties");
    }
}
