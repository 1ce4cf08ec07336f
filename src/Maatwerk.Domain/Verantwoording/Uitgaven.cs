namespace Maatwerk.Domain.Verantwoording;

/// <summary>The gemeente's spending overview (issue 12): per month and per aanbieder or product, what was committed by
/// toewijzingen (omvang × contract tariff, the budget where a tariff is known), declared, approved and paid. Amounts in
/// eurocents, credits negative; a line counts in the month its ProductPeriode begins.</summary>
public static class Uitgaven
{
    /// <summary>One received WMO323 line: the amounts it adds to declared, approved and paid (0 where it is not).</summary>
    public sealed record Regel(Guid AanbiederId, string ProductCode, DateOnly Maand, long Ingediend, long Goedgekeurd, long Betaald);

    /// <summary>What a toewijzing commits in one month: <paramref name="Bedrag"/> by omvang × tariff, or <paramref name="Budget"/>
    /// when it was allocated as a budget (the 301's Budget, TR369) instead of an omvang.</summary>
    public sealed record Toegewezen(Guid AanbiederId, string ProductCode, DateOnly Maand, long Bedrag, long Budget = 0);

    /// <param name="Budget">The share of budget toewijzingen (TR369) in this month, shown beside the committed amount.</param>
    public sealed record Rij(DateOnly Maand, string Sleutel, long Toegewezen, long Ingediend, long Goedgekeurd, long Betaald, long Budget = 0)
    {
        /// <summary>Committed minus approved; only meaningful when something is committed (a budget is known).</summary>
        public long Ruimte => Toegewezen - Goedgekeurd;
        public bool BovenBudget => Toegewezen > 0 && Goedgekeurd > Toegewezen;
    }

    public static IReadOnlyList<Rij> Group(IEnumerable<Regel> regels, IEnumerable<Toegewezen> toegewezen, Func<Guid, string, string> sleutel)
    {
        var lijst = regels.Select(r => (r.Maand, Sleutel: sleutel(r.AanbiederId, r.ProductCode), T: 0L, r.Ingediend, r.Goedgekeurd, r.Betaald, B: 0L))
            .Concat(toegewezen.Select(t => (t.Maand, Sleutel: sleutel(t.AanbiederId, t.ProductCode), T: t.Bedrag, Ingediend: 0L, Goedgekeurd: 0L, Betaald: 0L, B: t.Budget)));
        return lijst.GroupBy(x => (x.Maand, x.Sleutel))
            .Select(g => new Rij(g.Key.Maand, g.Key.Sleutel, g.Sum(x => x.T), g.Sum(x => x.Ingediend), g.Sum(x => x.Goedgekeurd), g.Sum(x => x.Betaald), g.Sum(x => x.B)))
            .OrderBy(r => r.Maand).ThenBy(r => r.Sleutel, StringComparer.Ordinal).ToList();
    }

    /// <summary>The volume a toewijzing commits in each month of <paramref name="jaar"/> (frequency per WJ757: 1 per dag,
    /// 2 per week, 4 per maand, 5 per jaar, 6 totaal binnen de geldigheidsduur), pro rata the days of the month it runs.
    /// Without an end date a total (6) cannot be spread and commits nothing.</summary>
    public static IEnumerable<(DateOnly Maand, decimal Volume)> Spread(DateOnly begin, DateOnly? einde, int volume, string? frequentie, int jaar)
    {
        for (var maand = new DateOnly(jaar, 1, 1); maand.Year == jaar; maand = maand.AddMonths(1))
        {
            var laatste = maand.AddMonths(1).AddDays(-1);
            var van = begin > maand ? begin : maand;
            var tot = einde is { } e && e < laatste ? e : laatste;
            if (tot < van)
                continue;
            decimal dagen = tot.DayNumber - van.DayNumber + 1;
            decimal? perMaand = frequentie switch
            {
                "1" => volume * dagen,
                "2" => volume * dagen / 7m,
                "4" => volume * dagen / laatste.Day,
                "5" => volume * dagen / (DateTime.IsLeapYear(jaar) ? 366m : 365m),
                "6" or null when einde is { } eind => volume * dagen / (eind.DayNumber - begin.DayNumber + 1),
                _ => null,
            };
            if (perMaand is { } v && v > 0)
                yield return (maand, v);
        }
    }

    /// <summary>A budget toewijzing's budget (eurocents, TR369) over the months of <paramref name="jaar"/>, pro rata the days between
    /// its begin and end date (a budget always has an Einddatum, CD075); the months' shares are rounded to whole cents.</summary>
    public static IEnumerable<(DateOnly Maand, long Centen)> SpreadBudget(DateOnly begin, DateOnly einde, long budgetCenten, int jaar) =>
        Spread(begin, einde, checked((int)budgetCenten), "6", jaar).Select(m => (m.Maand, (long)Math.Round(m.Volume, MidpointRounding.AwayFromZero)));

    /// <summary>Cents for a volume at a tariff in euros: minutes (01) against an hourly tariff (IV081), else units × tariff.</summary>
    public static long Bedrag(decimal volume, string? eenheid, decimal tarief) =>
        (long)Math.Round((eenheid == "01" ? volume / 60m : volume) * tarief * 100m, MidpointRounding.AwayFromZero);
}
