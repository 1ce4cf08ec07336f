namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>What a consulent enters to issue a toewijzing (WMO301) from a beschikking.</summary>
public sealed record ToewijzingInvoer
{
    public Guid ClientId { get; init; }
    public Guid ContractId { get; init; }
    public string Productcode { get; init; } = "";
    public DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public int? Volume { get; init; }
    public string? Eenheid { get; init; }
    public string? Frequentie { get; init; }
    public bool Spoed { get; init; }
    public string? BeschikkingNummer { get; init; }

    /// <summary>The recorded beschikking the toewijzing carries out; its number then goes with the toewijzing.</summary>
    public Guid? BeschikkingId { get; init; }

    /// <summary>Set when the toewijzing grants an aanbieder's verzoek (WMO315); sent back in the 301.</summary>
    public string? ReferentieAanbieder { get; init; }
}

/// <summary>A step on an existing toewijzing: its date, and a reason where the step needs one.</summary>
public sealed record StapInvoer
{
    public DateOnly Datum { get; init; }
    public string? Reden { get; init; }
    public bool Akkoord { get; init; }
    public string? Toelichting { get; init; }

    /// <summary>For a stop: the provider confirms care was still delivered on the stop date (e.g. IB-33 on the 1st).</summary>
    public bool LeveringOpStopdatum { get; init; }

    /// <summary>For a temporary stop (IB-32): the admission (ziekenhuis, revalidatiecentrum, anders) and the expected return.</summary>
    public string? Opname { get; init; }
    public DateOnly? VerwachteHervatting { get; init; }
}

public enum Zorgstap
{
    Accepteren,
    WeigeringAanvragen,
    WeigeringBeoordelen,
    Contact,
    IntakeGepland,
    Start,
    Stop,
    Wijzigen,
    TijdelijkStoppen,
    Hervatten,
    StartIntrekken,
    StopIntrekken,
}
