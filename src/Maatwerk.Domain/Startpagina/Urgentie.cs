namespace Maatwerk.Domain.Startpagina;

/// <summary>The order of a work queue (issue 13): overdue first (longest overdue first), then by deadline (nearest
/// first, an hour-based deadline by its moment), then items without a deadline, longest waiting first; ties by title so
/// the order is stable.</summary>
public static class Urgentie
{
    public static IReadOnlyList<Werkitem> Orden(IEnumerable<Werkitem> items) => items
        .OrderBy(i => i.TeLaat ? 0 : i.Deadline is null ? 2 : 1)
        .ThenBy(i => i.Deadline ?? DateOnly.MaxValue)
        .ThenBy(i => i.DeadlineMoment ?? DateTimeOffset.MaxValue)
        .ThenBy(i => i.Sinds ?? DateOnly.MaxValue)
        .ThenBy(i => i.Titel, StringComparer.Ordinal)
        .ThenBy(i => i.Link, StringComparer.Ordinal)
        .ToList();

    /// <summary>A queue from all its items: counts over all, the first <paramref name="max"/> shown in urgency order.</summary>
    public static Werkbak Bak(string sleutel, string titel, IEnumerable<Werkitem> items, int max, string leegTekst, string? lijstLink = null, int volgorde = 0)
    {
        var geordend = Orden(items);
        return new Werkbak
        {
            Sleutel = sleutel, Titel = titel, Items = geordend.Take(max).ToList(), Aantal = geordend.Count, TeLaat = geordend.Count(i => i.TeLaat),
            LijstLink = lijstLink, LeegTekst = leegTekst, Volgorde = volgorde,
        };
    }
}
