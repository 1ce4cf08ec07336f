using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

/// <summary>Issue 15: independent client support (OCO) without toewijzingen — meldingen, contacts, appointments,
/// trajectories, referrals and the submitted OCO-4.7 reports. Hand-written; SchemaMatchesModelTests checks it on SQLite
/// and PostgreSQL.</summary>
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261130040000_Clientondersteuning")]
public sealed class Clientondersteuning : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("oco_meldingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Anoniem = t.Column<bool>(nullable: false),
            Inwoner = t.Column<string>(maxLength: 200, nullable: true),
            Bsn = t.Column<string>(maxLength: 9, nullable: true),
            Contactgegevens = t.Column<string>(maxLength: 200, nullable: true),
            OntvangenOp = t.Column<DateTime>(nullable: false),
            Kanaal = t.Column<int>(nullable: false),
            Verwijzer = t.Column<string>(maxLength: 200, nullable: true),
            Levensdomein = t.Column<string>(maxLength: 300, nullable: false),
            Complex = t.Column<bool>(nullable: false),
            Vraag = t.Column<string>(maxLength: 1000, nullable: true),
            Spoed = t.Column<bool>(nullable: false),
            TriageOp = t.Column<DateTime>(nullable: true),
            Medewerker = t.Column<string>(maxLength: 200, nullable: false),
            OnhaalbaarOp = t.Column<DateTime>(nullable: true),
            VervangendAanbodNaar = t.Column<string>(maxLength: 200, nullable: true),
            VervangendAanbodOp = t.Column<DateTime>(nullable: true),
            HulpVerkregenOp = t.Column<DateOnly>(nullable: true),
            KlachtOntvangenOp = t.Column<DateOnly>(nullable: true),
            KlachtAfgehandeldOp = t.Column<DateOnly>(nullable: true),
            KlachtOpgelost = t.Column<bool>(nullable: false),
            Tevredenheid = t.Column<int>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_meldingen", x => x.Id);
            t.ForeignKey("FK_oco_meldingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_meldingen_AanbiederId_OntvangenOp", "oco_meldingen", ["AanbiederId", "OntvangenOp"]);
        m.CreateIndex("IX_oco_meldingen_GemeenteId_OntvangenOp", "oco_meldingen", ["GemeenteId", "OntvangenOp"]);
        m.CreateIndex("IX_oco_meldingen_ContractId", "oco_meldingen", "ContractId");

        m.CreateTable("oco_contacten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            Moment = t.Column<DateTime>(nullable: false),
            Medewerker = t.Column<string>(maxLength: 200, nullable: false),
            Soort = t.Column<int>(nullable: false),
            Activiteit = t.Column<int>(nullable: false),
            SubActiviteit = t.Column<string>(maxLength: 50, nullable: true),
            MetVerwijzer = t.Column<bool>(nullable: false),
            Locatie = t.Column<int>(nullable: false),
            Multidisciplinair = t.Column<bool>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 1000, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_contacten", x => x.Id);
            t.ForeignKey("FK_oco_contacten_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_contacten_MeldingId_Moment", "oco_contacten", ["MeldingId", "Moment"]);

        m.CreateTable("oco_afspraken", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            GeplandOp = t.Column<DateTime>(nullable: false),
            Medewerker = t.Column<string>(maxLength: 200, nullable: false),
            Locatie = t.Column<int>(nullable: false),
            Status = t.Column<int>(nullable: false),
            VervangtId = t.Column<Guid>(nullable: true),
            VerzetReden = t.Column<string>(maxLength: 500, nullable: true),
            InwonerGeinformeerdOp = t.Column<DateTime>(nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_afspraken", x => x.Id);
            t.ForeignKey("FK_oco_afspraken_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_afspraken_MeldingId_GeplandOp", "oco_afspraken", ["MeldingId", "GeplandOp"]);

        m.CreateTable("oco_trajecten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            Startdatum = t.Column<DateOnly>(nullable: false),
            VerwachteDuurWeken = t.Column<int>(nullable: false),
            GeplandeEinddatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: true),
            Afsluitreden = t.Column<int>(nullable: true),
            AfsluitToelichting = t.Column<string>(maxLength: 500, nullable: true),
            Geholpen = t.Column<bool>(nullable: true),
            PassendeOndersteuning = t.Column<bool>(nullable: true),
            Medewerker = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
            GeregistreerdOp = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_trajecten", x => x.Id);
            t.ForeignKey("FK_oco_trajecten_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_trajecten_MeldingId", "oco_trajecten", "MeldingId", unique: true);

        m.CreateTable("oco_verwijzingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            MeldingId = t.Column<Guid>(nullable: false),
            Naar = t.Column<string>(maxLength: 200, nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_verwijzingen", x => x.Id);
            t.ForeignKey("FK_oco_verwijzingen_oco_meldingen_MeldingId", x => x.MeldingId, "oco_meldingen", "Id", onDelete: ReferentialAction.Cascade);
        });
        m.CreateIndex("IX_oco_verwijzingen_MeldingId_Datum", "oco_verwijzingen", ["MeldingId", "Datum"]);

        m.CreateTable("oco_rapportages", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Van = t.Column<DateOnly>(nullable: false),
            Tot = t.Column<DateOnly>(nullable: false),
            Trends = t.Column<string>(maxLength: 4000, nullable: true),
            Cijfers = t.Column<string>(maxLength: 20000, nullable: false),
            IngediendOp = t.Column<DateTime>(nullable: false),
            IngediendDoor = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_oco_rapportages", x => x.Id);
            t.ForeignKey("FK_oco_rapportages_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_oco_rapportages_GemeenteId_Van", "oco_rapportages", ["GemeenteId", "Van"]);
        m.CreateIndex("IX_oco_rapportages_AanbiederId_Van", "oco_rapportages", ["AanbiederId", "Van"]);
        m.CreateIndex("IX_oco_rapportages_ContractId", "oco_rapportages", "ContractId");
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropTable("oco_rapportages");
        m.DropTable("oco_verwijzingen");
        m.DropTable("oco_trajecten");
        m.DropTable("oco_afspraken");
        m.DropTable("oco_contacten");
        m.DropTable("oco_meldingen");
    }
}
