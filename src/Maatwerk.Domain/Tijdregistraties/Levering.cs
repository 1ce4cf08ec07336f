using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tijdregistraties;

/// <summary>When care under a toewijzing could be delivered: within its period (Ingangsdatum–Einddatum), from the start
/// (WMO305) to the stop (WMO307), not during a temporary stop (307 reden 20 until the next 305).</summary>
public sealed record Levering(
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    bool Afgewezen,
    DateOnly? Start,
    DateOnly? Stop,
    bool StopIsTijdelijk,
    IReadOnlyList<Pauze> EerderePauzes)
{
    /// <param name="pauzes">Earlier temporary stops that ended with a resumption (from the timeline).</param>
    public static Levering Van(Toewijzing t, IReadOnlyList<Pauze>? pauzes = null) => new(
        t.Ingangsdatum, t.Einddatum, t.Status == ToewijzingStatus.Afgewezen,
        t.StartdatumZorg, t.Status is ToewijzingStatus.Gestopt or ToewijzingStatus.TijdelijkGestopt ? t.EinddatumZorg : null,
        t.Status == ToewijzingStatus.TijdelijkGestopt, pauzes ?? []);

    /// <summary>The reason care could not be delivered on <paramref name="datum"/>, or null when it could.</summary>
    public string? WaaromNiet(DateOnly datum)
    {
        if (Afgewezen)
            return "De toewijzing is afgewezen; er kan geen tijd op worden geregistreerd.";
        if (datum < Ingangsdatum || (Einddatum is { } eind && datum > eind))
            return $"De datum ligt buiten de toewijzingsperiode ({Ingangsdatum:dd-MM-yyyy} t/m {(Einddatum is { } e ? e.ToString("dd-MM-yyyy") : "open")}).";
        if (Start is not { } start)
            return "De zorg is nog niet gestart: registreer eerst de start (WMO305) en daarna de tijd.";
        if (datum < start)
            return $"De datum ligt vóór de start van de zorg op {start:dd-MM-yyyy} (WMO305).";
        if (Stop is { } stop && datum > stop)
            return StopIsTijdelijk
                ? $"De zorg is tijdelijk gestopt na {stop:dd-MM-yyyy} (WMO307, reden 20); registreer tijd pas na de hervatting (WMO305)."
                : $"De datum ligt na de stop van de zorg op {stop:dd-MM-yyyy} (WMO307).";
        foreach (var p in EerderePauzes)
            if (datum > p.LaatsteZorgdag && datum < p.Hervatting)
                return $"De zorg was tijdelijk gestopt van {p.LaatsteZorgdag.AddDays(1):dd-MM-yyyy} tot de hervatting op {p.Hervatting:dd-MM-yyyy} (WMO307 reden 20, WMO305).";
        return null;
    }
}

/// <summary>An earlier temporary stop that ended: no care from the day after <paramref name="LaatsteZorgdag"/> until the
/// day before <paramref name="Hervatting"/>.</summary>
public sealed record Pauze(DateOnly LaatsteZorgdag, DateOnly Hervatting);
