using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Berichten;

public static class BerichtCatalog
{
    public static readonly BerichtSoort Wmo301 = new("WMO301", "414", "Toewijzing Wmo-ondersteuning", Wmo301Schema.Ns, Wmo301Schema.Bericht, "WMO302");
    public static readonly BerichtSoort Wmo302 = new("WMO302", "415", "Retourbericht toewijzing", Wmo302Schema.Ns, Wmo302Schema.Bericht, null);
    public static readonly BerichtSoort Wmo305 = new("WMO305", "418", "Start Wmo-ondersteuning", Wmo305Schema.Ns, Wmo305Schema.Bericht, "WMO306");
    public static readonly BerichtSoort Wmo306 = new("WMO306", "419", "Retourbericht start", Wmo306Schema.Ns, Wmo306Schema.Bericht, null);
    public static readonly BerichtSoort Wmo307 = new("WMO307", "420", "Stop Wmo-ondersteuning", Wmo307Schema.Ns, Wmo307Schema.Bericht, "WMO308");
    public static readonly BerichtSoort Wmo308 = new("WMO308", "421", "Retourbericht stop", Wmo308Schema.Ns, Wmo308Schema.Bericht, null);
    public static readonly BerichtSoort Wmo315 = new("WMO315", "444", "Verzoek om toewijzing", Wmo315Schema.Ns, Wmo315Schema.Bericht, "WMO316");
    public static readonly BerichtSoort Wmo316 = new("WMO316", "445", "Retourbericht verzoek om toewijzing", Wmo316Schema.Ns, Wmo316Schema.Bericht, null);
    public static readonly BerichtSoort Wmo317 = new("WMO317", "480", "Verzoek om wijziging", Wmo317Schema.Ns, Wmo317Schema.Bericht, "WMO318");
    public static readonly BerichtSoort Wmo318 = new("WMO318", "481", "Retourbericht verzoek om wijziging", Wmo318Schema.Ns, Wmo318Schema.Bericht, null);
    public static readonly BerichtSoort Wmo319 = new("WMO319", "482", "Antwoordbericht", Wmo319Schema.Ns, Wmo319Schema.Bericht, "WMO320");
    public static readonly BerichtSoort Wmo320 = new("WMO320", "483", "Retourbericht antwoordbericht", Wmo320Schema.Ns, Wmo320Schema.Bericht, null);
    public static readonly BerichtSoort Wmo323 = new("WMO323", "484", "Declaratie Wmo-ondersteuning", Wmo323Schema.Ns, Wmo323Schema.Bericht, "WMO325")
    {
        StreamingElementen = new HashSet<string> { "Client", "Prestatie" },
    };
    public static readonly BerichtSoort Wmo325 = new("WMO325", "485", "Declaratie-antwoord", Wmo325Schema.Ns, Wmo325Schema.Bericht, null);

    public static IReadOnlyList<BerichtSoort> Alle { get; } =
        [Wmo301, Wmo302, Wmo305, Wmo306, Wmo307, Wmo308, Wmo315, Wmo316, Wmo317, Wmo318, Wmo319, Wmo320, Wmo323, Wmo325];

    public static IEnumerable<BerichtSoort> Heenberichten => Alle.Where(s => !s.IsRetour);

    public static BerichtSoort? ByNamespace(string ns) => Alle.FirstOrDefault(s => s.Namespace == ns);
    public static BerichtSoort? ByCode(string code) => Alle.FirstOrDefault(s => s.BerichtCode == code);
    public static BerichtSoort? ByName(string naam) => Alle.FirstOrDefault(s => string.Equals(s.Naam, naam, StringComparison.OrdinalIgnoreCase));
}
