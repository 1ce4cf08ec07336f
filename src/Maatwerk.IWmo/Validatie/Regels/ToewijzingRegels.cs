using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Product rules shared by 301 (ToegewezenProduct), 315 (AangevraagdProduct) and 317 (NieuwProduct,
/// TeWijzigenProduct): CD075–CD079 on Omvang/Budget/Einddatum, CS335/CS336 on RedenWijziging.</summary>
internal sealed class ToewijzingRegels : RegelSet
{
    private static readonly HashSet<string> Producten = ["ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct"];

    public override void Einde(BerichtElement bericht)
    {
        foreach (var naam in Producten)
            foreach (var p in Descendants(bericht, naam))
                Product(p);
        Wmo301(bericht);
        Wmo315(bericht);
        Wmo317(bericht);
    }

    private void Product(BerichtElement p)
    {
        var budget = p.Kind("Budget");
        var omvang = p.Kind("Omvang");
        var eind = p.Kind("Einddatum") ?? p.Kind("ToewijzingEinddatum");
        if (budget is not null && eind is null)
            Finding("CD075", p, "Einddatum is verplicht als Budget gevuld is.");
        if (omvang?.Text("Frequentie") == "2" && eind is null)
            Finding("CD076", p, "Einddatum is verplicht bij Frequentie 2 (per week).");
        if (budget is not null && omvang is not null)
            Finding("CD077", omvang, "Omvang leeg laten als Budget gevuld is.");
        if (p.Naam != "TeWijzigenProduct" && budget is null && p.Kind("Product") is null)
            Finding("CD079", p, "Product is verplicht als Budget leeg is.");
        if (p.Kind("Product")?.Kind("Code") is not null && budget is null && omvang is null)
            Finding("CD041", p, "Omvang is verplicht als een productcode is opgegeven.");
        var eindDatum = BerichtElement.AsDate(eind?.Waarde);
        var actueel = eindDatum is null || eindDatum > new DateOnly(2020, 12, 31);
        if (omvang is not null && p.Kind("Product")?.Kind("Code") is null && actueel && p.Naam != "TeWijzigenProduct")
            Finding(p.Naam switch { "AangevraagdProduct" => "CD095", "NieuwProduct" => "CD096", _ => "CD080" }, omvang, "Omvang leeg laten als er geen productcode is (toewijzing na 31-12-2020).");
        if (omvang?.Text("Eenheid") is "14" or "16" or "83" or "84" && actueel && omvang.Text("Frequentie") is not ("2" or "4" or "6"))
            Finding(p.Naam == "AangevraagdProduct" ? "CS343" : "CS338", omvang, $"Bij Eenheid {omvang.Text("Eenheid")} moet Frequentie 2 (per week), 4 (per maand) of 6 (totaal) zijn.");
        var reden = p.Text("RedenWijziging");
        if (reden == "01")
            Finding("CS336", p.Kind("RedenWijziging"), "RedenWijziging 01 (administratieve correctie, vervallen) mag niet meer gebruikt worden.");
        if (reden == "13" && p.Date("Ingangsdatum") != BerichtElement.AsDate(eind?.Waarde))
            Finding("CS335", p.Kind("RedenWijziging"), "RedenWijziging 13 (verwijderd) alleen als Ingangsdatum gelijk is aan Einddatum.");
    }

    private void Wmo301(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo301Schema.Ns) return;
        var client = bericht.Kind("Client");
        if (client is null) return;
        var contacten = Descendants(client, "Contact").ToList();
        if (!client.Find("Contactgegevens")!.AlleKinderen("Contact").Any(c => c.Text("Soort") is "01" or "02" or "03"))
            Finding("TR061", client.Kind("Contactgegevens"), "Een cliënt moet minstens één adres hebben met Soort 01 (BRP), 02 (correspondentie) of 03 (verblijf).");
        foreach (var c in contacten)
        {
            var adres = c.Kind("Adres");
            if (c.Kind("Telefoon") is null && (adres?.Kind("Huis") is null || adres.Kind("Postcode") is null))
                Finding("TR006", c, "Een Contact moet een Telefoon en/of de combinatie Huis en Postcode bevatten.");
            if (c.Kind("Periode") is not null && c.Text("Soort") != "04")
                Finding("CD009", c.Kind("Periode"), "Periode alleen vullen bij Soort 04 (tijdelijk verblijfadres).");
            if (adres?.Text("LandCode") == "NL" && adres.Text("Postcode") is { } pc && !System.Text.RegularExpressions.Regex.IsMatch(pc, "^[1-9][0-9]{3}[A-Z]{2}$"))
                Finding("CS089", adres.Kind("Postcode"), $"Postcode {pc} heeft niet het formaat van een Nederlandse postcode (1234AB).");
        }
        var nummers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Descendants(client, "ToegewezenProduct"))
            if (!nummers.Add(p.Text("ToewijzingNummer") ?? ""))
                Finding("TR101", p, $"ToewijzingNummer {p.Text("ToewijzingNummer")} komt meer dan eens voor in het bericht.");
    }

    private void Wmo315(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo315Schema.Ns) return;
        var referenties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Descendants(bericht, "AangevraagdProduct"))
        {
            if (!referenties.Add(p.Text("ReferentieAanbieder") ?? ""))
                Finding("TR383", p.Kind("ReferentieAanbieder"), $"ReferentieAanbieder {p.Text("ReferentieAanbieder")} is niet uniek binnen het bericht.");
            if ((p.Kind("BeschikkingNummer") is null) != (p.Kind("BeschikkingIngangsdatum") is null))
                Finding("CD043", p, "BeschikkingIngangsdatum vullen als en alleen als BeschikkingNummer gevuld is.");
        }
    }

    private void Wmo317(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo317Schema.Ns || bericht.Find("Client/Verzoek") is not { } verzoek) return;
        if (verzoek.Kind("OngewijzigdeProducten") is null && verzoek.Kind("TeWijzigenProducten") is null)
            Finding("TR352", verzoek, "Een verzoek om wijziging moet minstens één OngewijzigdProduct of TeWijzigenProduct bevatten.");
        if (verzoek.Kind("TeWijzigenProducten") is null && verzoek.Kind("NieuweProducten") is null)
            Finding("TR353", verzoek, "Een verzoek om wijziging moet minstens één TeWijzigenProduct of NieuwProduct bevatten.");
        var dagtekening = bericht.Date("Header/BerichtIdentificatie/Dagtekening");
        foreach (var p in Descendants(verzoek, "NieuwProduct"))
            if (p.Date("GewensteIngangsdatum") is { } g && g <= dagtekening)
                Finding("TR380", p.Kind("GewensteIngangsdatum"), $"GewensteIngangsdatum {D(g)} moet na de Dagtekening {D(dagtekening!.Value)} liggen.");
    }
}
