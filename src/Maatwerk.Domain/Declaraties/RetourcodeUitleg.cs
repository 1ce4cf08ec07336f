using Maatwerk.Domain.Tarieven;
using Maatwerk.IWmo.Codelijsten;

namespace Maatwerk.Domain.Declaraties;

/// <summary>A rejected line's retourcode in plain Dutch: the code list's text (WJ001, from the iWmo code list) and what
/// the administratie does about it. 0611 (TR418) names the contract tariff and the declared tariff per hour.</summary>
public static class RetourcodeUitleg
{
    public sealed record Uitleg(string Code, string Omschrijving, string Actie);

    /// <param name="contracttarief">The contract's hourly tariff in euros on the line's start date, when known.</param>
    public static Uitleg For(string code, Prestatie regel, decimal? contracttarief) =>
        new(code, Codelijst.RetourcodeOmschrijving(code), Actie(code, regel, contracttarief));

    private static string Actie(string code, Prestatie r, decimal? contracttarief) => code switch
    {
        "0611" => (contracttarief is { } t ? $"Contracttarief € {Tariefbepaling.Euro(t)} per uur, gedeclareerd € {Tariefbepaling.Euro(Uurtarief(r))} per uur" : $"Gedeclareerd € {Tariefbepaling.Euro(Uurtarief(r))} per uur; er is geen contracttarief bekend")
            + " — corrigeer het tarief en declareer opnieuw.",
        "9307" or "9308" or "9387" or "9388" or "9319" => "De productperiode valt (deels) buiten de toewijzing of de maand — beperk de periode tot de toewijzing en de kalendermaand en declareer opnieuw, of vraag de gemeente de toewijzing aan te passen.",
        "9321" or "9322" or "9369" => "Er is meer gedeclareerd dan toegewezen — declareer opnieuw binnen het toegewezen volume, of vraag de gemeente om een verzoek tot wijziging (WMO317).",
        "9338" or "9339" or "9340" or "9341" or "S329" or "9384" => "De regel past niet bij de toewijzing (nummer, productcategorie, productcode of eenheid) — neem de gegevens van de toewijzing over en declareer opnieuw.",
        "9346" => "Het bedrag is niet volume × tarief — reken het bedrag opnieuw uit en declareer opnieuw.",
        "9389" => "Deze periode is al eerder gedeclareerd — crediteer eerst de eerdere regel, declareer daarna opnieuw.",
        "9390" or "8017" => "De creditregel is niet geldig (al gecrediteerd of geen toegekende debetregel) — er is niets meer te crediteren; controleer de eerdere regels.",
        "8021" or "9333" => "Het referentienummer of declaratienummer is al gebruikt — declareer de regel opnieuw; zij krijgt een nieuw nummer.",
        "8187" => "De regel hoort niet bij deze cliënt — controleer het BSN en de toewijzing en declareer opnieuw.",
        "0001" => "De hele declaratie is technisch afgekeurd en geldt als niet verzonden — los de fout op en declareer de regels opnieuw.",
        _ => "Controleer de regel aan de hand van de code, corrigeer en declareer opnieuw; neem bij twijfel contact op met de gemeente.",
    };

    /// <summary>The declared tariff per hour: ProductTarief is per minute for unit 01, per hour for 04.</summary>
    public static decimal Uurtarief(Prestatie r) => (r.ProductTarief ?? 0) / 100m * (r.Eenheid == Declaratieopbouw.Minuut ? 60 : 1);
}
