using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 13: API keys per organisation (SHA-256 of the secret, role, scopes, last use, revocation).
/// Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261201030000_ApiSleutels")]
public sealed class ApiSleutels : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("api_sleutels", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            OrganisatieId = t.Column<Guid>(nullable: false),
            Naam = t.Column<string>(maxLength: 100, nullable: false),
            Prefix = t.Column<string>(maxLength: 20, nullable: false),
            Hash = t.Column<string>(maxLength: 64, nullable: false),
            Rol = t.Column<int>(nullable: false),
            Scopes = t.Column<string>(maxLength: 1000, nullable: false),
            Aangemaakt = t.Column<DateTime>(nullable: false),
            AangemaaktDoor = t.Column<string>(maxLength: 200, nullable: false),
            LaatstGebruikt = t.Column<DateTime>(nullable: true),
            Ingetrokken = t.Column<DateTime>(nullable: true),
            IngetrokkenDoor = t.Column<string>(maxLength: 200, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_api_sleutels", x => x.Id);
            t.ForeignKey("FK_api_sleutels_organisaties_OrganisatieId", x => x.OrganisatieId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_api_sleutels_Prefix", "api_sleutels", "Prefix", unique: true);
        m.CreateIndex("IX_api_sleutels_OrganisatieId", "api_sleutels", "OrganisatieId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("api_sleutels");
}
