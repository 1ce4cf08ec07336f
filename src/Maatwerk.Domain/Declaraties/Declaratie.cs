using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Declaraties;

/// <summary>A WMO323 the aanbieder sent to a gemeente for one calendar month (CS340): the message itself is a stored
/// Bericht; this records which month and gemeente it covers, so a month is not declared twice (TR389) and the 325 can
/// be matched to it later (issue 12).</summary>
public sealed class Declaratie : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid GemeenteId { get; set; }
    /// <summary>The first day of the declared month.</summary>
    public DateOnly Periode { get; set; }
    public string Nummer { get; set; } = "";
    public Guid BerichtId { get; set; }
    public int Regels { get; set; }
    /// <summary>TotaalIngediendBedrag in eurocents (IV024).</summary>
    public long Totaal { get; set; }
    public string VerzondenDoor { get; set; } = "";
    public DateTimeOffset VerzondenOp { get; set; }
}
