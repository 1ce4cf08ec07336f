namespace Maatwerk.Domain.Verplichtingen;

/// <summary>Filter for the "Verplichtingen" lists: by contract, subject, kind, actor and status; sorted by due date.
/// Empty fields do not filter.</summary>
public sealed record VerplichtingFilter
{
    public string? ProfielId { get; init; }
    public Onderwerp? Onderwerp { get; init; }
    public string? OnderwerpSoort { get; init; }
    public string? Soort { get; init; }
    public string? Actor { get; init; }
    public VerplichtingStatus? Status { get; init; }
    /// <summary>Only obligations due on or before this date (e.g. "due this week").</summary>
    public DateOnly? DeadlineTot { get; init; }

    public IReadOnlyList<Verplichting> Apply(IEnumerable<Verplichting> verplichtingen) => verplichtingen
        .Where(v => ProfielId is null || v.ProfielId == ProfielId)
        .Where(v => Onderwerp is null || v.Onderwerp == Onderwerp)
        .Where(v => OnderwerpSoort is null || v.OnderwerpSoort == OnderwerpSoort)
        .Where(v => Soort is null || v.Soort == Soort)
        .Where(v => Actor is null || v.Actor == Actor)
        .Where(v => Status is null || v.Status == Status)
        .Where(v => DeadlineTot is null || v.Deadline.Datum <= DeadlineTot)
        .OrderBy(v => v.Deadline.Moment ?? v.Deadline.Datum.ToDateTime(TimeOnly.MaxValue))
        .ThenBy(v => v.Id, StringComparer.Ordinal)
        .ToList();
}
