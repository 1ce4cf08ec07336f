using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Contracten;

/// <summary>A versioned contract profile. After <see cref="ProfielCatalogus"/> resolution it holds the inherited
/// rules, events and defaults of its base profile too.</summary>
public sealed record ContractProfiel
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
    public IReadOnlyList<GebeurtenisDefinitie> Gebeurtenissen { get; init; } = [];
    public IReadOnlyList<string> Uitschakelen { get; init; } = [];
    public IReadOnlyList<Product> Producten { get; init; } = [];
    public IReadOnlyList<Regel> Regels { get; init; } = [];
    public VogBeleid? Vog { get; init; }
    public KlachtenBeleid? Klachten { get; init; }
    public IReadOnlyList<MeldingBeleid> Meldingen { get; init; } = [];
    public DeclaratieBeleid? Declaratie { get; init; }
    public SocialReturnBeleid? SocialReturn { get; init; }
    public EvaluatieBeleid? Evaluatie { get; init; }
    public string Bestand { get; init; } = "";

    public string Sleutel => $"{Id}@{Versie}";

    public WerkdagDefinitie WerkdagOfStandaard => Werkdag ?? WerkdagDefinitie.AlgemeneTermijnenwet;

    public Regel? ZoekRegel(string id) => Regels.FirstOrDefault(r => r.Id == id);

    public bool KentGebeurtenis(string id) => Gebeurtenissen.Any(g => g.Id == id);

    public Product? ZoekProduct(string code) =>
        Producten.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}
