namespace Maatwerk.Domain.Calendar;

/// <summary>A term as a contract states it: an amount in a time basis, a fixed day, or a window.</summary>
public sealed record Termijn
{
    public required Tijdbasis Basis { get; init; }
    /// <summary>Amount of units; negative means before the reference ("2 maanden vóór einde indicatie").</summary>
    public int Aantal { get; init; }
    /// <summary>For <see cref="Tijdbasis.VasteDatum"/> the day; for <see cref="Tijdbasis.Venster"/> the last day.</summary>
    public DagInJaar? Datum { get; init; }
    /// <summary>For <see cref="Tijdbasis.Venster"/> the first day of the window.</summary>
    public DagInJaar? VensterVan { get; init; }
    /// <summary>Years added to the reference date's year (1 = "jaar t+1").</summary>
    public int JaarOffset { get; init; }
    /// <summary>"Vóór D": the last day on time is the day before D.</summary>
    public bool Voor { get; init; }
    /// <summary>Optional earliest moment, relative to the reference (e.g. a VOG not older than 3 months at start).</summary>
    public Termijn? Vanaf { get; init; }
    /// <summary>Move a deadline that falls on a non-working day to the next working day (art. 1 Atw style).</summary>
    public bool NaarWerkdag { get; init; }
    /// <summary>For hour terms: a moment outside office hours (or on a non-working day) moves to the next opening.</summary>
    public Kantooruren? Kantooruren { get; init; }

    public bool IsUurTermijn => Basis is Tijdbasis.Uren or Tijdbasis.WerkUren;

    public override string ToString() => Basis switch
    {
        Tijdbasis.VasteDatum => $"{(Voor ? "vóór" : "uiterlijk")} {Datum} jaar t{(JaarOffset == 0 ? "" : $"{JaarOffset:+0;-0}")}",
        Tijdbasis.Venster => $"tussen {VensterVan} en {Datum} jaar t{(JaarOffset == 0 ? "" : $"{JaarOffset:+0;-0}")}",
        Tijdbasis.Onverwijld => "onverwijld",
        _ => $"{Aantal} {Basis.ToString().ToLowerInvariant()}",
    };
}

/// <summary>A computed deadline: the last day (or moment) on which the obligation is still met in time.</summary>
public sealed record Deadline(DateOnly Datum, DateTime? Moment = null, DateOnly? Vanaf = null, bool Onverwijld = false)
{
    public bool IsUurDeadline => Moment is not null;

    /// <summary>Was something done at <paramref name="moment"/> on time?</summary>
    public bool OnTime(DateTime moment) =>
        Moment is { } m ? moment <= m : DateOnly.FromDateTime(moment) <= Datum;

    /// <summary>Is the deadline past at <paramref name="peilmoment"/>? An "onverwijld" deadline never passes by
    /// itself: there is no number, a person judges lateness.</summary>
    public bool Elapsed(DateTime peilmoment) =>
        !Onverwijld && (Moment is { } m ? peilmoment > m : DateOnly.FromDateTime(peilmoment) > Datum);

    /// <summary>"yyyy-MM-dd", or "yyyy-MM-ddTHH:mm" for hour-based deadlines.</summary>
    public string Format() => Moment is { } m ? m.ToString("yyyy-MM-dd'T'HH:mm") : Datum.ToString("yyyy-MM-dd");
}

/// <summary>Office hours on working days, e.g. 09:00–17:00.</summary>
public sealed record Kantooruren(TimeOnly Van, TimeOnly Tot)
{
    public override string ToString() => $"{Van:HH\\:mm}–{Tot:HH\\:mm}";
}
