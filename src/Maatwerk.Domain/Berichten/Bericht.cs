using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Berichten;

/// <summary>
/// An iWmo message as it travelled: from the sender's outbox to the receiver's inbox (inside the platform, or
/// imported/uploaded from another system), with the retourbericht the receiver answered. The same sender,
/// BerichtCode and Identificatie is stored once (idempotency, TR056).
/// </summary>
public sealed class Bericht : Entity
{
    /// <summary>"WMO301", "WMO305" …</summary>
    public string Soort { get; set; } = "";
    public string BerichtCode { get; set; } = "";
    public string Identificatie { get; set; } = "";
    public DateOnly Dagtekening { get; set; }

    /// <summary>Sender and receiver as iWmo names them: CBS gemeentecode or AGB-code.</summary>
    public string Afzender { get; set; } = "";
    public string Ontvanger { get; set; } = "";
    public Guid? AfzenderOrganisatieId { get; set; }
    public Guid? OntvangerOrganisatieId { get; set; }
    public Guid? ToewijzingId { get; set; }
    public Guid? ClientId { get; set; }

    public string Xml { get; set; } = "";
    public DateTimeOffset Ontvangen { get; set; }
    public bool Geldig { get; set; }

    /// <summary>The retourbericht (302/306/308/316/318/320/325) and a readable summary of its retour codes.</summary>
    public string? RetourSoort { get; set; }
    public string? RetourXml { get; set; }
    public string? Retourcodes { get; set; }

    /// <summary>How it arrived: "platform" (sent inside Maatwerk), "upload" (file) or "api".</summary>
    public string Kanaal { get; set; } = "platform";
}
