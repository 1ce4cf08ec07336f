using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaraties;

/// <summary>Where a WMO323 line stands. <see cref="TeVerzenden"/> is a credit or a new debit the user made that the next
/// (correction) WMO323 carries; the others follow the gemeente's WMO325.</summary>
public enum PrestatieStatus
{
    TeVerzenden,
    Ingediend,
    Toegekend,
    Afgewezen,
    Gecrediteerd,
}

/// <summary>One Prestatie of a WMO323 the aanbieder sent (or will send), addressable by its ReferentieNummer (unique per
/// aanbieder), with the gemeente's judgement from the WMO325 (TR342: only rejected lines come back; the rest is granted).
/// A credit (IV091) is a copy of a granted line with <see cref="Credit"/> set and <see cref="VorigReferentieNummer"/>
/// naming the line it withdraws; a new debit after a rejection or credit names the line it corrects in
/// <see cref="CorrectieVan"/> (our bookkeeping: the message carries no link for a debit).</summary>
public sealed class Prestatie : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid GemeenteId { get; set; }
    /// <summary>The WMO323 that carried the line; null while it waits for the next one.</summary>
    public Guid? DeclaratieId { get; set; }
    public string ReferentieNummer { get; set; } = "";
    public string? VorigReferentieNummer { get; set; }
    public Guid? CorrectieVan { get; set; }
    public Guid? ToewijzingId { get; set; }
    public string ToewijzingNummer { get; set; } = "";
    public string Bsn { get; set; } = "";
    public string ProductCategorie { get; set; } = "";
    public string ProductCode { get; set; } = "";
    public DateOnly Begindatum { get; set; }
    public DateOnly Einddatum { get; set; }
    public long GeleverdVolume { get; set; }
    public string Eenheid { get; set; } = "";
    /// <summary>Cents per unit (IV024/IV081).</summary>
    public long? ProductTarief { get; set; }
    /// <summary>IngediendBedrag in cents, without sign; <see cref="Credit"/> gives the direction.</summary>
    public long Bedrag { get; set; }
    public bool Credit { get; set; }
    public PrestatieStatus Status { get; set; }
    /// <summary>The WMO325's codes for a rejected line (comma-separated, e.g. "0611").</summary>
    public string? Retourcodes { get; set; }
    /// <summary>BerichtIdentificatie of the WMO325 that judged the line.</summary>
    public string? RetourIdentificatie { get; set; }
    public DateTimeOffset? BeoordeeldOp { get; set; }
    /// <summary>The decision not to resubmit a rejected line (DEV-Art8.7: the line leaves the worklist), with its reason,
    /// who decided and when.</summary>
    public string? NietOpnieuwReden { get; set; }
    public string? NietOpnieuwDoor { get; set; }
    public DateTimeOffset? NietOpnieuwOp { get; set; }
    public string AangemaaktDoor { get; set; } = "";
    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>The amount with its sign: a credit counts negative.</summary>
    public long Saldo => Credit ? -Bedrag : Bedrag;

    public IReadOnlyList<string> Codes => string.IsNullOrEmpty(Retourcodes) ? [] : Retourcodes.Split(',');

    public static string StatusNaam(PrestatieStatus s) => s switch
    {
        PrestatieStatus.TeVerzenden => "te verzenden",
        PrestatieStatus.Ingediend => "ingediend",
        PrestatieStatus.Toegekend => "toegekend",
        PrestatieStatus.Afgewezen => "afgewezen",
        _ => "gecrediteerd",
    };
}
