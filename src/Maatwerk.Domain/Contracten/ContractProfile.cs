using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Contracten;

/// <summary>A versioned contract profile. After <see cref="ContractProfileCatalog"/> resolution it holds the inherited
/// rules, events and defaults of its base profile too.</summary>
public sealed record ContractProfile
{
    public required string Id { get; init; }
    public required int Versie { get; init; }
    public required string Naam { get; init; }
    public string? Basis { get; init; }
    public int? BasisVersie { get; init; }
    public string? Bron { get; init; }
    public DateOnly? GeldigVanaf { get; init; }
    public DateOnly? GeldigTot { get; init; }
    public WerkdagDefinitie? Werkdag { get; init; }
    public IReadOnlyList<Perceel> Percelen { get; init; } = [];
    public IReadOnlyList<GebeurtenisDefinition> Gebeurtenissen { get; init; } = [];
    public IReadOnlyList<string> Uitschakelen { get; init; } = [];
    /// <summary>Events the platform registers that this contract does not track (profile: negeren): they are not stored.</summary>
    public IReadOnlyList<string> Negeren { get; init; } = [];
    public IReadOnlyList<Product> Producten { get; init; } = [];
    public IReadOnlyList<Regel> Regels { get; init; } = [];
    public VogBeleid? Vog { get; init; }
    public IReadOnlyList<KwalificatieEis> Kwalificaties { get; init; } = [];
    public KlachtenBeleid? Klachten { get; init; }
    public IReadOnlyList<MeldingBeleid> Meldingen { get; init; } = [];
    public DeclaratieBeleid? Declaratie { get; init; }
    public SocialReturnBeleid? SocialReturn { get; init; }
    public EvaluatieBeleid? Evaluatie { get; init; }
    public string Bestand { get; init; } = "";
    /// <summary>The line of each top-level field in the file (e.g. "gebeurtenissen" → 17), for messages that point there.</summary>
    public IReadOnlyDictionary<string, int> Regelnummers { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of a top-level field, else of the first of the fallbacks present, else 1.</summary>
    public int LineNumber(params string[] velden) => velden.Select(v => Regelnummers.GetValueOrDefault(v)).FirstOrDefault(n => n > 0, 1);

    public string Sleutel => $"{Id}@{Versie}";

    public WerkdagDefinitie WerkdagOfStandaard => Werkdag ?? WerkdagDefinitie.AlgemeneTermijnenwet;

    public Regel? FindRegel(string id) => Regels.FirstOrDefault(r => r.Id == id);

    public bool KnowsGebeurtenis(string id) => Gebeurtenissen.Any(g => g.Id == id);

    public bool Ignores(string id) => Negeren.Contains(id);

    public Product? FindProduct(string code) =>
        Producten.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}
