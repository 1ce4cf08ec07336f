using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Maatwerk.Infrastructure.Migrations;

// Hand-written (the EF design package does not restore here). Column types are left to the provider, which maps the
// CLR type and length the same way it maps the model; SchemaMatchesModelTests proves both agree on SQLite and PostgreSQL.
[DbContext(typeof(MaatwerkDbContext))]
[Migration("20261123000000_Eerste")]
public sealed class Eerste : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("organisaties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            Soort = t.Column<int>(nullable: false),
            Gemeentecode = t.Column<string>(maxLength: 4, nullable: true),
            AgbCode = t.Column<string>(maxLength: 8, nullable: true),
            RegioId = t.Column<Guid>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_organisaties", x => x.Id);
            t.ForeignKey("FK_organisaties_organisaties_RegioId", x => x.RegioId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_organisaties_AgbCode", "organisaties", "AgbCode", unique: true);
        m.CreateIndex("IX_organisaties_Gemeentecode", "organisaties", "Gemeentecode", unique: true);
        m.CreateIndex("IX_organisaties_RegioId", "organisaties", "RegioId");

        m.CreateTable("gebruikers", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Email = t.Column<string>(maxLength: 200, nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            OrganisatieId = t.Column<Guid>(nullable: false),
            Rol = t.Column<int>(nullable: false),
            WachtwoordHash = t.Column<string>(maxLength: 500, nullable: false),
            Actief = t.Column<bool>(nullable: false),
            MisluktePogingen = t.Column<int>(nullable: false),
            GeblokkeerdTot = t.Column<DateTime>(nullable: true),
            TotpGeheim = t.Column<string>(maxLength: 64, nullable: true),
            TotpActief = t.Column<bool>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_gebruikers", x => x.Id);
            t.ForeignKey("FK_gebruikers_organisaties_OrganisatieId", x => x.OrganisatieId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_gebruikers_Email", "gebruikers", "Email", unique: true);
        m.CreateIndex("IX_gebruikers_OrganisatieId", "gebruikers", "OrganisatieId");

        m.CreateTable("contracten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Naam = t.Column<string>(maxLength: 200, nullable: false),
            OpdrachtgeverId = t.Column<Guid>(nullable: false),
            AanbiederId = t.Column<Guid>(nullable: false),
            ProfielId = t.Column<string>(maxLength: 100, nullable: false),
            ProfielVersie = t.Column<int>(nullable: false),
            Ingangsdatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_contracten", x => x.Id);
            t.ForeignKey("FK_contracten_organisaties_AanbiederId", x => x.AanbiederId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_contracten_organisaties_OpdrachtgeverId", x => x.OpdrachtgeverId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_contracten_AanbiederId", "contracten", "AanbiederId");
        m.CreateIndex("IX_contracten_OpdrachtgeverId", "contracten", "OpdrachtgeverId");

        m.CreateTable("clienten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Bsn = t.Column<string>(maxLength: 9, nullable: false),
            Voornamen = t.Column<string>(maxLength: 200, nullable: false),
            Tussenvoegsel = t.Column<string>(maxLength: 10, nullable: true),
            Achternaam = t.Column<string>(maxLength: 200, nullable: false),
            Geboortedatum = t.Column<DateOnly>(nullable: false),
            Straat = t.Column<string>(maxLength: 200, nullable: false),
            Huisnummer = t.Column<string>(maxLength: 10, nullable: false),
            Postcode = t.Column<string>(maxLength: 6, nullable: false),
            Woonplaats = t.Column<string>(maxLength: 100, nullable: false),
            Telefoon = t.Column<string>(maxLength: 20, nullable: true),
            GemeenteId = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_clienten", x => x.Id);
            t.ForeignKey("FK_clienten_organisaties_GemeenteId", x => x.GemeenteId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_clienten_GemeenteId_Bsn", "clienten", ["GemeenteId", "Bsn"], unique: true);

        m.CreateTable("toewijzingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ToewijzingNummer = t.Column<string>(maxLength: 20, nullable: false),
            ClientId = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            Productcategorie = t.Column<string>(maxLength: 2, nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: true),
            Toewijzingsdatum = t.Column<DateOnly>(nullable: false),
            Ingangsdatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: true),
            Volume = t.Column<int>(nullable: true),
            Eenheid = t.Column<string>(maxLength: 2, nullable: true),
            Frequentie = t.Column<string>(maxLength: 2, nullable: true),
            Spoed = t.Column<bool>(nullable: false),
            Status = t.Column<int>(nullable: false),
            StartdatumZorg = t.Column<DateOnly>(nullable: true),
            EinddatumZorg = t.Column<DateOnly>(nullable: true),
            BeschikkingNummer = t.Column<string>(maxLength: 20, nullable: true),
            RedenWeigering = t.Column<string>(maxLength: 500, nullable: true),
            RedenBeeindiging = t.Column<string>(maxLength: 2, nullable: true),
            RedenWijziging = t.Column<string>(maxLength: 2, nullable: true),
            ReferentieAanbieder = t.Column<string>(maxLength: 36, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_toewijzingen", x => x.Id);
            t.ForeignKey("FK_toewijzingen_clienten_ClientId", x => x.ClientId, "clienten", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_toewijzingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_toewijzingen_ClientId", "toewijzingen", "ClientId");
        m.CreateIndex("IX_toewijzingen_ContractId", "toewijzingen", "ContractId");
        m.CreateIndex("IX_toewijzingen_ToewijzingNummer", "toewijzingen", "ToewijzingNummer", unique: true);

        m.CreateTable("ondersteuningsplannen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            Doelen = t.Column<string>(maxLength: 2000, nullable: false),
            Activiteiten = t.Column<string>(maxLength: 2000, nullable: false),
            Frequentie = t.Column<string>(maxLength: 200, nullable: false),
            Afschaling = t.Column<string>(maxLength: 2000, nullable: false),
            RolNetwerk = t.Column<string>(maxLength: 2000, nullable: false),
            OvereengekomenMet = t.Column<string>(maxLength: 200, nullable: false),
            OvereengekomenOp = t.Column<DateOnly>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_ondersteuningsplannen", x => x.Id);
            t.ForeignKey("FK_ondersteuningsplannen_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_ondersteuningsplannen_ToewijzingId", "ondersteuningsplannen", "ToewijzingId", unique: true);

        m.CreateTable("warme_overdrachten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            NieuweAanbiederId = t.Column<Guid>(nullable: true),
            ToestemmingClient = t.Column<bool>(nullable: false),
            DossierGedeeld = t.Column<bool>(nullable: false),
            OverdrachtsgesprekGevoerd = t.Column<bool>(nullable: false),
            LaatsteZorgdagAfgestemd = t.Column<bool>(nullable: false),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_warme_overdrachten", x => x.Id);
            t.ForeignKey("FK_warme_overdrachten_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_warme_overdrachten_ToewijzingId", "warme_overdrachten", "ToewijzingId", unique: true);

        m.CreateTable("evaluaties", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ToewijzingId = t.Column<Guid>(nullable: false),
            Datum = t.Column<DateOnly>(nullable: false),
            Deelnemers = t.Column<string>(maxLength: 200, nullable: false),
            Eindevaluatie = t.Column<bool>(nullable: false),
            Antwoorden = t.Column<string>(maxLength: 20000, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_evaluaties", x => x.Id);
            t.ForeignKey("FK_evaluaties_toewijzingen_ToewijzingId", x => x.ToewijzingId, "toewijzingen", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_evaluaties_ToewijzingId", "evaluaties", "ToewijzingId");

        m.CreateTable("gebeurtenissen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: true),
            ToewijzingId = t.Column<Guid>(nullable: true),
            Soort = t.Column<string>(maxLength: 60, nullable: false),
            Moment = t.Column<DateTime>(nullable: false),
            Spoed = t.Column<bool>(nullable: false),
            ProductCode = t.Column<string>(maxLength: 10, nullable: true),
            Toelichting = t.Column<string>(maxLength: 500, nullable: true),
            GeregistreerdDoor = t.Column<string>(maxLength: 200, nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_gebeurtenissen", x => x.Id);
            t.ForeignKey("FK_gebeurtenissen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_gebeurtenissen_ContractId", "gebeurtenissen", "ContractId");
        m.CreateIndex("IX_gebeurtenissen_ToewijzingId", "gebeurtenissen", "ToewijzingId");

        m.CreateTable("verplichtingen", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Sleutel = t.Column<string>(maxLength: 120, nullable: false),
            ContractId = t.Column<Guid>(nullable: false),
            ClientId = t.Column<Guid>(nullable: true),
            ToewijzingId = t.Column<Guid>(nullable: true),
            GebeurtenisId = t.Column<Guid>(nullable: false),
            RegelId = t.Column<string>(maxLength: 60, nullable: false),
            Bron = t.Column<string>(maxLength: 100, nullable: false),
            Omschrijving = t.Column<string>(maxLength: 500, nullable: false),
            Soort = t.Column<string>(maxLength: 60, nullable: false),
            Actor = t.Column<string>(maxLength: 60, nullable: false),
            Deadline = t.Column<DateOnly>(nullable: false),
            DeadlineMoment = t.Column<DateTime>(nullable: true),
            Vanaf = t.Column<DateOnly>(nullable: true),
            Onverwijld = t.Column<bool>(nullable: false),
            Status = t.Column<int>(nullable: false),
            BewijsGebeurtenisId = t.Column<Guid>(nullable: true),
            ProfielId = t.Column<string>(maxLength: 100, nullable: false),
            ProfielVersie = t.Column<int>(nullable: false),
            Lezing = t.Column<string>(maxLength: 500, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_verplichtingen", x => x.Id);
            t.ForeignKey("FK_verplichtingen_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_verplichtingen_ContractId_Sleutel", "verplichtingen", ["ContractId", "Sleutel"], unique: true);
        m.CreateIndex("IX_verplichtingen_Deadline", "verplichtingen", "Deadline");
        m.CreateIndex("IX_verplichtingen_ToewijzingId", "verplichtingen", "ToewijzingId");

        m.CreateTable("berichten", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Soort = t.Column<string>(maxLength: 10, nullable: false),
            BerichtCode = t.Column<string>(maxLength: 5, nullable: false),
            Identificatie = t.Column<string>(maxLength: 12, nullable: false),
            Dagtekening = t.Column<DateOnly>(nullable: false),
            Afzender = t.Column<string>(maxLength: 8, nullable: false),
            Ontvanger = t.Column<string>(maxLength: 8, nullable: false),
            AfzenderOrganisatieId = t.Column<Guid>(nullable: true),
            OntvangerOrganisatieId = t.Column<Guid>(nullable: true),
            ToewijzingId = t.Column<Guid>(nullable: true),
            ClientId = t.Column<Guid>(nullable: true),
            Xml = t.Column<string>(maxLength: 2_000_000, nullable: false),
            Ontvangen = t.Column<DateTime>(nullable: false),
            Geldig = t.Column<bool>(nullable: false),
            RetourSoort = t.Column<string>(maxLength: 10, nullable: true),
            RetourXml = t.Column<string>(maxLength: 2_000_000, nullable: true),
            Retourcodes = t.Column<string>(maxLength: 2000, nullable: true),
            Kanaal = t.Column<string>(maxLength: 20, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_berichten", x => x.Id));
        m.CreateIndex("IX_berichten_Afzender_BerichtCode_Identificatie", "berichten", ["Afzender", "BerichtCode", "Identificatie"], unique: true);
        m.CreateIndex("IX_berichten_AfzenderOrganisatieId", "berichten", "AfzenderOrganisatieId");
        m.CreateIndex("IX_berichten_OntvangerOrganisatieId", "berichten", "OntvangerOrganisatieId");
        m.CreateIndex("IX_berichten_ToewijzingId", "berichten", "ToewijzingId");

        m.CreateTable("verzoeken", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Versie = t.Column<Guid>(nullable: false),
            Soort = t.Column<string>(maxLength: 10, nullable: false),
            TeWijzigenToewijzingId = t.Column<Guid>(nullable: true),
            RedenVerzoek = t.Column<string>(maxLength: 1, nullable: true),
            ContractId = t.Column<Guid>(nullable: false),
            GemeenteId = t.Column<Guid>(nullable: false),
            Bsn = t.Column<string>(maxLength: 9, nullable: false),
            Voornamen = t.Column<string>(maxLength: 200, nullable: false),
            Tussenvoegsel = t.Column<string>(maxLength: 10, nullable: true),
            Achternaam = t.Column<string>(maxLength: 200, nullable: false),
            Geboortedatum = t.Column<DateOnly>(nullable: false),
            Productcode = t.Column<string>(maxLength: 20, nullable: false),
            Ingangsdatum = t.Column<DateOnly>(nullable: false),
            Einddatum = t.Column<DateOnly>(nullable: true),
            Volume = t.Column<int>(nullable: true),
            Eenheid = t.Column<string>(maxLength: 2, nullable: true),
            Frequentie = t.Column<string>(maxLength: 2, nullable: true),
            VerwijzerType = t.Column<string>(maxLength: 2, nullable: false),
            VerwijzerNaam = t.Column<string>(maxLength: 70, nullable: true),
            Commentaar = t.Column<string>(maxLength: 200, nullable: true),
            ReferentieAanbieder = t.Column<string>(maxLength: 15, nullable: false),
            Status = t.Column<int>(nullable: false),
            RedenAfwijzing = t.Column<string>(maxLength: 1, nullable: true),
            ToewijzingId = t.Column<Guid>(nullable: true),
            Ingediend = t.Column<DateOnly>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_verzoeken", x => x.Id);
            t.ForeignKey("FK_verzoeken_contracten_ContractId", x => x.ContractId, "contracten", "Id", onDelete: ReferentialAction.Restrict);
            t.ForeignKey("FK_verzoeken_organisaties_GemeenteId", x => x.GemeenteId, "organisaties", "Id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_verzoeken_ContractId", "verzoeken", "ContractId");
        m.CreateIndex("IX_verzoeken_GemeenteId", "verzoeken", "GemeenteId");

        m.CreateTable("audit_regels", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Moment = t.Column<DateTime>(nullable: false),
            GebruikerId = t.Column<Guid>(nullable: true),
            Gebruiker = t.Column<string>(maxLength: 200, nullable: false),
            OrganisatieId = t.Column<Guid>(nullable: true),
            Actie = t.Column<string>(maxLength: 30, nullable: false),
            Entiteit = t.Column<string>(maxLength: 50, nullable: false),
            EntiteitId = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_audit_regels", x => x.Id));
        m.CreateIndex("IX_audit_regels_Moment", "audit_regels", "Moment");
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var table in new[] { "audit_regels", "verzoeken", "berichten", "verplichtingen", "gebeurtenissen", "ondersteuningsplannen", "warme_overdrachten", "evaluaties", "toewijzingen", "clienten", "contracten", "gebruikers", "organisaties" })
            m.DropTable(table);
    }
}
