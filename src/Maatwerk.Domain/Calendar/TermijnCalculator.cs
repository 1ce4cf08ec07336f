namespace Maatwerk.Domain.Calendar;

/// <summary>Turns a reference moment and a <see cref="Termijn"/> into a <see cref="Deadline"/>.
/// Convention: "within N units after X" ends at the end of the N-th unit after X, X itself not counted.
/// Moments are local wall-clock times in <see cref="Tijdzone"/> (Europe/Amsterdam).</summary>
public sealed class TermijnCalculator(WerkdagCalendar kalender)
{
    public static TimeZoneInfo Tijdzone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public WerkdagCalendar Kalender { get; } = kalender;

    public Deadline Calculate(DateTime referentie, Termijn termijn)
    {
        var datum = DateOnly.FromDateTime(referentie);
        DateOnly? vanaf = termijn.Vanaf is { } v ? Calculate(referentie, v).Datum : null;
        Deadline result = termijn.Basis switch
        {
            Tijdbasis.Werkdagen => new(Kalender.AddWerkdagen(datum, termijn.Aantal)),
            Tijdbasis.Kalenderdagen => new(datum.AddDays(termijn.Aantal)),
            Tijdbasis.Weken => new(datum.AddDays(7 * termijn.Aantal)),
            Tijdbasis.Maanden => new(datum.AddMonths(termijn.Aantal)),
            Tijdbasis.Jaren => new(datum.AddYears(termijn.Aantal)),
            Tijdbasis.Uren => Hour(AddHours(referentie, termijn.Aantal)),
            Tijdbasis.WerkUren => Hour(AddWorkingHours(referentie, termijn.Aantal)),
            Tijdbasis.VasteDatum => new(FixedDay(datum, termijn)),
            Tijdbasis.Venster => new(Required(termijn.Datum).In(datum.Year + termijn.JaarOffset),
                Vanaf: Required(termijn.VensterVan).In(datum.Year + termijn.JaarOffset)),
            Tijdbasis.Onverwijld => new(datum, Onverwijld: true),
            _ => throw new ArgumentOutOfRangeException(nameof(termijn)),
        };
        if (vanaf is not null) result = result with { Vanaf = vanaf };
        if (termijn.Kantooruren is { } uren && result.Moment is { } moment) result = Hour(ToKantooruren(moment, uren));
        if (termijn.NaarWerkdag && !result.IsUurDeadline) result = result with { Datum = Kalender.OnOrAfterWerkdag(result.Datum) };
        return result;
    }

    public Deadline Calculate(DateOnly referentie, Termijn termijn) => Calculate(referentie.ToDateTime(TimeOnly.MinValue), termijn);

    public static DateTime AddHours(DateTime local, int hours) =>
        TimeZoneInfo.ConvertTimeFromUtc(ToUtc(local).AddHours(hours), Tijdzone);

    /// <summary>Adds clock hours counting only hours that fall on working days. When the term ends exactly where
    /// non-counted days begin, the clock stands still there, so the last moment on time is the start of the next
    /// working day.</summary>
    public DateTime AddWorkingHours(DateTime local, int hours)
    {
        if (hours < 0) throw new ArgumentOutOfRangeException(nameof(hours), "Werkuren tellen alleen vooruit.");
        var remaining = TimeSpan.FromHours(hours);
        var t = local;
        while (true)
        {
            var day = DateOnly.FromDateTime(t);
            if (!Kalender.IsWerkdag(day))
            {
                t = Kalender.AddWerkdagen(day, 1).ToDateTime(TimeOnly.MinValue);
                continue;
            }
            if (remaining <= TimeSpan.Zero) return t;
            var endOfDay = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
            var available = ToUtc(endOfDay) - ToUtc(t);
            if (available > remaining)
                return TimeZoneInfo.ConvertTimeFromUtc(ToUtc(t) + remaining, Tijdzone);
            remaining -= available;
            t = endOfDay;
        }
    }

    /// <summary>The moment itself when it falls within office hours on a working day, otherwise the next opening.</summary>
    public DateTime ToKantooruren(DateTime moment, Kantooruren uren)
    {
        var dag = DateOnly.FromDateTime(moment);
        var tijd = TimeOnly.FromDateTime(moment);
        if (Kalender.IsWerkdag(dag) && tijd >= uren.Van && tijd <= uren.Tot) return moment;
        if (!Kalender.IsWerkdag(dag) || tijd > uren.Tot) dag = Kalender.AddWerkdagen(dag, 1);
        return dag.ToDateTime(uren.Van);
    }

    private static DateOnly FixedDay(DateOnly referentie, Termijn termijn)
    {
        var day = Required(termijn.Datum).In(referentie.Year + termijn.JaarOffset);
        return termijn.Voor ? day.AddDays(-1) : day;
    }

    private static DagInJaar Required(DagInJaar? d) =>
        d ?? throw new ArgumentException("Termijn mist een datum (maand en dag).");

    private static Deadline Hour(DateTime moment) => new(DateOnly.FromDateTime(moment), moment);

    private static DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A wall-clock time inside the spring-forward gap does not exist; take the moment just after the gap.
        if (Tijdzone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Tijdzone);
    }
}
