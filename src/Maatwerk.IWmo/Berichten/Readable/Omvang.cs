namespace Maatwerk.IWmo.Berichten.Readable;

/// <summary>An omvang (CDT_Omvang) in words: volume, unit (WJ756) in singular or plural, and frequency (WMO757),
/// e.g. "10 minuten per dag".</summary>
public static class Omvang
{
    private static readonly Dictionary<string, (string Een, string Meer)> Eenheden = new(StringComparer.Ordinal)
    {
        ["01"] = ("minuut", "minuten"),
        ["04"] = ("uur", "uur"),
        ["14"] = ("etmaal", "etmalen"),
        ["16"] = ("dagdeel (4 uur)", "dagdelen (4 uur)"),
        ["82"] = ("stuk (output)", "stuks (output)"),
        ["83"] = ("euro", "euro"),
        ["84"] = ("stuk (inspanning)", "stuks (inspanning)"),
    };

    private static readonly Dictionary<string, string> Frequenties = new(StringComparer.Ordinal)
    {
        ["1"] = "per dag",
        ["2"] = "per week",
        ["4"] = "per maand",
        ["6"] = "in totaal binnen de geldigheidsduur van de toewijzing",
    };

    public static string Describe(string? volume, string? eenheid, string? frequentie)
    {
        var eenheden = eenheid is not null && Eenheden.TryGetValue(eenheid, out var e) ? (volume == "1" ? e.Een : e.Meer)
            : Codelijsten.Codelijst.Omschrijving("LDT_Eenheid", eenheid ?? "")?.ToLowerInvariant() ?? eenheid;
        var per = frequentie is not null && Frequenties.TryGetValue(frequentie, out var f) ? f
            : Codelijsten.Codelijst.Omschrijving("LDT_Frequentie", frequentie ?? "")?.ToLowerInvariant() ?? frequentie;
        return $"{volume} {eenheden} {per}".Trim();
    }
}
