using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>A gemeente's view of obligations at scale (issue 9): each obligation carries its client's gemeente, filled
/// here for the rows that exist, and one index serves a gemeente's counts and pages per contract. Hand-written; the same
/// SQL on SQLite (3.33+, UPDATE … FROM) and PostgreSQL (one hash join, not a subquery per row); SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129020000_VerplichtingGemeente")]
public sealed class VerplichtingGemeente : Migration
{
    private const string Index = "IX_verplichtingen_ContractId_GemeenteId_Status_Deadline";

    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<Guid>("GemeenteId", "verplichtingen", nullable: true);
        m.Sql("""
            UPDATE verplichtingen SET "GemeenteId" = c."GemeenteId" FROM clienten c WHERE c."Id" = verplichtingen."ClientId"
            """);
        m.CreateIndex(Index, "verplichtingen", ["ContractId", "GemeenteId", "Status", "Deadline"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex(Index, "verplichtingen");
        m.DropColumn("GemeenteId", "verplichtingen");
    }
}
