using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo complaints and incidents (issue 14), made through the domain's own steps with the events the services
/// store, so their terms are computed by the engine: a complaint settled in time, one not yet acknowledged, one extended
/// with the client's consent and put to the gemeente, one resolved on the spot; a calamity under Deventer reported late to
/// the GGD, a data breach, an incident under Voorne aan Zee.</summary>
public static class DemoKlachten
{
    private const string Door = "demodata";

    public static void Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, DemoData.Basis basis, DateOnly vandaag)
    {
        // Real moments carry minutes where they fall in the 9 o'clock hour: 09:00 is where the chain's date-only steps used to
        // be stored, and the dossier test tells a stand-in from a real time by it.
        DateTimeOffset Op(int dagen, int uur, int minuut = 0) => Amsterdam.ToUtc(vandaag.AddDays(dagen).ToDateTime(new TimeOnly(uur, minuut)));
        var nu = Op(0, 8);
        var deventer = basis.Contracten.First(c => c.ProfielId == "deventer-wmo-2023");
        var voorne = basis.Contracten.First(c => c.ProfielId == "voorne-aan-zee-ib");
        Client? ClientVan(Contract contract) => db.Toewijzingen.Local.Where(t => t.ContractId == contract.Id)
            .Select(t => db.Clienten.Local.FirstOrDefault(c => c.Id == t.ClientId)).FirstOrDefault(c => c is not null);

        void Event(Contract contract, string onderwerp, Guid id, Guid? client, string soort, DateTimeOffset moment, string? toelichting = null) =>
            OnderwerpGebeurtenissen.Add(db, catalogus.Require(contract), contract, new Onderwerp(onderwerp, id.ToString()),
                client, soort, moment, toelichting, Door);

        Klacht Klacht(Contract contract, int dagen, KlachtWijze wijze, string indiener, string omschrijving)
        {
            var klacht = new Klacht
            {
                AanbiederId = contract.AanbiederId, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, ClientId = ClientVan(contract)?.Id,
                Ontvangen = Op(dagen, 11), Wijze = wijze, Indiener = indiener, Omschrijving = omschrijving, GeregistreerdDoor = Door, GeregistreerdOp = Op(dagen, 11),
            };
            db.Add(klacht);
            Event(contract, KlachtGebeurtenis.Onderwerp, klacht.Id, klacht.ClientId, KlachtGebeurtenis.Ontvangen, klacht.Ontvangen, omschrijving);
            return klacht;
        }
        void Stap(Contract contract, Klacht k, string soort, DateTimeOffset moment, string? toelichting = null) =>
            Event(contract, KlachtGebeurtenis.Onderwerp, k.Id, k.ClientId, soort, moment, toelichting);

        var opgelost = Klacht(deventer, -16, KlachtWijze.Schriftelijk, "Mevr. Van Dijk (dochter)", "Begeleider kwam drie keer niet op de afgesproken tijd");
        opgelost.Acknowledge(Op(-15, 9, 20), nu);
        Stap(deventer, opgelost, KlachtGebeurtenis.Bevestigd, Op(-15, 9, 20));
        opgelost.Settle(Op(-3, 15), "Gesprek met cliënt en dochter; vaste tijden afgesproken en per brief bevestigd", "Planning controleert wekelijks de vaste tijden", nu);
        Stap(deventer, opgelost, KlachtGebeurtenis.Afgehandeld, Op(-3, 15), opgelost.Afhandeling);

        Klacht(deventer, -3, KlachtWijze.Mondeling, "Dhr. Bosman", "Voelt zich niet gehoord bij het opstellen van het ondersteuningsplan");

        var verlengd = Klacht(deventer, -26, KlachtWijze.Schriftelijk, "Mevr. De Groot (mantelzorger)", "Steeds wisselende begeleiders; geen vaste contactpersoon");
        verlengd.Acknowledge(Op(-25, 10), nu);
        Stap(deventer, verlengd, KlachtGebeurtenis.Bevestigd, Op(-25, 10));
        verlengd.CommunicateTermijn(Op(-24, 10), vandaag.AddDays(-2), "Gesprek met teamleider en roosteraar", nu);
        Stap(deventer, verlengd, KlachtGebeurtenis.TermijnGecommuniceerd, Op(-24, 10), verlengd.Aanpak);
        verlengd.Extend(vandaag.AddDays(12), toestemmingClient: true, Op(-4, 14), "Nieuwe vaste begeleider start pas over twee weken", vandaag, nu);
        Stap(deventer, verlengd, KlachtGebeurtenis.Verlengd, Amsterdam.StartOf(vandaag.AddDays(12)), "Toestemming cliënt: " + verlengd.VerlengingReden);
        verlengd.Escalate(Op(-1, 16), "Cliënt en aanbieder zijn het niet eens over de inzet van een vervangende begeleider", nu);
        Stap(deventer, verlengd, KlachtGebeurtenis.Geescaleerd, Op(-1, 16), verlengd.EscalatieReden);

        var direct = Klacht(voorne, -5, KlachtWijze.Mondeling, "Dhr. Yilmaz", "Afspraak stond verkeerd in de agenda");
        direct.DirectOpgelost = true;
        direct.Afhandeling = "Telefonisch opgelost: nieuwe afspraak gemaakt en excuses aangeboden";
        (direct.BevestigdOp, direct.AfgehandeldOp) = (direct.Ontvangen, direct.Ontvangen);
        Stap(voorne, direct, KlachtGebeurtenis.Bevestigd, direct.Ontvangen, "Direct opgelost (IB-48b)");
        Stap(voorne, direct, KlachtGebeurtenis.Afgehandeld, direct.Ontvangen, direct.Afhandeling);
        Klacht(voorne, -9, KlachtWijze.Schriftelijk, "Mevr. Smit", "Rekening voor de eigen bijdrage klopt niet met de geleverde uren");

        Incident Incident(Contract contract, string soort, string titel, string omschrijving, DateTimeOffset voorgevallen, DateTimeOffset ontdekt, Action<Incident>? velden = null)
        {
            var incident = new Incident
            {
                AanbiederId = contract.AanbiederId, ContractId = contract.Id, ClientId = ClientVan(contract)?.Id, Soort = soort, Titel = titel, Omschrijving = omschrijving,
                Voorgevallen = voorgevallen, Ontdekt = ontdekt, GeregistreerdDoor = Door, GeregistreerdOp = ontdekt,
            };
            velden?.Invoke(incident);
            db.Add(incident);
            Event(contract, IncidentGebeurtenis.Onderwerp, incident.Id, incident.ClientId, soort, ontdekt, titel);
            Event(contract, IncidentGebeurtenis.Onderwerp, incident.Id, incident.ClientId, soort + IncidentGebeurtenis.VoorgevallenSuffix, voorgevallen, titel);
            return incident;
        }
        var val = Incident(deventer, "calamiteit", "Val met letsel tijdens begeleiding", "Cliënt viel bij het boodschappen doen; heupfractuur vastgesteld in het ziekenhuis",
            Op(-8, 14), Op(-2, 9, 40));
        Event(deventer, IncidentGebeurtenis.Onderwerp, val.Id, val.ClientId, IncidentGebeurtenis.GemeldToezichthouder, Op(-1, 10), "Meldformulier GGD IJsselland, kenmerk W-2026-0417");
        var lek = Incident(deventer, "datalek", "Zorgplan naar verkeerd e-mailadres", "Een ondersteuningsplan is per e-mail naar een verkeerde ontvanger gestuurd",
            Op(-1, 11), Op(-1, 15), i => (i.Oorzaak, i.Aard, i.Maatregelen) = ("Automatisch aangevuld e-mailadres", "Vertrouwelijkheid", "Ontvanger heeft de e-mail aantoonbaar verwijderd"));
        Event(deventer, IncidentGebeurtenis.Onderwerp, lek.Id, lek.ClientId, IncidentGebeurtenis.DatalekGemeld, Op(-1, 17), "Gemeld bij de privacyfunctionaris van de gemeente");
        Incident(voorne, "incident", "Agressie van bezoeker", "Een bezoeker werd verbaal agressief tegen de begeleider", Op(-1, 19), Op(-1, 21));
    }
}
