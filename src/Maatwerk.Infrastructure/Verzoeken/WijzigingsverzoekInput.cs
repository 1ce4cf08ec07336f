namespace Maatwerk.Infrastructure.Verzoeken;

/// <summary>What an aanbieder enters for a verzoek om wijziging (WMO317) of one of its toewijzingen: a new end date
/// and/or volume with a reason (WJ758). Client, product and contract come from the toewijzing, never from the request.</summary>
public sealed record WijzigingsverzoekInput
{
    /// <summary>When the change should take effect; empty means today.</summary>
    public DateOnly? Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public int? Volume { get; init; }

    /// <summary>Reden verzoek (WJ758).</summary>
    public string? RedenVerzoek { get; init; }
    public string? Commentaar { get; init; }
}
