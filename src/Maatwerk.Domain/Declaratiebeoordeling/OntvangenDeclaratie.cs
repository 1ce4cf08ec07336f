using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>A WMO323 that reached a gemeente (sent on the platform, uploaded or posted from a provider's own system) and
/// passed the technical checks: in the declaratiebeoordelaar's queue until the gemeente's one WMO325 (IV087: one answer
/// per declaration) is sent. Registered once per Bericht (the same BerichtIdentificatie again is the same declaration, TR056).</summary>
public sealed class OntvangenDeclaratie : Entity
{
    public Guid BerichtId { get; set; }
    /// <summary>The gemeente the 323 is addressed to (Header/Ontvanger).</summary>
    public Guid GemeenteId { get; set; }
    /// <summary>The aanbieder (Header/Afzender) when it is known on the platform.</summary>
    public Guid? AanbiederId { get; set; }
    /// <summary>AGB-code of the sender.</summary>
    public string Afzender { get; set; } = "";
    public string Identificatie { get; set; } = "";
    public string DeclaratieNummer { get; set; } = "";
    public DateOnly PeriodeBegin { get; set; }
    public DateOnly PeriodeEinde { get; set; }
    public DateTimeOffset Ontvangen { get; set; }
    /// <summary>TotaalIngediendBedrag in eurocents, negative for credit (IV024).</summary>
    public long TotaalIngediend { get; set; }
    public int Regels { get; set; }
    /// <summary>A retour code on the Declaratie itself (TR333, 9333): then every line is rejected (IV087) and nothing granted.</summary>
    public string? Declaratiecode { get; set; }

    public DeclaratieStatus Status { get; set; } = DeclaratieStatus.InBeoordeling;
    /// <summary>The WMO325: its BerichtIdentificatie, when and by whom it was sent, and the granted total (eurocents, signed).</summary>
    public string? AntwoordIdentificatie { get; set; }
    public DateTimeOffset? AntwoordVerzondenOp { get; set; }
    public string? AntwoordVerzondenDoor { get; set; }
    public long? TotaalToegekend { get; set; }

    /// <summary>The payment of the approved lines (DEV-Art8.5): when, by whom, in which batch.</summary>
    public DateTimeOffset? BetaaldOp { get; set; }
    public string? BetaaldDoor { get; set; }
    public Guid? BetaalbatchId { get; set; }

    /// <summary>The aanbieder's motivation sent with a correction on the platform (DEV-Art8.8b: each correction "met
    /// motivering"); a 323 from the aanbieder's own system has none.</summary>
    public string? Motivering { get; set; }

    /// <summary>A line's status for both parties: ingediend → goedgekeurd → betaald, or afgewezen.</summary>
    public string StatusOf(OntvangenPrestatie regel) => regel.Beoordeling switch
    {
        Beoordeling.Afgewezen => "afgewezen",
        Beoordeling.Goedgekeurd when BetaaldOp is not null => "betaald",
        Beoordeling.Goedgekeurd when Status == DeclaratieStatus.Beantwoord => "goedgekeurd",
        _ => "ingediend",
    };
}

public enum DeclaratieStatus
{
    InBeoordeling = 1,
    /// <summary>The WMO325 is sent.</summary>
    Beantwoord = 2,
}
