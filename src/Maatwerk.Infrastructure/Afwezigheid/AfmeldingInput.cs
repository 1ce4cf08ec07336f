using Maatwerk.Domain.Afwezigheid;

namespace Maatwerk.Infrastructure.Afwezigheid;

/// <summary>A cancellation as a user or a planning system enters it (form, <c>POST /api/afwezigheid</c>), in local time
/// (Europe/Amsterdam). Client, contract, product, aanbieder and who registered it are set by the platform; whether it is a
/// no-show is derived from the contract, never entered.</summary>
public sealed record AfmeldingInput
{
    public Guid ToewijzingId { get; init; }
    /// <summary>Day and start time of the planned contact.</summary>
    public DateOnly GeplandDatum { get; init; }
    public TimeOnly GeplandTijd { get; init; }
    /// <summary>When the cancellation was made; empty when the client did not cancel (not shown up).</summary>
    public DateOnly? AfgemeldDatum { get; init; }
    public TimeOnly? AfgemeldTijd { get; init; }
    public AfgemeldDoor Door { get; init; } = AfgemeldDoor.Client;
    public Afmeldreden Reden { get; init; } = Afmeldreden.Anders;
    public string? Toelichting { get; init; }
}

/// <summary>What was done about a no-show: reported to the gemeente (DEV-Eis28-a, IB-23) or the written warning sent (IB-22b).</summary>
public sealed record AfhandelingInput
{
    /// <summary><c>no-show-gemeld</c> or <c>no-show-waarschuwing-verzonden</c>.</summary>
    public string Soort { get; init; } = "";
    public string? Toelichting { get; init; }
}
