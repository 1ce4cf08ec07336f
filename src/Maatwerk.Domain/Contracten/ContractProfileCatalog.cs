namespace Maatwerk.Domain.Contracten;

/// <summary>All loaded profile versions, resolved against their base profile (rules, events, working day and
/// policies inherited; a rule with the same id overrides the base rule; 'uitschakelen' drops base rules).</summary>
public sealed class ContractProfileCatalog
{
    private readonly Dictionary<string, ContractProfile> _opgelost = new(StringComparer.Ordinal);

    private ContractProfileCatalog() { }

    public IReadOnlyList<ContractProfile> Profielen =>
        _opgelost.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Versie).ToList();

    /// <summary>Latest version of each profile id.</summary>
    public IReadOnlyList<ContractProfile> Actueel =>
        Profielen.GroupBy(p => p.Id).Select(g => g.MaxBy(p => p.Versie)!).ToList();

    public ContractProfile? Find(string id, int? versie = null) =>
        versie is { } v ? _opgelost.GetValueOrDefault($"{id}@{v}")
            : _opgelost.Values.Where(p => p.Id == id).MaxBy(p => p.Versie);

    /// <summary>The profile a contract points at; a contract whose profile is not loaded is a configuration error.</summary>
    public ContractProfile Require(Contract contract) => Find(contract.ProfielId, contract.ProfielVersie)
        ?? throw new InvalidOperationException($"Contractprofiel {contract.ProfielId}@{contract.ProfielVersie} van contract '{contract.Naam}' is niet geladen.");

    /// <summary>Resolves and validates parsed profiles. Problems (missing base, unknown event or product,
    /// duplicate version) are returned with the file and line they come from.</summary>
    public static (ContractProfileCatalog Catalogus, IReadOnlyList<ContractProfileError> Fouten) Build(IEnumerable<ContractProfile> profielen)
    {
        var fouten = new List<ContractProfileError>();
        var ruw = new Dictionary<string, ContractProfile>(StringComparer.Ordinal);
        foreach (var p in profielen)
        {
            if (!ruw.TryAdd(p.Sleutel, p))
                fouten.Add(new(p.Bestand, 1, 1, $"profiel '{p.Id}' versie {p.Versie} bestaat al in {ruw[p.Sleutel].Bestand}."));
        }
        var catalogus = new ContractProfileCatalog();
        foreach (var p in ruw.Values)
        {
            var opgelost = Resolve(p, ruw, fouten, []);
            if (opgelost is null) continue;
            var eigen = Validate(opgelost);
            fouten.AddRange(eigen);
            if (eigen.Count == 0) catalogus._opgelost[p.Sleutel] = opgelost;
        }
        return (catalogus, fouten);
    }

    public static ContractProfileCatalog BuildOrFail(IEnumerable<ContractProfile> profielen)
    {
        var (catalogus, fouten) = Build(profielen);
        return fouten.Count == 0 ? catalogus : throw new ContractProfileInvalidException(fouten);
    }

    private static ContractProfile? Resolve(ContractProfile p, Dictionary<string, ContractProfile> ruw, List<ContractProfileError> fouten, HashSet<string> bezig)
    {
        if (p.Basis is null) return p;
        if (!bezig.Add(p.Sleutel))
        {
            fouten.Add(new(p.Bestand, 1, 1, $"profiel '{p.Id}' erft (via '{p.Basis}') van zichzelf."));
            return null;
        }
        var basisRuw = p.BasisVersie is { } v ? ruw.GetValueOrDefault($"{p.Basis}@{v}")
            : ruw.Values.Where(b => b.Id == p.Basis).MaxBy(b => b.Versie);
        if (basisRuw is null)
        {
            fouten.Add(new(p.Bestand, 1, 1, $"basisprofiel '{p.Basis}{(p.BasisVersie is { } bv ? $"@{bv}" : "")}' van '{p.Id}' is niet gevonden."));
            return null;
        }
        var basis = Resolve(basisRuw, ruw, fouten, bezig);
        if (basis is null) return null;

        foreach (var id in p.Uitschakelen.Where(id => basis.FindRegel(id) is null))
            fouten.Add(new(p.Bestand, 1, 1, $"'uitschakelen' noemt regel '{id}', maar basisprofiel '{basis.Id}' kent die regel niet."));
        var eigenIds = p.Regels.Select(r => r.Id).ToHashSet();
        var regels = basis.Regels.Where(r => !eigenIds.Contains(r.Id) && !p.Uitschakelen.Contains(r.Id)).Concat(p.Regels).ToList();
        var eigenEvents = p.Gebeurtenissen.Select(g => g.Id).ToHashSet();
        var eigenProducten = p.Producten.Select(x => x.Code).ToHashSet();
        return p with
        {
            BasisVersie = basis.Versie,
            Werkdag = p.Werkdag ?? basis.Werkdag,
            Gebeurtenissen = basis.Gebeurtenissen.Where(g => !eigenEvents.Contains(g.Id)).Concat(p.Gebeurtenissen).ToList(),
            Producten = basis.Producten.Where(x => !eigenProducten.Contains(x.Code)).Concat(p.Producten).ToList(),
            Regels = regels,
            Negeren = basis.Negeren.Union(p.Negeren).ToList(),
            Vog = p.Vog ?? basis.Vog,
            Kwalificaties = p.Kwalificaties.Count > 0 ? p.Kwalificaties : basis.Kwalificaties,
            Klachten = p.Klachten ?? basis.Klachten,
            Meldingen = p.Meldingen.Count > 0 ? p.Meldingen : basis.Meldingen,
            Declaratie = p.Declaratie ?? basis.Declaratie,
            SocialReturn = p.SocialReturn ?? basis.SocialReturn,
            Evaluatie = p.Evaluatie ?? basis.Evaluatie,
        };
    }

    private static List<ContractProfileError> Validate(ContractProfile p)
    {
        var fouten = new List<ContractProfileError>();
        foreach (var r in p.Regels)
        {
            var bestand = r.Positie?.Bestand ?? p.Bestand;
            var lijn = r.Positie?.Lijn ?? 1;
            foreach (var e in r.Gebeurtenissen.Concat(r.VoldaanDoor).Concat(r.Gevolg is { } g ? [g] : []).Where(e => !p.KnowsGebeurtenis(e)))
                fouten.Add(new(bestand, lijn, 1, $"regel '{r.Id}' ({r.Bron}) noemt onbekende gebeurtenis '{e}'; voeg die toe onder 'gebeurtenissen'."));
            foreach (var code in r.Voorwaarde.Producten.Where(c => p.FindProduct(c) is null))
                fouten.Add(new(bestand, lijn, 1, $"regel '{r.Id}' ({r.Bron}) noemt onbekend product '{code}'."));
            foreach (var perceel in r.Voorwaarde.Percelen.Where(c => p.Percelen.All(x => x.Code != c)))
                fouten.Add(new(bestand, lijn, 1, $"regel '{r.Id}' ({r.Bron}) noemt onbekend perceel '{perceel}'."));
        }
        if (p.Evaluatie?.Verslag is { } verslag && !p.KnowsGebeurtenis(verslag.Gebeurtenis))
            fouten.Add(new(p.Bestand, 1, 1, $"evaluatie.verslag ({verslag.Bron}) noemt onbekende gebeurtenis '{verslag.Gebeurtenis}'; voeg die toe onder 'gebeurtenissen'."));
        return fouten;
    }
}
