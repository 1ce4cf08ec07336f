using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Afwezigheid;

/// <summary>Who cancelled the planned contact.</summary>
public enum AfgemeldDoor
{
    Client = 1,
    Vertegenwoordiger = 2,
    /// <summary>The aanbieder itself cancelled: never a no-show of the client.</summary>
    Aanbieder = 3,
}

/// <summary>Why the contact did not take place (IB-21b, DEV-B2-NoShow). The profile says which reasons exempt a late
/// cancellation (parameters <c>uitzonderingen</c>, <c>uitzonderingenGemeldOpDeDag</c>).</summary>
public enum Afmeldreden
{
    /// <summary>Sudden illness or deterioration of the client or a family member.</summary>
    Ziekte = 1,
    /// <summary>Unplanned admission (hospital, crisis bed) of the client or a family member.</summary>
    Opname = 2,
    Anders = 3,
    /// <summary>The client was not there and did not cancel.</summary>
    NietVerschenen = 4,
}

/// <summary>A cancellation (afmelding) of a planned contact under a toewijzing, with the moment it was made (DEV-Eis3-ABS,
/// IB-22a). Corrections and deletions keep the old values in the audit trail (<see cref="IAuditOldValues"/>). Whether it is a no-show is derived from the contract (<see cref="NoShowRegels"/>), never stored.</summary>
public sealed class Afmelding : Entity, IAuditOldValues
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid ToewijzingId { get; set; }
    public Guid ClientId { get; set; }

    /// <summary>The product of the toewijzing (contract code), kept so the product rule (DEV-B2-NoShow) needs no join.</summary>
    public string? Productcode { get; set; }

    /// <summary>The start of the planned contact (UTC).</summary>
    public DateTimeOffset GeplandOp { get; set; }

    /// <summary>When the cancellation was made (UTC); null when the client did not cancel at all.</summary>
    public DateTimeOffset? AfgemeldOp { get; set; }

    public AfgemeldDoor Door { get; set; } = AfgemeldDoor.Client;
    public Afmeldreden Reden { get; set; } = Afmeldreden.Anders;
    public string? Toelichting { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<AfgemeldDoor, string> Doors = new Dictionary<AfgemeldDoor, string>
    {
        [AfgemeldDoor.Client] = "De cliënt",
        [AfgemeldDoor.Vertegenwoordiger] = "Een vertegenwoordiger of mantelzorger",
        [AfgemeldDoor.Aanbieder] = "De aanbieder",
    };

    public static readonly IReadOnlyDictionary<Afmeldreden, string> Redenen = new Dictionary<Afmeldreden, string>
    {
        [Afmeldreden.Ziekte] = "Plotselinge ziekte of verslechtering (cliënt of gezinslid)",
        [Afmeldreden.Opname] = "Onvoorziene opname (cliënt of gezinslid)",
        [Afmeldreden.Anders] = "Andere reden",
        [Afmeldreden.NietVerschenen] = "Niet verschenen, niet afgemeld",
    };
}
