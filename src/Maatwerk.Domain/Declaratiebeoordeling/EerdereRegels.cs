using System.Runtime.InteropServices;

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
    // The first debit per key, and the further ones (rare) apart: not a list per key for 200,000 keys (issue 12).
    private readonly Dictionary<Regelsleutel, string> _debetPerSleutel = [];
    private readonly Dictionary<Regelsleutel, List<string>> _verdereDebets = [];
    private readonly Dictionary<string, string> _gedeeld = new(StringComparer.Ordinal);

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

    /// <summary>Makes room for <paramref name="meer"/> more lines at once: the receipt of a 323 of 100,000 lines would
    /// otherwise grow every set on the way, each growth a new array on the large object heap (issue 12).</summary>
    public void EnsureCapacity(int meer)
    {
        _referenties.EnsureCapacity(Count + meer);
        _debets.EnsureCapacity(Count + meer);
        _debetPerSleutel.EnsureCapacity(_debetPerSleutel.Count + meer);
    }

    public void Add(EerderePrestatie e) => Add(e.ReferentieNummer, e.VorigReferentieNummer, e.ToewijzingNummer, e.ProductCategorie, e.ProductCode,
        e.Begindatum, e.Einddatum, e.GeleverdVolume, e.Bedrag, e.IsCredit, e.Beoordeling);

    /// <summary>The same as <see cref="Add(EerderePrestatie)"/> from the values themselves: the receipt adds every line it
    /// checks without a record per line.</summary>
    public void Add(string referentieNummer, string? vorigReferentieNummer, string toewijzingNummer, string productCategorie, string productCode,
        DateOnly begindatum, DateOnly einddatum, long geleverdVolume, long bedrag, bool isCredit, Beoordeling beoordeling)
    {
        Count++;
        _referenties.Add(referentieNummer);
        var geldig = beoordeling != Beoordeling.Afgewezen;
        if (!isCredit)
            _debets.TryAdd(referentieNummer, beoordeling);
        else if (geldig && vorigReferentieNummer is { } vorig)
            _gecrediteerd.Add(vorig);
        if (!geldig)
            return;
        ref var t = ref CollectionsMarshal.GetValueRefOrAddDefault(_totalen, toewijzingNummer, out _);
        t = isCredit
            ? t with { CreditVolume = t.CreditVolume + geleverdVolume }
            : t with { DebetVolume = t.DebetVolume + geleverdVolume, DebetBedrag = t.DebetBedrag + bedrag };
        if (!isCredit)
        {
            var sleutel = new Regelsleutel(toewijzingNummer, Gedeeld(productCategorie), Gedeeld(productCode), begindatum, einddatum);
            ref var eerste = ref CollectionsMarshal.GetValueRefOrAddDefault(_debetPerSleutel, sleutel, out var bestond);
            if (!bestond)
                eerste = referentieNummer;
            else
                (CollectionsMarshal.GetValueRefOrAddDefault(_verdereDebets, sleutel, out _) ??= []).Add(referentieNummer);
        }
    }

    /// <summary>One instance of each product category and code the keys hold (a few distinct values over 200,000 lines).</summary>
    private string Gedeeld(string tekst) => _gedeeld.TryGetValue(tekst, out var gedeeld) ? gedeeld : _gedeeld[tekst] = tekst;

    /// <summary>TR314: the reference was used before.</summary>
    public bool Contains(string referentieNummer) => _referenties.Contains(referentieNummer);

    /// <summary>TR322/TR369: the non-rejected totals of the toewijzing.</summary>
    public Totalen Of(string toewijzingNummer) => _totalen.GetValueOrDefault(toewijzingNummer);

    /// <summary>TR389/TR416: the first non-rejected debit with the same key that no (non-rejected) credit corrected.</summary>
    public string? UncreditedDebet(string toewijzing, string categorie, string code, DateOnly begin, DateOnly einde)
    {
        var sleutel = new Regelsleutel(toewijzing, categorie, code, begin, einde);
        if (!_debetPerSleutel.TryGetValue(sleutel, out var eerste))
            return null;
        if (!_gecrediteerd.Contains(eerste))
            return eerste;
        if (_verdereDebets.TryGetValue(sleutel, out var verdere))
            foreach (var r in verdere)
                if (!_gecrediteerd.Contains(r))
                    return r;
        return null;
    }

    /// <summary>TR323: the assessment of the debit line with this reference, or null when there is none.</summary>
    public Beoordeling? Debet(string? referentieNummer) =>
        referentieNummer is not null && _debets.TryGetValue(referentieNummer, out var b) ? b : null;

    /// <summary>TR390: a non-rejected credit of this line exists.</summary>
    public bool IsGecrediteerd(string? referentieNummer) => referentieNummer is not null && _gecrediteerd.Contains(referentieNummer);
}
