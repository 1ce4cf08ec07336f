using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Personeel;

/// <summary>The fixed worker and deputy of a client's toewijzing (DEV-Eis6-R10 vaste contactpersoon en vervanger, IB-15a
/// dezelfde medewerkers). A change closes the current one (<see cref="Tot"/>) and starts a new one.</summary>
public sealed class VasteMedewerker : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ToewijzingId { get; set; }
    public Guid MedewerkerId { get; set; }
    public Guid? VervangerId { get; set; }
    public DateOnly Vanaf { get; set; }
    public DateOnly? Tot { get; set; }
    /// <summary>Why the previous fixed worker was replaced (BSD-44a), if this one replaces another.</summary>
    public string? Reden { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }
}
