using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Scale-out (issue 9): the data-protection keys that sign cookies and antiforgery tokens live in the database,
/// so every web instance on it accepts what another issued. Hand-written; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128150000_DataProtectionSleutels")]
public sealed class DataProtectionSleutels : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("dataprotection_sleutels", t => new
        {
            Id = t.Column<int>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            FriendlyName = t.Column<string>(maxLength: 200, nullable: true),
            Xml = t.Column<string>(maxLength: 10000, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_dataprotection_sleutels", x => x.Id));
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("dataprotection_sleutels");
}
