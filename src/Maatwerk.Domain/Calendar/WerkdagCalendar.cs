using System.Collections.Concurrent;

namespace Maatwerk.Domain.Calendar;

/// <summary>Dutch working-day calendar: not Saturday/Sunday, not an art. 3 Atw day, per a <see cref="WerkdagDefinitie"/>.</summary>
public sealed class WerkdagCalendar
{
    private readonly WerkdagDefinitie _definitie;
    private readonly IReadOnlyList<Feestdag> _kbDagen;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, Feestdag>> _perJaar = new();
    private readonly IReadOnlySet<DateOnly> _extraWerkdagen;

    public WerkdagCalendar(WerkdagDefinitie? definitie = null, IReadOnlyList<Feestdag>? koninklijkBesluitDagen = null)
        : this(definitie, koninklijkBesluitDagen, new HashSet<DateOnly>())
    {
    }

    private WerkdagCalendar(WerkdagDefinitie? definitie, IReadOnlyList<Feestdag>? koninklijkBesluitDagen, IReadOnlySet<DateOnly> extraWerkdagen)
    {
        _definitie = definitie ?? WerkdagDefinitie.AlgemeneTermijnenwet;
        _kbDagen = koninklijkBesluitDagen ?? KoninklijkBesluit.Dagen;
        _extraWerkdagen = extraWerkdagen;
    }

    /// <summary>The same calendar in which these weekend or holiday dates count as working days (approved per case).</summary>
    public WerkdagCalendar WithExtraWerkdagen(IEnumerable<DateOnly> dagen)
    {
        var extra = dagen.ToHashSet();
        return extra.Count == 0 ? this : new WerkdagCalendar(_definitie, _kbDagen, extra);
    }

    public static WerkdagCalendar Standaard { get; } = new();

    public WerkdagDefinitie Definitie => _definitie;

    public IReadOnlyDictionary<DateOnly, Feestdag> Feestdagen(int year) => _perJaar.GetOrAdd(year, Build);

    public Feestdag? Feestdag(DateOnly date) => Feestdagen(date.Year).GetValueOrDefault(date);

    public bool IsWerkdag(DateOnly date) => _extraWerkdagen.Contains(date) ||
        (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Feestdagen(date.Year).ContainsKey(date));

    /// <summary>The n-th working day after <paramref name="start"/> (start itself not counted); negative n counts back.
    /// n = 0 returns start.</summary>
    public DateOnly AddWerkdagen(DateOnly start, int n)
    {
        var step = Math.Sign(n);
        var date = start;
        for (var left = Math.Abs(n); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWerkdag(date)) left--;
        }
        return date;
    }

    /// <summary>Number of working days in the half-open range (from, to]; negative when to &lt; from.</summary>
    public int CountWerkdagen(DateOnly from, DateOnly to)
    {
        if (to < from) return -CountWerkdagen(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWerkdag(d)) count++;
        return count;
    }

    public DateOnly NextWerkdag(DateOnly date) => AddWerkdagen(date, 1);

    /// <summary>The date itself when it is a working day, otherwise the next one.</summary>
    public DateOnly OnOrAfterWerkdag(DateOnly date) => IsWerkdag(date) ? date : AddWerkdagen(date, 1);

    private IReadOnlyDictionary<DateOnly, Feestdag> Build(int year)
    {
        var days = new Dictionary<DateOnly, Feestdag>();
        foreach (var f in AlgemeneTermijnenwet.Lid1(year)) days.TryAdd(f.Datum, f);
        if (_definitie.GoedeVrijdagVrij)
        {
            var gv = AlgemeneTermijnenwet.GoedeVrijdag(year);
            days.TryAdd(gv.Datum, gv);
        }
        if (_definitie.KoninklijkBesluitDagenVrij)
            foreach (var f in _kbDagen.Where(d => d.Datum.Year == year)) days.TryAdd(f.Datum, f);
        foreach (var f in _definitie.ExtraVrijeDagen.Where(d => d.Datum.Year == year)) days.TryAdd(f.Datum, f);
        return days;
    }
}
