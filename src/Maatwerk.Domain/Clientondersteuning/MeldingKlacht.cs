using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>Links a complaint of the complaints register (<c>Klachten</c>) to the resident's question it is about, so the
/// periodic report counts it for the melding's gemeente (OCO-4.7(j)–(l)) and the figure links to the melding. A complaint
/// belongs to at most one melding.</summary>
public sealed class MeldingKlacht : Entity
{
    public Guid MeldingId { get; set; }
    public Guid KlachtId { get; set; }
    public string GekoppeldDoor { get; set; } = "";
    public DateTimeOffset GekoppeldOp { get; set; }
}
