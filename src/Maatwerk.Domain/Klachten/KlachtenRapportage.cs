using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Klachten;

/// <summary>The complaints overview of a period, made from the register: the quarterly overview per gemeente (OCO-2.22b:
/// received, handling, preventive measures) and the annual report with its six items (DEV-Eis16-AR: how many; which; the
/// handling term of each; how each was handled; how it was communicated and followed up; the improvement measures), which
/// also gives the management report's complaints section (IB-48c).</summary>
public sealed record KlachtenRapportage(Periode Periode, IReadOnlyList<KlachtenRapportage.Groep> Groepen)
{
    /// <summary>One complaint in the report. <see cref="Doorlooptijd"/>: calendar days from receipt to settlement.</summary>
    public sealed record Item(Klacht Klacht, string? Client, int? Doorlooptijd, bool BinnenPeriodeOntvangen);

    /// <summary>The complaints of one gemeente (the client's; without a client, the contract's opdrachtgever).</summary>
    public sealed record Groep(string Gemeente, IReadOnlyList<Item> Items)
    {
        public int Ontvangen => Items.Count(i => i.BinnenPeriodeOntvangen);
        public int DirectOpgelost => Items.Count(i => i.BinnenPeriodeOntvangen && i.Klacht.DirectOpgelost);
        public int Afgehandeld => Items.Count(i => i.Doorlooptijd is not null);
        public int Openstaand => Items.Count(i => i.Doorlooptijd is null);
        public int Geescaleerd => Items.Count(i => i.Klacht.GeescaleerdOp is not null);
        public IEnumerable<string> Verbetermaatregelen => Items.Select(i => i.Klacht.Verbetermaatregel).OfType<string>().Distinct();
    }

    public int Ontvangen => Groepen.Sum(g => g.Ontvangen);

    /// <summary>Complaints received in the period, plus those received earlier that were still open at its start or settled in
    /// it (their handling belongs to this period's report). <paramref name="lokaleDag"/> turns a moment into the local day.</summary>
    public static KlachtenRapportage Create(Periode periode, IEnumerable<(Klacht Klacht, string Gemeente, string? Client)> klachten,
        Func<DateTimeOffset, DateOnly> lokaleDag)
    {
        var items = new List<(string Gemeente, Item Item)>();
        foreach (var (klacht, gemeente, client) in klachten)
        {
            var ontvangen = lokaleDag(klacht.Ontvangen);
            DateOnly? afgehandeld = klacht.AfgehandeldOp is { } a ? lokaleDag(a) : null;
            if (ontvangen > periode.Einde)
                continue;
            var binnen = ontvangen >= periode.Begin;
            if (!binnen && afgehandeld is { } af && af < periode.Begin)
                continue; // settled before this period: belongs to an earlier report
            int? doorlooptijd = afgehandeld is { } d && d <= periode.Einde ? d.DayNumber - ontvangen.DayNumber : null;
            items.Add((gemeente, new Item(klacht, client, doorlooptijd, binnen)));
        }
        var groepen = items.GroupBy(i => i.Gemeente).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Groep(g.Key, g.Select(i => i.Item).OrderBy(i => i.Klacht.Ontvangen).ToList())).ToList();
        return new KlachtenRapportage(periode, groepen);
    }
}
