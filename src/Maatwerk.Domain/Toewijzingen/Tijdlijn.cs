namespace Maatwerk.Domain.Toewijzingen;

/// <summary>One line of a timeline: a registered event (or a planned one) of a client or toewijzing.</summary>
/// <param name="Tijd">The time of day, only when it is really known (see <see cref="Tijdlijn.EchteTijd"/>).</param>
/// <param name="Betreft">The toewijzing it belongs to, on a client's timeline across toewijzingen.</param>
public sealed record TijdlijnRegel(DateOnly Datum, TimeOnly? Tijd, string Tekst, string? Toelichting = null, string? Door = null,
    string? Betreft = null, Guid? ToewijzingId = null);

/// <summary>A timeline split into what happened (newest first) and what is planned (nearest first).</summary>
public sealed record TijdlijnStand(IReadOnlyList<TijdlijnRegel> Gebeurd, IReadOnlyList<TijdlijnRegel> Gepland);

/// <summary>How a timeline reads (issue 13): real moments only, planned items apart from what happened, and wording that
/// fits the viewer.</summary>
public static class Tijdlijn
{
    /// <summary>The time of day of an event, or none when only its date is known: the event says so itself
    /// (<c>ContractGebeurtenis.AlleenDatum</c>); the time it is stored at (09:00 or 00:00) is a stand-in.</summary>
    public static TimeOnly? EchteTijd(DateTime lokaal, bool alleenDatum) => alleenDatum ? null : TimeOnly.FromDateTime(lokaal);

    /// <summary>Event names as the profiles word them from the aanbieder's side; the gemeente that sent the toewijzing
    /// reads what it did itself.</summary>
    public static readonly IReadOnlyDictionary<string, string> GemeenteWoorden = new Dictionary<string, string>
    {
        ["toewijzing"] = "Toewijzing verzonden aan de aanbieder (WMO301)",
        ["retour-ontvangen"] = "Retourbericht op de declaratie verzonden aan de aanbieder",
    };

    public static string Naam(string soort, string profielNaam, bool gemeenteKijkt) =>
        gemeenteKijkt && GemeenteWoorden.TryGetValue(soort, out var woord) ? woord : profielNaam;

    /// <summary>Splits the lines at <paramref name="nu"/> (local): what lies in the future, or is planned by nature (the
    /// end date of an indication, <paramref name="gepland"/>), is planned; the rest happened.</summary>
    public static TijdlijnStand Splits(IEnumerable<(DateTime Lokaal, TijdlijnRegel Regel, bool GeplandVanAard)> regels, DateTime nu)
    {
        var lijst = regels.ToList();
        var gepland = lijst.Where(r => r.Lokaal > nu || (r.GeplandVanAard && r.Regel.Datum > DateOnly.FromDateTime(nu)))
            .OrderBy(r => r.Lokaal).Select(r => r.Regel).ToList();
        var gebeurd = lijst.Where(r => !gepland.Contains(r.Regel)).OrderByDescending(r => r.Lokaal).Select(r => r.Regel).ToList();
        return new TijdlijnStand(gebeurd, gepland);
    }
}
