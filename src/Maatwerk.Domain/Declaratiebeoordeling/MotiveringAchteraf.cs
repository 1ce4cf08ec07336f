using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>DEV-Art8.8b "telkens met motivering" for a 323 from the aanbieder's own system: such a message carries no
/// motivation, so its lines for a closed year within the correction window went to "handmatig" at receipt. The aanbieder
/// adds the motivation afterwards, once, while the gemeente still assesses the declaration; the DEV-Art8.8b check of those
/// lines is then run again with it (<see cref="ContractChecks.ClosedYear"/>) — unless the beoordelaar already decided the line.</summary>
public static class MotiveringAchteraf
{
    public const int MaxLengte = 1000;

    public static IReadOnlyList<ValidationError> Validate(OntvangenDeclaratie d, string? motivering)
    {
        var v = new Validator();
        v.Check("Motivering", !string.IsNullOrWhiteSpace(motivering), "Vul de motivering in: waarom deze correctie op een afgesloten boekjaar (DEV-Art8.8b, 'telkens met motivering').");
        v.Check("Motivering", motivering is null || motivering.Trim().Length <= MaxLengte, $"De motivering is hoogstens {MaxLengte} tekens.");
        v.Check("Motivering", d.Status == DeclaratieStatus.InBeoordeling,
            $"De gemeente heeft declaratie {d.DeclaratieNummer} al beantwoord (WMO325); een motivering kan alleen zolang zij haar beoordeelt.");
        v.Check("Motivering", d.Motivering is null, $"Declaratie {d.DeclaratieNummer} heeft al een motivering: {d.Motivering}");
        return v.Errors;
    }

    /// <summary>Stores the motivation on the declaration and re-runs DEV-Art8.8b for each open line that waited for it; the
    /// lines changed.</summary>
    /// <param name="ontvangen">The day the gemeente received the declaration (the check's reference day, as at receipt).</param>
    public static IReadOnlyList<OntvangenPrestatie> Apply(OntvangenDeclaratie d, IEnumerable<OntvangenPrestatie> regels, Contractcontroles controles,
        DateOnly ontvangen, string motivering)
    {
        d.Motivering = motivering.Trim();
        var gewijzigd = new List<OntvangenPrestatie>();
        if (controles.LaatsteCorrectie is not { } laatste)
            return gewijzigd;
        var context = new Berichtcontext(d.PeriodeBegin, null, ontvangen, Motivering: d.Motivering);
        foreach (var regel in regels.Where(r => r.Beoordeling == Beoordeling.Open))
        {
            var checks = regel.ReadChecks().ToList();
            var i = checks.FindIndex(c => c.Regel == laatste.Bron && c.Outcome == CheckOutcome.ManualReview && c.Melding.Contains(ContractChecks.ZonderMotivering, StringComparison.Ordinal));
            if (i < 0 || controles.CorrectieDeadline(regel.Begindatum.Year) is not { } deadline)
                continue;
            checks[i] = ContractChecks.ClosedYear(regel.Begindatum.Year, context, deadline, laatste.Bron);
            regel.Checks = PrestatieCheck.Write(checks);
            gewijzigd.Add(regel);
        }
        return gewijzigd;
    }
}
