using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: cancellations of planned contacts (afmeldingen; DEV-Eis3-ABS, IB-22a), from which the contract's
/// no-show rules are derived. Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261129000000_Afwezigheid")]
public sealed class Afwezigheid : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("afmeldingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: true),
            GeplandOp = t.Column<DateTime>(nullable: false),
            AfgemeldOp = t.Column<DateTime>(nullable: true),
            Door = t.Column<int>(nullable: false),
            Reden = t.Column<int>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_afmeldingen", x => x.Id);
            t.ForeignKey("FK_afmeldingen_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_afmeldingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_afmeldingen_ClientId_ContractId_GeplandOp", "afmeldingen", ["ClientId", "ContractId", "GeplandOp"]);
        m.CreateIndex("IX_afmeldingen_ToewijzingId_GeplandOp", "afmeldingen", ["ToewijzingId", "GeplandOp"]);
        m.CreateIndex("IX_afmeldingen_AanbiederId_GeplandOp", "afmeldingen", ["AanbiederId", "GeplandOp"]);
        m.CreateIndex("IX_afmeldingen_ContractId", "afmeldingen", "ContractId");
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("afmeldingen");
}
