using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Product rules shared by 301 (ToegewezenProduct), 315 (AangevraagdProduct) and 317 (NieuwProduct,
/// TeWijzigenProduct): CD075–CD079 on Omvang/Budget/Einddatum, CS335/CS336 on RedenWijziging.</summary>
internal sealed class ToewijzingRegels : Regelset
{
    private static readonly HashSet<string> Producten = ["ToegewezenProduct", "AangevraagdProduct", "NieuwProduct", "TeWijzigenProduct"];

    public override void Einde(BerichtElement bericht)
    {
        foreach (var naam in Producten)
            foreach (var p in Afstammelingen(bericht, naam))
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
            Fout("CD075", p, "Einddatum is verplicht als Budget gevuld is.");
        if (omvang?.Tekst("Frequentie") == "2" && eind is null)
            Fout("CD076", p, "Einddatum is verplicht bij Frequentie 2 (per week).");
        if (budget is not null && omvang is not null)
            Fout("CD077", omvang, "Omvang leeg laten als Budget gevuld is.");
        if (p.Naam != "TeWijzigenProduct" && budget is null && p.Kind("Product") is null)
            Fout("CD079", p, "Product is verplicht als Budget leeg is.");
        if (p.Kind("Product")?.Kind("Code") is not null && budget is null && omvang is null)
            Fout("CD041", p, "Omvang is verplicht als een productcode is opgegeven.");
        var eindDatum = BerichtElement.AlsDatum(eind?.Waarde);
        var actueel = eindDatum is null || eindDatum > new DateOnly(2020, 12, 31);
        if (omvang is not null && p.Kind("Product")?.Kind("Code") is null && actueel && p.Naam != "TeWijzigenProduct")
            Fout(p.Naam switch { "AangevraagdProduct" => "CD095", "NieuwProduct" => "CD096", _ => "CD080" }, omvang, "Omvang leeg laten als er geen productcode is (toewijzing na 31-12-2020).");
        if (omvang?.Tekst("Eenheid") is "14" or "16" or "83" or "84" && actueel && omvang.Tekst("Frequentie") is not ("2" or "4" or "6"))
            Fout(p.Naam == "AangevraagdProduct" ? "CS343" : "CS338", omvang, $"Bij Eenheid {omvang.Tekst("Eenheid")} moet Frequentie 2 (per week), 4 (per maand) of 6 (totaal) zijn.");
        var reden = p.Tekst("RedenWijziging");
        if (reden == "01")
            Fout("CS336", p.Kind("RedenWijziging"), "RedenWijziging 01 (administratieve correctie, vervallen) mag niet meer gebruikt worden.");
        if (reden == "13" && p.Datum("Ingangsdatum") != BerichtElement.AlsDatum(eind?.Waarde))
            Fout("CS335", p.Kind("RedenWijziging"), "RedenWijziging 13 (verwijderd) alleen als Ingangsdatum gelijk is aan Einddatum.");
    }

    private void Wmo301(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo301Schema.Ns) return;
        var client = bericht.Kind("Client");
        if (client is null) return;
        var contacten = Afstammelingen(client, "Contact").ToList();
        if (!client.Zoek("Contactgegevens")!.AlleKinderen("Contact").Any(c => c.Tekst("Soort") is "01" or "02" or "03"))
            Fout("TR061", client.Kind("Contactgegevens"), "Een cliënt moet minstens één adres hebben met Soort 01 (BRP), 02 (correspondentie) of 03 (verblijf).");
        foreach (var c in contacten)
        {
            var adres = c.Kind("Adres");
            if (c.Kind("Telefoon") is null && (adres?.Kind("Huis") is null || adres.Kind("Postcode") is null))
                Fout("TR006", c, "Een Contact moet een Telefoon en/of de combinatie Huis en Postcode bevatten.");
            if (c.Kind("Periode") is not null && c.Tekst("Soort") != "04")
                Fout("CD009", c.Kind("Periode"), "Periode alleen vullen bij Soort 04 (tijdelijk verblijfadres).");
            if (adres?.Tekst("LandCode") == "NL" && adres.Tekst("Postcode") is { } pc && !System.Text.RegularExpressions.Regex.IsMatch(pc, "^[1-9][0-9]{3}[A-Z]{2}$"))
                Fout("CS089", adres.Kind("Postcode"), $"Postcode {pc} heeft niet het formaat van een Nederlandse postcode (1234AB).");
        }
        var nummers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Afstammelingen(client, "ToegewezenProduct"))
            if (!nummers.Add(p.Tekst("ToewijzingNummer") ?? ""))
                Fout("TR101", p, $"ToewijzingNummer {p.Tekst("ToewijzingNummer")} komt meer dan eens voor in het bericht.");
    }

    private void Wmo315(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo315Schema.Ns) return;
        var referenties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Afstammelingen(bericht, "AangevraagdProduct"))
        {
            if (!referenties.Add(p.Tekst("ReferentieAanbieder") ?? ""))
                Fout("TR383", p.Kind("ReferentieAanbieder"), $"ReferentieAanbieder {p.Tekst("ReferentieAanbieder")} is niet uniek binnen het bericht.");
            if ((p.Kind("BeschikkingNummer") is null) != (p.Kind("BeschikkingIngangsdatum") is null))
                Fout("CD043", p, "BeschikkingIngangsdatum vullen als en alleen als BeschikkingNummer gevuld is.");
        }
    }

    private void Wmo317(BerichtElement bericht)
    {
        if (bericht.Namespace != Schema.Generated.Wmo317Schema.Ns || bericht.Zoek("Client/Verzoek") is not { } verzoek) return;
        if (verzoek.Kind("OngewijzigdeProducten") is null && verzoek.Kind("TeWijzigenProducten") is null)
            Fout("TR352", verzoek, "Een verzoek om wijziging moet minstens één OngewijzigdProduct of TeWijzigenProduct bevatten.");
        if (verzoek.Kind("TeWijzigenProducten") is null && verzoek.Kind("NieuweProducten") is null)
            Fout("TR353", verzoek, "Een verzoek om wijziging moet minstens één TeWijzigenProduct of NieuwProduct bevatten.");
        var dagtekening = bericht.Datum("Header/BerichtIdentificatie/Dagtekening");
        foreach (var p in Afstammelingen(verzoek, "NieuwProduct"))
            if (p.Datum("GewensteIngangsdatum") is { } g && g <= dagtekening)
                Fout("TR380", p.Kind("GewensteIngangsdatum"), $"GewensteIngangsdatum {D(g)} moet na de Dagtekening {D(dagtekening!.Value)} liggen.");
    }
}
