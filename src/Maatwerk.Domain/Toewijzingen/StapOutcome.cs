using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>Something a step registers on the toewijzing's timeline (an event of the contract profile).</summary>
public sealed record KetenFact(string Soort, DateOnly Datum, string? Toelichting = null);

/// <summary>What a step did, for the service to store in one transaction: the broken rules (then nothing changed), the
/// events to register and to take back, and the iWmo message to send.</summary>
public sealed record StapOutcome
{
    public IReadOnlyList<ValidationError> Fouten { get; init; } = [];
    public IReadOnlyList<KetenFact> Feiten { get; init; } = [];
    /// <summary>Events that no longer stand: (soort, on that day), or every event of that soort when the day is null.</summary>
    public IReadOnlyList<(string Soort, DateOnly? Datum)> Vervallen { get; init; } = [];
    /// <summary>The iWmo message the step sends (BerichtCode, e.g. "WMO305"), if any.</summary>
    public string? Bericht { get; init; }
    /// <summary>The message withdraws an earlier one (StatusAanlevering 3); it is built from the state before the step.</summary>
    public bool Intrekken { get; init; }

    public bool IsGelukt => Fouten.Count == 0;

    public static StapOutcome Failure(IReadOnlyList<ValidationError> fouten) => new() { Fouten = fouten };
    public static StapOutcome Failure(string veld, string melding) => Failure([new ValidationError(veld, melding)]);
}

/// <summary>What a step may need besides its input: today, the contract's profile (its stop rules), the warm hand-over
/// checklist, the temporary stop before a resumption that is withdrawn, and whether the step comes from a message of
/// another system (which cannot carry what only the platform's forms ask for).</summary>
public sealed record StapContext(DateOnly Vandaag)
{
    public ContractProfile? Profiel { get; init; }
    public WarmeOverdracht? Overdracht { get; init; }
    public Onderbreking? VorigeOnderbreking { get; init; }
    public bool UitBericht { get; init; }
}
