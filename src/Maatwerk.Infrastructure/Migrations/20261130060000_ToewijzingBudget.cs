using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: a toewijzing may carry a Budget (euros) instead of an Omvang (iWmo CD077), checked by TR369.
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130060000_ToewijzingBudget")]
public sealed class ToewijzingBudget : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<decimal>("Budget", "toewijzingen", precision: 8, scale: 2, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn("Budget", "toewijzingen");
}
