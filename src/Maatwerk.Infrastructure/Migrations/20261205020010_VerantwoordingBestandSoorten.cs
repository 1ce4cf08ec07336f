using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: a stored file of a statement is the controleverklaring (1, every existing row) or the national-format file
/// the aanbieder uploaded (2); the accountant's confirmation that the audit followed the protocol (OCO-6.2c). Hand-written;
/// SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261205020010_VerantwoordingBestandSoorten")]
public sealed class VerantwoordingBestandSoorten : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Soort", "verantwoording_bestanden", nullable: false, defaultValue: 1);
        m.AddColumn<bool>("ProtocolBevestigd", "verantwoording_bestanden", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("ProtocolBevestigd", "verantwoording_bestanden");
        m.DropColumn("Soort", "verantwoording_bestanden");
    }
}
