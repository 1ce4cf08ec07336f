using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>The course of care of one subject as its events tell it: when care ended (definitively, or as planned by the
/// end of the indication) and when it was interrupted and resumed. The profile's event flags (beeindigtZorg,
/// onderbreektZorg, hervatZorg) say which events count.</summary>
public sealed class Levensloop
{
    public static readonly Levensloop Geen = new(null, null, []);

    private Levensloop(Gebeurtenis? werkelijkEinde, Gebeurtenis? geplandEinde, IReadOnlyList<Pause> pauzes)
    {
        WerkelijkEinde = werkelijkEinde;
        GeplandEinde = geplandEinde;
        Pauzes = pauzes;
    }

    /// <summary>The definitive end of care (the last day of care), if it ended.</summary>
    public Gebeurtenis? WerkelijkEinde { get; }
    /// <summary>The planned end of the indication, if known.</summary>
    public Gebeurtenis? GeplandEinde { get; }
    public IReadOnlyList<Pause> Pauzes { get; }

    /// <summary>The last day care runs: the earlier of the real and the planned end.</summary>
    public DateOnly? Einde => (WerkelijkEinde?.Datum, GeplandEinde?.Datum) switch
    {
        ({ } w, { } g) => w < g ? w : g,
        ({ } w, null) => w,
        (null, { } g) => g,
        _ => null,
    };

    /// <summary>An interruption: <paramref name="LaatsteZorgdag"/> is the last day before it; <paramref name="HervatOp"/>
    /// the first day of care again (null while it lasts).</summary>
    public sealed record Pause(DateOnly LaatsteZorgdag, DateOnly? HervatOp)
    {
        /// <summary>Days without care; the clock of an obligation that holds only while care runs stands still for them.</summary>
        public int Dagen => HervatOp is { } h ? h.DayNumber - LaatsteZorgdag.DayNumber - 1 : 0;
    }

    public static Levensloop From(ContractProfile profiel, IEnumerable<Gebeurtenis> gebeurtenissen) =>
        From(soort => profiel.Gebeurtenissen.FirstOrDefault(d => d.Id == soort), gebeurtenissen);

    /// <param name="definitie">The profile's definition of an event kind (the engine passes its own index).</param>
    public static Levensloop From(Func<string, GebeurtenisDefinition?> definitie, IEnumerable<Gebeurtenis> gebeurtenissen)
    {
        Gebeurtenis? werkelijk = null, gepland = null;
        var pauzes = new List<Pause>();
        foreach (var g in gebeurtenissen.OrderBy(g => g.Moment).ThenBy(g => g.Id, StringComparer.Ordinal))
        {
            if (definitie(g.Soort) is not { } d)
                continue;
            if (d.BeeindigtZorg && d.Gepland)
                gepland = g;
            else if (d.BeeindigtZorg)
                werkelijk ??= g;
            else if (d.OnderbreektZorg)
                pauzes.Add(new Pause(g.Datum, null));
            else if (d.HervatZorg && pauzes.Count > 0 && pauzes[^1].HervatOp is null)
                pauzes[^1] = pauzes[^1] with { HervatOp = g.Datum };
        }
        return new Levensloop(werkelijk, gepland, pauzes);
    }

    /// <summary>A deadline of an obligation that holds only while care runs, with the interruptions added that began
    /// before it; <c>Staat</c> is the interruption that is still going on, if one began before the deadline.</summary>
    public (Deadline Deadline, Pause? Staat) WithPauses(Deadline deadline)
    {
        foreach (var pauze in Pauzes)
        {
            if (pauze.LaatsteZorgdag >= deadline.Datum)
                break;
            if (pauze.HervatOp is null)
                return (deadline, pauze);
            deadline = deadline with { Datum = deadline.Datum.AddDays(pauze.Dagen), Moment = deadline.Moment?.AddDays(pauze.Dagen) };
        }
        return (deadline, null);
    }
}
