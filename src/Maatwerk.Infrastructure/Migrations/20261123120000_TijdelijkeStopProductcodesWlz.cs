using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Session 2: temporary stop and resumption (IB-32), the iWmo product code per contract product (TR381) and
/// the Wlz-aanbieder flag (IB-34a/b), consent and sharing of evaluation reports (IB-27c) and when an event was recorded (a term before a planned event never ends before it). Hand-written like the first migration; SchemaMatchesModelTests checks it.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261123120000_TijdelijkeStopProductcodesWlz")]
public sealed class TijdelijkeStopProductcodesWlz : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("IWmoProductcode", "toewijzingen", maxLength: 5, nullable: true);
        m.AddColumn<DateOnly>("HervatOp", "toewijzingen", nullable: true);
        m.AddColumn<string>("Opname", "toewijzingen", maxLength: 20, nullable: true);
        m.AddColumn<DateOnly>("VerwachteHervatting", "toewijzingen", nullable: true);
        m.AddColumn<bool>("IsWlzAanbieder", "organisaties", nullable: false, defaultValue: false);
        m.AddColumn<DateTime>("GeregistreerdOp", "gebeurtenissen", nullable: true);
        m.AddColumn<DateOnly>("ToestemmingClientOp", "evaluaties", nullable: true);
        m.AddColumn<DateOnly>("GedeeldOp", "evaluaties", nullable: true);

        m.CreateTable("productcode_koppelingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: false),
            IWmoProductcode = t.Column<string>(maxLength: 5, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_productcode_koppelingen", x => x.Id);
            t.ForeignKey("FK_productcode_koppelingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_productcode_koppelingen_ContractId_Productcode", "productcode_koppelingen", ["ContractId", "Productcode"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("productcode_koppelingen");
        m.DropColumn("IsWlzAanbieder", "organisaties");
        m.DropColumn("GeregistreerdOp", "gebeurtenissen");
        m.DropColumn("ToestemmingClientOp", "evaluaties");
        m.DropColumn("GedeeldOp", "evaluaties");
        foreach (var column in new[] { "IWmoProductcode", "HervatOp", "Opname", "VerwachteHervatting" })
            m.DropColumn(column, "toewijzingen");
    }
}
