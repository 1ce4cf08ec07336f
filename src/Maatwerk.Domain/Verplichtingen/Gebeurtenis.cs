namespace Maatwerk.Domain.Verplichtingen;

/// <summary>What an obligation is about, e.g. ("toewijzing", "T-123"), ("medewerker", "M-7"), ("klacht", "K-2").</summary>
public sealed record Onderwerp(string Soort, string Id)
{
    public override string ToString() => $"{Soort}:{Id}";
}

/// <summary>Something that happened under a contract. <see cref="Moment"/> is local time in Europe/Amsterdam.</summary>
public sealed record Gebeurtenis
{
    public required string Id { get; init; }
    /// <summary>Event type as the profile names it: toewijzing, start-zorg, klacht, kwartaaleinde, …</summary>
    public required string Soort { get; init; }
    public required DateTime Moment { get; init; }
    public Onderwerp? Onderwerp { get; init; }
    public bool Spoed { get; init; }
    public string? ProductCode { get; init; }
    public string? Perceel { get; init; }
    /// <summary>Start date of the allocation when it lies after the message date (see Regel.NietVoorIngangsdatum).</summary>
    public DateOnly? Ingangsdatum { get; init; }

    /// <summary>The day the event was recorded. For a planned event (e.g. einde-indicatie) that is the day it became known:
    /// a term before the event never ends before that day (an indication shortened to less than the term leaves the
    /// provider until the day of the change), and only evidence from that day on counts.</summary>
    public DateOnly? BekendOp { get; init; }

    public DateOnly Datum => DateOnly.FromDateTime(Moment);

    public static Gebeurtenis On(string soort, DateOnly datum, Onderwerp? onderwerp = null, string? id = null) => new()
    {
        Id = id ?? $"{soort}:{onderwerp?.ToString() ?? "-"}:{datum:yyyy-MM-dd}",
        Soort = soort,
        Moment = datum.ToDateTime(TimeOnly.MinValue),
        Onderwerp = onderwerp,
    };
}
