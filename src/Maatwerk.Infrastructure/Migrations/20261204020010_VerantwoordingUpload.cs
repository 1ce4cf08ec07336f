using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 12: a production statement uploaded by the aanbieder from its own system in the national format keeps the
/// file's name and SHA-256 (idempotent upload). Hand-written; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261204020010_VerantwoordingUpload")]
public sealed class VerantwoordingUpload : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("UploadNaam", "verantwoordingen", maxLength: 200, nullable: true);
        m.AddColumn<string>("UploadSha256", "verantwoordingen", maxLength: 64, nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("UploadSha256", "verantwoordingen");
        m.DropColumn("UploadNaam", "verantwoordingen");
    }
}
