namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>The events a melding's registrations stand for under the OCO profile, each about the melding (subject
/// <c>melding</c>), so the engine computes OCO-3.15, OCO-3.16a/b, OCO-3.17 and OCO-2.7 like every other obligation
/// (contracts/oco.yaml). Derived from the state, never typed in: the service makes the stored events equal to this list
/// after each change, so a corrected moment moves its deadline and nothing is registered twice.</summary>
public static class MeldingGebeurtenissen
{
    public const string Melding = "melding";
    public const string Contact = "contact-client";
    public const string TriageSpoed = "triage-spoed";
    public const string AfspraakIngepland = "afspraak-ingepland";
    public const string EersteAfspraak = "eerste-afspraak";
    public const string Onhaalbaar = "eerste-afspraak-onhaalbaar";
    public const string VervangendAanbod = "vervangend-aanbod";
    public const string HulpVerkregen = "hulp-verkregen";
    public const string Levering = "levering";

    public sealed record Desired(string Soort, DateTimeOffset Moment, bool Spoed = false);

    /// <param name="startVanDag">The start of a day in Europe/Amsterdam, as UTC (for the day-based help-obtained date).</param>
    public static IReadOnlyList<Desired> For(Melding melding, IEnumerable<Contactmoment> contacten, IEnumerable<Afspraak> afspraken,
        Func<DateOnly, DateTimeOffset> startVanDag)
    {
        var lijst = new List<Desired> { new(Melding, melding.OntvangenOp) };                          // OCO-3.15, OCO-2.7
        if (melding.Spoed && melding.TriageOp is { } triage)
            lijst.Add(new(TriageSpoed, triage, Spoed: true));                                           // OCO-3.16b
        if (contacten.OrderBy(c => c.Moment).FirstOrDefault() is { } eerste)
        {
            lijst.Add(new(Contact, eerste.Moment));                                                     // meets 3.15, starts 3.16a
            lijst.Add(new(Levering, eerste.Moment));                                                    // starts OCO-6.1c
        }
        var alle = afspraken.ToList();
        if (alle.OrderBy(a => a.GeregistreerdOp).FirstOrDefault() is { } ingepland)
            lijst.Add(new(AfspraakIngepland, ingepland.GeregistreerdOp));                              // meets 3.16b
        if (alle.Where(a => a.Status == AfspraakStatus.Gehouden).OrderBy(a => a.GeplandOp).FirstOrDefault() is { } gehouden)
            lijst.Add(new(EersteAfspraak, gehouden.GeplandOp));                                         // meets 3.16a
        if (melding.OnhaalbaarOp is { } onhaalbaar)
            lijst.Add(new(Onhaalbaar, onhaalbaar));                                                     // OCO-3.17
        if (melding.VervangendAanbodOp is { } aanbod)
            lijst.Add(new(VervangendAanbod, aanbod));                                                   // meets 3.17
        if (melding.HulpVerkregenOp is { } hulp)
            lijst.Add(new(HulpVerkregen, Max(startVanDag(hulp), melding.OntvangenOp)));                    // meets 2.7
        return lijst;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
