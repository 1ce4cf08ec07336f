using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: the organisation's KvK-nummer (national accountability format) and whether an aanbieder is
/// jaarrekeningplichtig (IB-46c). Hand-written; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261205020000_KvkJaarrekeningplicht")]
public sealed class KvkJaarrekeningplicht : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("KvkNummer", "organisaties", maxLength: 8, nullable: true);
        m.AddColumn<bool>("Jaarrekeningplichtig", "organisaties", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("Jaarrekeningplichtig", "organisaties");
        m.DropColumn("KvkNummer", "organisaties");
    }
}
