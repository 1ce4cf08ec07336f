using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 14: the complaints register (IB-48b, DEV-Eis16) and incidents, calamities and data breaches with both
/// moments (AMB-32). Hand-written; SchemaMatchesModelTests checks it on SQLite and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130050000_KlachtenEnIncidenten")]
public sealed class KlachtenEnIncidenten : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("klachten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: true),
            OpdrachtgeverId = t.Column<Guid>(nullable: false),
            Ontvangen = t.Column<DateTime>(nullable: false),
            Wijze = t.Column<int>(nullable: false),
            Indiener = t.Column<string>(maxLength: 200, nullable: false),
            Omschrijving = t.Column<string>(maxLength: 2000, nullable: false),
            DirectOpgelost = t.Column<bool>(nullable: false),
            BevestigdOp = t.Column<DateTime>(nullable: true),
            VerwachteAfhandeling = t.Column<DateOnly>(nullable: true),
            Aanpak = t.Column<string>(maxLength: 1000, nullable: true),
            TermijnGecommuniceerdOp = t.Column<DateTime>(nullable: true),
            Voortgangsberichten = t.Column<int>(nullable: false),
            LaatsteVoortgangOp = t.Column<DateTime>(nullable: true),
            VerlengdTot = t.Column<DateOnly>(nullable: true),
            ToestemmingClientOp = t.Column<DateTime>(nullable: true),
            VerlengingReden = t.Column<string>(maxLength: 500, nullable: true),
            GeescaleerdOp = t.Column<DateTime>(nullable: true),
            EscalatieReden = t.Column<string>(maxLength: 1000, nullable: true),
            TerugkoppelingGemeenteOp = t.Column<DateTime>(nullable: true),
            TerugkoppelingGemeente = t.Column<string>(maxLength: 2000, nullable: true),
            AfgehandeldOp = t.Column<DateTime>(nullable: true),
            Afhandeling = t.Column<string>(maxLength: 2000, nullable: true),
            Verbetermaatregel = t.Column<string>(maxLength: 1000, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_klachten", x => x.Id);
            t.ForeignKey("FK_klachten_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_klachten_AanbiederId_Ontvangen", "klachten", ["AanbiederId", "Ontvangen"]);
        m.CreateIndex("IX_klachten_OpdrachtgeverId_Ontvangen", "klachten", ["OpdrachtgeverId", "Ontvangen"]);
        m.CreateIndex("IX_klachten_ContractId", "klachten", "ContractId");

        m.CreateTable("incidenten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: true),
            Soort = t.Column<string>(maxLength: 40, nullable: false),
            Titel = t.Column<string>(maxLength: 200, nullable: false),
            Omschrijving = t.Column<string>(maxLength: 4000, nullable: false),
            Voorgevallen = t.Column<DateTime>(nullable: false),
            Ontdekt = t.Column<DateTime>(nullable: false),
            Oorzaak = t.Column<string>(maxLength: 2000, nullable: true),
            Aard = t.Column<string>(maxLength: 2000, nullable: true),
            Gegevens = t.Column<string>(maxLength: 2000, nullable: true),
            Gevolgen = t.Column<string>(maxLength: 2000, nullable: true),
            Maatregelen = t.Column<string>(maxLength: 2000, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_incidenten", x => x.Id);
            t.ForeignKey("FK_incidenten_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_incidenten_AanbiederId_Ontdekt", "incidenten", ["AanbiederId", "Ontdekt"]);
        m.CreateIndex("IX_incidenten_ContractId_Ontdekt", "incidenten", ["ContractId", "Ontdekt"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("incidenten");
        m.DropTable("klachten");
    }
}
