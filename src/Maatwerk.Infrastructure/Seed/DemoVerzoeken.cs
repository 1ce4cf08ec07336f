using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verzoeken;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>Demo verzoeken om toewijzing (WMO315, issue 13: the Verzoeken list is never empty in the demo): under the
/// Deventer contract with Zorggroep De Linde one just submitted (huisarts), one in onderzoek and one refused, for
/// residents who are not yet clients (BSNs from the end of the test range, away from the demo clients).</summary>
public static class DemoVerzoeken
{
    public static IEnumerable<Verzoek> For(Contract contract, Organisatie gemeente, DateOnly vandaag)
    {
        var bsns = DemoData.TestBsns().Reverse().Take(3).ToArray();
        Verzoek Verzoek(int i, int dagenGeleden, string voornamen, string? tussenvoegsel, string achternaam, DateOnly geboren, string product, int volume,
            string verwijzer, string? verwijzerNaam, string commentaar) => new()
        {
            ContractId = contract.Id, GemeenteId = gemeente.Id, Bsn = bsns[i], Voornamen = voornamen, Tussenvoegsel = tussenvoegsel, Achternaam = achternaam,
            Geboortedatum = geboren, Productcode = product, Ingangsdatum = vandaag.AddDays(-dagenGeleden + 7), Einddatum = vandaag.AddDays(-dagenGeleden + 7).AddMonths(6),
            Volume = volume, Eenheid = "01", Frequentie = "2", VerwijzerType = verwijzer, VerwijzerNaam = verwijzerNaam, Commentaar = commentaar,
            ReferentieAanbieder = $"VZDEMO{i + 1:D4}", Ingediend = vandaag.AddDays(-dagenGeleden),
        };
        yield return Verzoek(0, 2, "Hendrika", null, "Wolters", new DateOnly(1941, 6, 14), "PO-L", 90, "02", "Huisartsenpraktijk Keizerstraat",
            "Na ziekenhuisopname hulp nodig bij structuur van de dag; dochter woont ver weg.");
        var onderzoek = Verzoek(1, 6, "Mohamed", null, "Bouzid", new DateOnly(1987, 2, 3), "PO-B", 120, "06", null,
            "Meldt zich zelf na verlies van baan en woning; schulden in beeld.");
        onderzoek.Status = VerzoekStatus.InOnderzoek;
        yield return onderzoek;
        var afgewezen = Verzoek(2, 12, "Gerrit", "van", "Leeuwen", new DateOnly(1952, 11, 21), "PO-BP", 180, "02", "Gezondheidscentrum De Hoven",
            "Begeleiding bij dagbesteding na een CVA.");
        afgewezen.Status = VerzoekStatus.Afgewezen;
        afgewezen.RedenAfwijzing = "8"; // woonplaatsbeginsel: de cliënt woont in een andere gemeente
        yield return afgewezen;
    }

    /// <summary>The WMO315 behind each demo verzoek (issue 13), from the aanbieder to the gemeente, dated the day it was
    /// submitted and answered by the platform's own 316, as <c>VerzoekService.SubmitAsync</c> does for a new one. The
    /// product category comes from the contract profile; no iWmo product code (the demo contract maps none), so no omvang
    /// (CD095).</summary>
    public static void SendBerichten(Berichten.BerichtenService berichten, ContractProfileCatalog catalogus, Contract contract, Organisatie aanbieder,
        Organisatie gemeente, IEnumerable<Verzoek> verzoeken)
    {
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        foreach (var v in verzoeken)
        {
            var partijen = new Berichten.BerichtBuilder.Parties(aanbieder.AgbCode!, gemeente.Gemeentecode!, Berichten.BerichtenService.NewIdentificatie(), v.Ingediend);
            var categorie = profiel?.FindProduct(v.Productcode)?.Productcategorie ?? "02";
            berichten.Send(Berichten.BerichtBuilder.VerzoekOmToewijzing315(partijen, v, categorie, null), aanbieder, gemeente, null, null);
        }
    }
}
