using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11, IB-59: the audit trail keeps the old values of a changed or deleted time registration. Hand-written;
/// SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129032002_AuditOudeWaarden")]
public sealed class AuditOudeWaarden : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.AddColumn<string>("Wijzigingen", "audit_regels", maxLength: 4000, nullable: true);

    protected override void Down(MigrationBuilder m) => m.DropColumn("Wijzigingen", "audit_regels");
}
