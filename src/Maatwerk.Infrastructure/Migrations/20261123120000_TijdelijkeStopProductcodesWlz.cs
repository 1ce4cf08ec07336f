using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Session 2: beschikkingen (the decisions toewijzingen carry out), temporary stop and resumption (IB-32), the iWmo product code per contract product (TR381) and
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

        m.CreateTable("beschikkingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            Nummer = t.Column<string>(maxLength: 20, nullable: false),
            Besluitdatum = t.Column<DateOnly>(nullable: false),
            Ingangsdatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: true),
            Omschrijving = t.Column<string>(maxLength: 500, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_beschikkingen", x => x.Id);
            t.ForeignKey("FK_beschikkingen_clienten_ClientId", x => x.ClientId, "clienten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_beschikkingen_ClientId_Nummer", "beschikkingen", ["ClientId", "Nummer"], unique: true);
        // SQLite cannot add a foreign key to an existing table, but it can add a column that carries one.
        if (ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
            m.Sql("ALTER TABLE toewijzingen ADD COLUMN BeschikkingId TEXT NULL REFERENCES beschikkingen (Id) ON DELETE RESTRICT;");
        else
        {
            m.AddColumn<Guid>("BeschikkingId", "toewijzingen", nullable: true);
            m.AddForeignKey("FK_toewijzingen_beschikkingen_BeschikkingId", "toewijzingen", "BeschikkingId", "beschikkingen",
                principalColumn: "Id", onDelete: ReferentialAction.Restrict);
        }
        m.CreateIndex("IX_toewijzingen_BeschikkingId", "toewijzingen", "BeschikkingId");
    }

    protected override void Down(MigrationBuilder m)
    {
        if (ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
            m.DropForeignKey("FK_toewijzingen_beschikkingen_BeschikkingId", "toewijzingen");
        m.DropIndex("IX_toewijzingen_BeschikkingId", "toewijzingen");
        m.DropColumn("BeschikkingId", "toewijzingen");
        m.DropTable("beschikkingen");
        m.DropTable("productcode_koppelingen");
        m.DropColumn("IsWlzAanbieder", "organisaties");
        m.DropColumn("GeregistreerdOp", "gebeurtenissen");
        m.DropColumn("ToestemmingClientOp", "evaluaties");
        m.DropColumn("GedeeldOp", "evaluaties");
        foreach (var column in new[] { "IWmoProductcode", "HervatOp", "Opname", "VerwachteHervatting" })
            m.DropColumn(column, "toewijzingen");
    }
}
