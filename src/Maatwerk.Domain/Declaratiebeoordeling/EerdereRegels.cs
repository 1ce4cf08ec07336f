namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The aanbieder's earlier lines (earlier messages, and earlier in the same message) as the checks ask about
/// them, indexed once so that each line of a 323 costs a few hash look-ups instead of a scan of every earlier line:
/// TR314 (reference seen), TR322/TR369 (running totals per toewijzing), TR389/TR416 (uncredited debits per line key),
/// TR323 (the debit a credit refers to) and TR390 (credited once). Rejected lines do not count, as before.</summary>
public sealed class EerdereRegels
{
    private readonly HashSet<string> _referenties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Beoordeling> _debets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _gecrediteerd = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Totalen> _totalen = new(StringComparer.Ordinal);
    private readonly Dictionary<Regelsleutel, List<string>> _debetPerSleutel = [];

    /// <summary>Volume and amount of the non-rejected lines of one toewijzing (credits apart).</summary>
    public readonly record struct Totalen(long DebetVolume, long CreditVolume, long DebetBedrag);

    /// <summary>TR389/TR416: one debit per toewijzing, category, code and period.</summary>
    private readonly record struct Regelsleutel(string Toewijzing, string Categorie, string Code, DateOnly Begin, DateOnly Einde);

    public EerdereRegels(IEnumerable<EerderePrestatie>? eerder = null)
    {
        foreach (var e in eerder ?? [])
            Add(e);
    }

    public int Count { get; private set; }

    public void Add(EerderePrestatie e)
    {
        Count++;
        _referenties.Add(e.ReferentieNummer);
        var geldig = e.Beoordeling != Beoordeling.Afgewezen;
        if (!e.IsCredit)
            _debets.TryAdd(e.ReferentieNummer, e.Beoordeling);
        else if (geldig && e.VorigReferentieNummer is { } vorig)
            _gecrediteerd.Add(vorig);
        if (!geldig)
            return;
        var t = _totalen.GetValueOrDefault(e.ToewijzingNummer);
        _totalen[e.ToewijzingNummer] = e.IsCredit
            ? t with { CreditVolume = t.CreditVolume + e.GeleverdVolume }
            : t with { DebetVolume = t.DebetVolume + e.GeleverdVolume, DebetBedrag = t.DebetBedrag + e.Bedrag };
        if (!e.IsCredit)
        {
            var sleutel = new Regelsleutel(e.ToewijzingNummer, e.ProductCategorie, e.ProductCode, e.Begindatum, e.Einddatum);
            if (!_debetPerSleutel.TryGetValue(sleutel, out var refs))
                _debetPerSleutel[sleutel] = refs = new List<string>(1);
            refs.Add(e.ReferentieNummer);
        }
    }

    /// <summary>TR314: the reference was used before.</summary>
    public bool Contains(string referentieNummer) => _referenties.Contains(referentieNummer);

    /// <summary>TR322/TR369: the non-rejected totals of the toewijzing.</summary>
    public Totalen Of(string toewijzingNummer) => _totalen.GetValueOrDefault(toewijzingNummer);

    /// <summary>TR389/TR416: the first non-rejected debit with the same key that no (non-rejected) credit corrected.</summary>
    public string? UncreditedDebet(string toewijzing, string categorie, string code, DateOnly begin, DateOnly einde) =>
        _debetPerSleutel.TryGetValue(new Regelsleutel(toewijzing, categorie, code, begin, einde), out var refs)
            ? refs.FirstOrDefault(r => !_gecrediteerd.Contains(r))
            : null;

    /// <summary>TR323: the assessment of the debit line with this reference, or null when there is none.</summary>
    public Beoordeling? Debet(string? referentieNummer) =>
        referentieNummer is not null && _debets.TryGetValue(referentieNummer, out var b) ? b : null;

    /// <summary>TR390: a non-rejected credit of this line exists.</summary>
    public bool IsGecrediteerd(string? referentieNummer) => referentieNummer is not null && _gecrediteerd.Contains(referentieNummer);
}
