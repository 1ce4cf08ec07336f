namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>What a consulent enters to issue a toewijzing (WMO301) from a beschikking.</summary>
public sealed record ToewijzingInput
{
    public Guid ClientId { get; init; }
    public Guid ContractId { get; init; }
    public string Productcode { get; init; } = "";
    public DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public int? Volume { get; init; }
    public string? Eenheid { get; init; }
    public string? Frequentie { get; init; }
    /// <summary>A Budget in euros instead of an Omvang (iWmo CD077, TR369).</summary>
    public decimal? Budget { get; init; }
    public bool Spoed { get; init; }

    /// <summary>The recorded beschikking the toewijzing carries out (required); its number goes with the toewijzing.</summary>
    public Guid? BeschikkingId { get; init; }

    /// <summary>Set when the toewijzing grants an aanbieder's verzoek (WMO315); sent back in the 301.</summary>
    public string? ReferentieAanbieder { get; init; }
}
