using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Ervaringsonderzoek;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo survey data (issue 14): responses of Op Maat's clients under Voorne aan Zee (IB-47a; all clients in care
/// but one, from a list of three answers: digital and satisfied, on paper, not satisfied) with the events that meet their
/// IB-47a obligation, and a client survey round of Kompas under the OCO
/// contract whose results are not yet shared with the gemeente, so OCO-2.21 is still open until 31 December. The other clients stay "zonder reactie", as in a real year in November.</summary>
public static class DemoErvaringsonderzoek
{
    private const string Door = "demodata";

    public static void Add(MaatwerkDbContext db, ContractProfileCatalog catalogus, DemoData.Basis basis, DateOnly vandaag)
    {
        var voorne = basis.Contracten.First(c => c.ProfielId == "voorne-aan-zee-ib");
        var aanbieder = basis.Aanbieders.First(a => a.Id == voorne.AanbiederId);
        // All but one of the clients in care answer, so the list "zonder reactie" is not empty either.
        var inZorg = db.Toewijzingen.Local.Where(t => t.ContractId == voorne.Id && t.StartdatumZorg is { } s && s <= vandaag)
            .Select(t => t.ClientId).Distinct().ToList();
        inZorg = inZorg.Take(inZorg.Count - 1).ToList();
        var antwoorden = new (ErvaringKanaal Kanaal, int Dagen, bool Tevreden, string Toelichting, string GoedEnBeter)[]
        {
            (ErvaringKanaal.Digitaal, -21, true, "Fijn dat ik steeds dezelfde begeleider heb", "Goed: samen de post doornemen. Beter: iets vaker langskomen in de drukke maanden"),
            (ErvaringKanaal.Papier, -14, true, "Ik kan weer zelf mijn boodschappen plannen", "Goed: de weekplanning. Beter: eerder laten weten als de begeleider ziek is"),
            (ErvaringKanaal.Papier, -6, false, "Te vaak een andere begeleider in de zomer", "Goed: het plan is duidelijk. Beter: vaste gezichten en vaste tijden"),
        };
        var profiel = catalogus.Require(voorne);
        foreach (var (clientId, antwoord) in inZorg.Zip(antwoorden))
        {
            var client = db.Clienten.Local.First(c => c.Id == clientId);
            var reactie = new Clientervaring
            {
                AanbiederId = aanbieder.Id, ClientId = clientId, Kanaal = antwoord.Kanaal, Postcode = client.Postcode, Datum = vandaag.AddDays(antwoord.Dagen),
                Zorgaanbieder = aanbieder.Naam, OntvangenZorg = "Individuele begeleiding", Tevreden = antwoord.Tevreden,
                TevredenToelichting = antwoord.Toelichting, GoedEnBeter = antwoord.GoedEnBeter, HeeftOpmerkingen = false,
                GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.ToUtc(vandaag.AddDays(antwoord.Dagen).ToDateTime(new TimeOnly(14, 10))),
            };
            reactie.Normalize();
            db.Add(reactie);
            ErvaringEvents.AddClientervaring(db, profiel, voorne, reactie, Door);
        }

        var oco = basis.Contracten.First(c => c.ProfielId == "oco");
        var ronde = new Ervaringsronde
        {
            AanbiederId = oco.AanbiederId, ContractId = oco.Id, Doelgroep = Doelgroep.Clienten, Van = new DateOnly(vandaag.Year, 5, 1), Tot = new DateOnly(vandaag.Year, 6, 30),
            Methode = "Korte vragenlijst na afronding van het traject (telefonisch of digitaal)", Respondenten = 64,
            Resultaten = "87% tevreden over de bereikbaarheid; 79% vond dat de ondersteuner onafhankelijk meedacht; wachttijd tot het eerste gesprek gemiddeld 4 werkdagen.",
            Verbetermaatregelen = "Terugbelafspraak binnen één werkdag na een gemiste oproep; folder in eenvoudige taal.",
            GeregistreerdDoor = Door, GeregistreerdOp = Amsterdam.ToUtc(new DateOnly(vandaag.Year, 7, 3).ToDateTime(new TimeOnly(10, 30))),
        };
        db.Add(ronde);
        ErvaringEvents.AddRonde(db, catalogus.Require(oco), oco, ronde, ronde.Gebeurtenissen(), Door);
    }
}
