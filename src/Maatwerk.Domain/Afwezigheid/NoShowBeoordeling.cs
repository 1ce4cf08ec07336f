using System.Globalization;

namespace Maatwerk.Domain.Afwezigheid;

/// <summary>The count of no-shows in one threshold's rolling window, up to and including a no-show.</summary>
public sealed record DrempelTelling(Drempel Drempel, int Aantal)
{
    public bool Bereikt => Aantal >= Drempel.Aantal;
}

/// <summary>What the contract makes of one cancellation: no-show or not and why (the rule and its clause), the counts in the
/// rolling windows at it, and whether it may be declared as a no-show unit.</summary>
public sealed record AfmeldingOutcome(
    Afmelding Afmelding,
    bool IsNoShow,
    string Uitleg,
    string? Bron,
    IReadOnlyList<DrempelTelling> Tellingen,
    bool? Declarabel,
    string? DeclarabelUitleg)
{
    /// <summary>The events this cancellation calls for under the contract (about this afmelding).</summary>
    public IEnumerable<string> Gebeurtenissen => IsNoShow
        ? new[] { AfwezigheidGebeurtenis.NoShow }.Concat(Tellingen.Where(t => t.Bereikt).Select(t => t.Drempel.Gebeurtenis).Distinct())
        : [];
}

/// <summary>The no-show rules of a contract applied to cancellations. Pure: local days come from the caller.</summary>
public static class NoShowBeoordeling
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Is this cancellation a no-show, and by which rule (IB-21a/b, DEV-B2-NoShow)?</summary>
    /// <param name="dag">The local (Europe/Amsterdam) day of a moment.</param>
    public static (bool IsNoShow, string Uitleg, string? Bron) Classify(Afmelding a, NoShowRegels regels, Func<DateTimeOffset, DateOnly> dag)
    {
        if (regels.UrenVooraf is not { } uren)
            return (false, "Het contract kent geen no-show.", null);
        if (a.Door == AfgemeldDoor.Aanbieder)
            return (false, "Afgemeld door de aanbieder: geen no-show van de cliënt.", null);
        if (regels.Producten is { } producten && !producten.Waarde.Contains(a.Productcode ?? "", StringComparer.OrdinalIgnoreCase))
            return (false, $"Geen no-show: alleen bij {string.Join(", ", producten.Waarde)}, niet bij {a.Productcode ?? "dit product"}.", producten.Bron);
        var vooraf = a.AfgemeldOp is { } op ? a.GeplandOp - op : (TimeSpan?)null;
        if (vooraf is { } v && v >= TimeSpan.FromHours(uren.Waarde))
            return (false, $"Op tijd afgemeld: {Uren(v)} vooraf (minstens {uren.Waarde} uur).", uren.Bron);
        if (regels.Uitzonderingen is { } uitz && uitz.Waarde.Contains(a.Reden))
            return (false, $"Geen no-show: {Afmelding.Redenen[a.Reden].ToLowerInvariant()} is uitgezonderd.", uitz.Bron);
        if (regels.UitzonderingenGemeldOpDeDag is { } opDag && opDag.Waarde.Contains(a.Reden) && a.AfgemeldOp is { } gemeld && dag(gemeld) <= dag(a.GeplandOp))
            return (false, $"Geen no-show: {Afmelding.Redenen[a.Reden].ToLowerInvariant()}, uiterlijk op de dag zelf gemeld.", opDag.Bron);
        return (true, vooraf is { } te
            ? te > TimeSpan.Zero ? $"No-show: {Uren(te)} vooraf afgemeld (minder dan {uren.Waarde} uur)." : "No-show: pas na het begin van de afspraak afgemeld."
            : "No-show: niet verschenen en niet afgemeld.", uren.Bron);
    }

    /// <summary>All cancellations of one client under one contract (the counting scope), in order of the planned contact,
    /// with their outcome. A threshold is reached at a no-show when, counting it and the earlier no-shows whose day lies
    /// in the window of <see cref="Drempel.VensterDagen"/> calendar days ending on its day, there are at least
    /// <see cref="Drempel.Aantal"/> (IB-22b, IB-23: rolling windows, IB-A7). At most <see cref="NoShowRegels.MaxEenhedenPerMaand"/>
    /// no-shows per toewijzing per calendar month may be declared (DEV-Eis28-b, DEV-Art8.4, AMB-12).</summary>
    public static IReadOnlyList<AfmeldingOutcome> Evaluate(IEnumerable<Afmelding> afmeldingen, NoShowRegels regels, Func<DateTimeOffset, DateOnly> dag)
    {
        var geordend = afmeldingen.OrderBy(a => a.GeplandOp).ThenBy(a => a.Id).ToList();
        var noShowDagen = new List<DateOnly>();
        var perMaand = new Dictionary<(Guid, int, int), int>();
        var result = new List<AfmeldingOutcome>();
        foreach (var a in geordend)
        {
            var (isNoShow, uitleg, bron) = Classify(a, regels, dag);
            if (!isNoShow)
            {
                result.Add(new AfmeldingOutcome(a, false, uitleg, bron, [], null, null));
                continue;
            }
            var d = dag(a.GeplandOp);
            noShowDagen.Add(d);
            var tellingen = regels.Drempels.Select(t => new DrempelTelling(t, Count(noShowDagen, d, t.VensterDagen))).ToList();
            bool? declarabel = null;
            string? declarabelUitleg = null;
            if (regels.MaxEenhedenPerMaand is { } max)
            {
                var sleutel = (a.ToewijzingId, d.Year, d.Month);
                var eerder = perMaand.GetValueOrDefault(sleutel);
                perMaand[sleutel] = eerder + 1;
                declarabel = eerder < max.Waarde;
                var maand = d.ToString("MMMM yyyy", Nl);
                var eenheid = regels.EenheidMinuten is { } e ? $" ({e.Waarde} minuten, {e.Bron})" : "";
                declarabelUitleg = declarabel.Value
                    ? $"Declarabel als no-show-eenheid{eenheid} in {maand} ({max.Bron})."
                    : $"Niet declarabel: al {eerder} no-show-eenheid in {maand}; hoogstens {max.Waarde} per toewijzing per kalendermaand ({max.Bron}).";
            }
            result.Add(new AfmeldingOutcome(a, true, uitleg, bron, tellingen, declarabel, declarabelUitleg));
        }
        return result;
    }

    /// <summary>The number of no-show days in the window of <paramref name="vensterDagen"/> calendar days ending on <paramref name="eind"/>.</summary>
    public static int Count(IEnumerable<DateOnly> noShowDagen, DateOnly eind, int vensterDagen)
    {
        var begin = eind.AddDays(-(vensterDagen - 1));
        return noShowDagen.Count(d => d >= begin && d <= eind);
    }

    private static string Uren(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours} uur{(t.Minutes > 0 ? $" {t.Minutes} min" : "")}" : $"{Math.Max(0, t.Minutes)} min";
}
