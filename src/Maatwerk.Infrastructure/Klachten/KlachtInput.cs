using Maatwerk.Domain.Klachten;

namespace Maatwerk.Infrastructure.Klachten;

/// <summary>A complaint as the aanbieder registers it (form, <c>POST /api/klachten</c>), moments in local time
/// (Europe/Amsterdam). Aanbieder, gemeente, status and who registered it are set by the platform.</summary>
public sealed record KlachtInput
{
    public Guid ContractId { get; init; }
    public Guid? ClientId { get; init; }
    public DateOnly OntvangenDatum { get; init; }
    public TimeOnly? OntvangenTijd { get; init; }
    public KlachtWijze Wijze { get; init; } = KlachtWijze.Mondeling;
    public string Indiener { get; init; } = "";
    public string Omschrijving { get; init; } = "";
    /// <summary>Resolved on the spot (IB-48b); then <see cref="Afhandeling"/> says how.</summary>
    public bool DirectOpgelost { get; init; }
    public string? Afhandeling { get; init; }
}

/// <summary>One step in handling a complaint (<c>POST /api/klachten/{id}/stappen/{stap}</c>): bevestigen, termijn,
/// voortgang, verlengen, voorleggen, terugkoppeling, afhandelen. Which fields a step reads is said per step.</summary>
public sealed record KlachtStapInput
{
    public DateOnly Datum { get; init; }
    public TimeOnly? Tijd { get; init; }
    public string? Toelichting { get; init; }
    /// <summary>termijn: the expected settlement date told to the client (DEV-Eis16-R4).</summary>
    public DateOnly? VerwachteAfhandeling { get; init; }
    /// <summary>verlengen: the new latest settlement date and the client's consent (DEV-Eis16-R2).</summary>
    public DateOnly? VerlengdTot { get; init; }
    public bool ToestemmingClient { get; init; }
    /// <summary>afhandelen: the improvement measure (DEV-Eis16-AR, IB-48c).</summary>
    public string? Verbetermaatregel { get; init; }
}
