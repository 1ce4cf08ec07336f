using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 11: tariffs per contract, product and start date, entered by the contract manager or imported from the
/// gemeente's yearly table (DEV-Art7.3). Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261128230100_Contracttarieven")]
public sealed class Contracttarieven : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("contracttarieven", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: false),
            Vanaf = t.Column<DateOnly>(nullable: false),
            Bedrag = t.Column<decimal>(precision: 9, scale: 2, nullable: false),
            Schaduwbedrag = t.Column<decimal>(precision: 9, scale: 2, nullable: true),
            Bevroren = t.Column<bool>(nullable: false),
            Bron = t.Column<string>(maxLength: 200, nullable: false),
            IngevoerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            IngevoerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_contracttarieven", x => x.Id);
            t.ForeignKey("FK_contracttarieven_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_contracttarieven_ContractId_Productcode_Vanaf", "contracttarieven", ["ContractId", "Productcode", "Vanaf"], unique: true);
    }

    protected override void Down(MigrationBuilder m) => m.DropTable("contracttarieven");
}
