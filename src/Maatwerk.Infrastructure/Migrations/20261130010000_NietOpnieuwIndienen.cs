using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11, DEV-Art8.7: the aanbieder's decision not to resubmit a rejected declaration line (reason, who, when).
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130010000_NietOpnieuwIndienen")]
public sealed class NietOpnieuwIndienen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("NietOpnieuwReden", "declaratieprestaties", maxLength: 500, nullable: true);
        m.AddColumn<string>("NietOpnieuwDoor", "declaratieprestaties", maxLength: 200, nullable: true);
        m.AddColumn<DateTime>("NietOpnieuwOp", "declaratieprestaties", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("NietOpnieuwOp", "declaratieprestaties");
        m.DropColumn("NietOpnieuwDoor", "declaratieprestaties");
        m.DropColumn("NietOpnieuwReden", "declaratieprestaties");
    }
}
