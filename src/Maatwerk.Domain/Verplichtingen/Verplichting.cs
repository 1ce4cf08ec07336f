using Maatwerk.Domain.Calendar;

namespace Maatwerk.Domain.Verplichtingen;

public enum VerplichtingStatus
{
    Open,
    Voldaan,
    /// <summary>Deadline passed without evidence, or the evidence came after the deadline.</summary>
    TeLaat,
    /// <summary>Not met, but its subject ended first (e.g. the toewijzing was refused, care ended before the deadline): no
    /// longer due. <see cref="Verplichting.Toelichting"/> says why.</summary>
    Vervallen,
    /// <summary>A right or deemed fact whose term lapsed unused (e.g. refusing a toewijzing after 3 working days: it is
    /// deemed accepted); its consequence (<see cref="Verplichting.Gevolg"/>) applies.</summary>
    Verlopen,
}

/// <summary>An obligation created by an event under a contract rule.</summary>
public sealed record Verplichting
{
    /// <summary>Stable id: triggering event id + "/" + rule id.</summary>
    public required string Id { get; init; }
    public required string RegelId { get; init; }
    /// <summary>Requirement ID of the clause, e.g. "DEV-Art4.4".</summary>
    public required string Bron { get; init; }
    public required string Omschrijving { get; init; }
    public required string Soort { get; init; }
    public required string Actor { get; init; }
    /// <summary>Kind of subject from the rule: toewijzing, client, medewerker, klacht, melding, organisatie, periode.</summary>
    public string OnderwerpSoort { get; init; } = "toewijzing";
    public required Deadline Deadline { get; init; }
    public required string GebeurtenisId { get; init; }
    public Onderwerp? Onderwerp { get; init; }
    public required string ProfielId { get; init; }
    public required int ProfielVersie { get; init; }
    public string? Lezing { get; init; }
    public VerplichtingStatus Status { get; init; } = VerplichtingStatus.Open;
    /// <summary>The event that met the obligation (also set when it came too late).</summary>
    public Gebeurtenis? Bewijs { get; init; }
    /// <summary>How the deadline was computed: term, anchor event and date, calendar (e.g. "5 werkdagen na toewijzing van
    /// 24-04-2026; werkdagen: DEV-B2-Werkdag").</summary>
    public string? Uitleg { get; init; }
    /// <summary>Why the status is what it is when that is not obvious: why it lapsed, that its clock stands still.</summary>
    public string? Toelichting { get; init; }
    /// <summary>For a lapsed right: the event the platform registers as its consequence.</summary>
    public string? Gevolg { get; init; }

    public bool Onverwijld => Deadline.Onverwijld;
}
