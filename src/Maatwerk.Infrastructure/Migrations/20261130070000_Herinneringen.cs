using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>IB-22a: reminders of appointments sent to the client (date, channel), shown at a no-show of the same
/// appointment. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130070000_Herinneringen")]
public sealed class Herinneringen : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("herinneringen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            AfspraakOp = t.Column<DateTime>(nullable: false),
            VerzondenOp = t.Column<DateTime>(nullable: false),
            Kanaal = t.Column<int>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_herinneringen", x => x.Id);
            t.ForeignKey("FK_herinneringen_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_herinneringen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_herinneringen_ToewijzingId_AfspraakOp", "herinneringen", ["ToewijzingId", "AfspraakOp"]);
        m.CreateIndex("IX_herinneringen_AanbiederId_AfspraakOp", "herinneringen", ["AanbiederId", "AfspraakOp"]);
        m.CreateIndex("IX_herinneringen_ContractId", "herinneringen", "ContractId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("herinneringen");
}
