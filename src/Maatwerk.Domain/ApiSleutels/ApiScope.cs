namespace Maatwerk.Domain.ApiSleutels;

/// <summary>The scopes an API key can be given: per area of the API, reading (GET) or writing (every other method).
/// An area is one or more path prefixes under /api. Users, keys and the audit trail are no area: no key reaches them.</summary>
public sealed record ApiScope(string Naam, string Omschrijving)
{
    public const string Lezen = "lezen";
    public const string Schrijven = "schrijven";

    private static readonly (string Gebied, string Label, string[] Paden)[] Gebieden =
    [
        ("berichten", "iWmo-berichten", ["/api/iwmo"]),
        ("clienten", "cliënten en beschikkingen", ["/api/clienten", "/api/beschikkingen", "/api/wlz-controle"]),
        ("toewijzingen", "toewijzingen en zorgstappen", ["/api/toewijzingen"]),
        ("verzoeken", "verzoeken om toewijzing of wijziging", ["/api/verzoeken"]),
        ("verplichtingen", "verplichtingen en gebeurtenissen", ["/api/verplichtingen", "/api/gebeurtenissen"]),
        ("tijd", "tijdregistratie en registratielijsten", ["/api/tijd"]),
        ("declaraties", "tarieven, declaraties, uitgaven en verantwoording", ["/api/tarieven", "/api/declaraties", "/api/declaratiebeoordeling", "/api/uitgaven", "/api/verantwoording"]),
        ("afwezigheid", "afwezigheid en no-show", ["/api/afwezigheid"]),
        ("klachten", "klachten", ["/api/klachten"]),
        ("incidenten", "incidenten, calamiteiten en datalekken", ["/api/incidenten"]),
        ("clientondersteuning", "onafhankelijke cliëntondersteuning", ["/api/clientondersteuning", "/api/oco-rapportages"]),
        ("contracten", "contracten en organisaties", ["/api/contracten", "/api/organisaties"]),
    ];

    public static IReadOnlyList<ApiScope> All { get; } = Gebieden
        .SelectMany(g => new[] { new ApiScope($"{g.Gebied}:{Lezen}", $"{g.Label} lezen"), new ApiScope($"{g.Gebied}:{Schrijven}", $"{g.Label} vastleggen") })
        .ToList();

    public static bool IsKnown(string naam) => All.Any(s => s.Naam == naam);

    /// <summary>The scope a request needs, or null when no key may make it (a page, /api/gebruikers, /api/audit …).</summary>
    public static string? Required(string path, string method)
    {
        foreach (var (gebied, _, paden) in Gebieden)
        {
            if (paden.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase)))
                return $"{gebied}:{(IsRead(method) ? Lezen : Schrijven)}";
        }
        return null;
    }

    private static bool IsRead(string method) => method is "GET" or "HEAD";
}
