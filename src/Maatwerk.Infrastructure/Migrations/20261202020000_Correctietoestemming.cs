using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12, DEV-Art8.8b: the year of a correctietoestemming (the gemeente allows an aanbieder's corrections for a
/// year after its last correction window) on the decisions, and the aanbieder's motivation of a correction on the received
/// declaration. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261202020000_Correctietoestemming")]
public sealed class Correctietoestemming : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<int>("Jaar", "declaratiebesluiten", nullable: true);
        m.AddColumn<string>("Motivering", "ontvangen_declaraties", maxLength: 1000, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("Jaar", "declaratiebesluiten");
        m.DropColumn("Motivering", "ontvangen_declaraties");
    }
}
