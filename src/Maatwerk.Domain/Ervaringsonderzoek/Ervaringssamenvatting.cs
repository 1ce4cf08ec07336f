namespace Maatwerk.Domain.Ervaringsonderzoek;

/// <summary>The results of one aanbieder in one year for the contract meeting (IB-47c): counts per channel, the share of
/// satisfied clients and the remarks — never a name, a postcode or a client id.</summary>
public sealed record Ervaringssamenvatting(string Aanbieder, int Jaar, int Aantal, int Digitaal, int Papier, int Tevreden, int Ontevreden,
    decimal? PercentageTevreden, IReadOnlyList<string> GoedEnBeter, IReadOnlyList<string> Opmerkingen, IReadOnlyList<string> Toelichtingen)
{
    public static Ervaringssamenvatting Create(string aanbieder, int jaar, IEnumerable<Clientervaring> reacties)
    {
        var inJaar = reacties.Where(r => r.Datum.Year == jaar).OrderBy(r => r.Datum).ToList();
        var tevreden = inJaar.Count(r => r.Tevreden == true);
        return new Ervaringssamenvatting(aanbieder, jaar, inJaar.Count,
            inJaar.Count(r => r.Kanaal == ErvaringKanaal.Digitaal), inJaar.Count(r => r.Kanaal == ErvaringKanaal.Papier),
            tevreden, inJaar.Count(r => r.Tevreden == false),
            inJaar.Count == 0 ? null : Math.Round(100m * tevreden / inJaar.Count, 1),
            Teksten(inJaar, r => r.GoedEnBeter), Teksten(inJaar, r => r.Opmerkingen), Teksten(inJaar, r => r.TevredenToelichting));
    }

    private static List<string> Teksten(IEnumerable<Clientervaring> reacties, Func<Clientervaring, string?> veld) =>
        reacties.Select(veld).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();

    /// <summary>Whether a client received care in calendar year <paramref name="jaar"/> (IB-A16): care started on or before
    /// 31 December of t and did not end before 1 January of t.</summary>
    public static bool InZorg(DateOnly? start, DateOnly? einde, int jaar) =>
        start is { } s && s <= new DateOnly(jaar, 12, 31) && (einde is not { } e || e >= new DateOnly(jaar, 1, 1));

    /// <summary>IB-47a (reading IB-A16): the clients who received care in year t and have no response dated in t.</summary>
    public static IReadOnlyList<Guid> ClientenZonderReactie(int jaar, IEnumerable<(Guid ClientId, DateOnly? Start, DateOnly? Einde)> zorg,
        IEnumerable<Clientervaring> reacties)
    {
        var met = reacties.Where(r => r.Datum.Year == jaar).Select(r => r.ClientId).ToHashSet();
        return zorg.Where(z => InZorg(z.Start, z.Einde, jaar)).Select(z => z.ClientId).Distinct().Where(c => !met.Contains(c)).ToList();
    }
}
