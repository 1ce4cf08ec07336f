using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14: the client-experience survey — responses per client (IB-47a/b), one-time links (only the token's
/// hash) and survey rounds (OCO-2.21, BSD-63f). Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261202040000_Ervaringsonderzoek")]
public sealed class Ervaringsonderzoek : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("clientervaringen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            Kanaal = t.Column<int>(nullable: false),
            Postcode = t.Column<string>(maxLength: 7, nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Zorgaanbieder = t.Column<string>(maxLength: 200, nullable: false),
            OntvangenZorg = t.Column<string>(maxLength: 500, nullable: false),
            Tevreden = t.Column<bool>(nullable: true),
            TevredenToelichting = t.Column<string>(maxLength: 2000, nullable: true),
            GoedEnBeter = t.Column<string>(maxLength: 2000, nullable: true),
            HeeftOpmerkingen = t.Column<bool>(nullable: true),
            Opmerkingen = t.Column<string>(maxLength: 2000, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_clientervaringen", x => x.Id);
            t.ForeignKey("FK_clientervaringen_clienten_ClientId", x => x.ClientId, "clienten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_clientervaringen_AanbiederId_Datum", "clientervaringen", ["AanbiederId", "Datum"]);
        m.CreateIndex("IX_clientervaringen_ClientId", "clientervaringen", "ClientId");

        m.CreateTable("ervaringslinks", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            Aanhef = t.Column<string>(maxLength: 200, nullable: false),
            Zorgaanbieder = t.Column<string>(maxLength: 200, nullable: false),
            AangemaaktOp = t.Column<DateTime>(nullable: false),
            AangemaaktDoor = t.Column<string>(maxLength: 200, nullable: false),
            VerlooptOp = t.Column<DateTime>(nullable: false),
            GebruiktOp = t.Column<DateTime>(nullable: true),
            ClientervaringId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ervaringslinks", x => x.Id);
            t.ForeignKey("FK_ervaringslinks_clienten_ClientId", x => x.ClientId, "clienten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ervaringslinks_TokenHash", "ervaringslinks", "TokenHash", unique: true);
        m.CreateIndex("IX_ervaringslinks_ClientId", "ervaringslinks", "ClientId");

        m.CreateTable("ervaringsrondes", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            Doelgroep = t.Column<int>(nullable: false),
            Van = t.Column<DateOnly>(nullable: false),
            Tot = t.Column<DateOnly>(nullable: false),
            Methode = t.Column<string>(maxLength: 500, nullable: false),
            Respondenten = t.Column<int>(nullable: false),
            Resultaten = t.Column<string>(maxLength: 4000, nullable: false),
            Verbetermaatregelen = t.Column<string>(maxLength: 2000, nullable: true),
            GedeeldMetGemeenteOp = t.Column<DateOnly>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ervaringsrondes", x => x.Id);
            t.ForeignKey("FK_ervaringsrondes_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ervaringsrondes_AanbiederId_Tot", "ervaringsrondes", ["AanbiederId", "Tot"]);
        m.CreateIndex("IX_ervaringsrondes_ContractId", "ervaringsrondes", "ContractId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("ervaringsrondes");
        m.DropTable("ervaringslinks");
        m.DropTable("clientervaringen");
    }
}
