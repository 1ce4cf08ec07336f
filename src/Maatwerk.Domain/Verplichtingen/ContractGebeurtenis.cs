using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>A stored event under one contract (toewijzing received, care started, complaint received, quarter
/// ended …). Soort is an event id of the contract profile. The engine turns these into obligations.</summary>
public sealed class ContractGebeurtenis : Entity
{
    public Guid ContractId { get; set; }
    public Guid? ClientId { get; set; }
    public Guid? ToewijzingId { get; set; }
    public string Soort { get; set; } = "";

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset Moment { get; set; }
    public bool Spoed { get; set; }
    public string? ProductCode { get; set; }
    public string? Toelichting { get; set; }
    public string GeregistreerdDoor { get; set; } = "";

    /// <summary>When the event was recorded (UTC), set on saving; for a planned event, the day it became known.</summary>
    public DateTimeOffset? GeregistreerdOp { get; set; }

    /// <summary>Obligations follow their toewijzing, else their client; organisation-wide events have no subject.</summary>
    public Onderwerp? Onderwerp =>
        ToewijzingId is { } t ? new Onderwerp("toewijzing", t.ToString())
        : ClientId is { } c ? new Onderwerp("client", c.ToString())
        : null;

    /// <param name="lokaal">The moment in Europe/Amsterdam, as the engine counts days in local time.</param>
    /// <param name="geregistreerdLokaal">When it was recorded, in Europe/Amsterdam.</param>
    public Gebeurtenis NaarEngine(DateTime lokaal, DateTime? geregistreerdLokaal = null) => new()
    {
        BekendOp = geregistreerdLokaal is { } g ? DateOnly.FromDateTime(g) : null,
        Id = Id.ToString(),
        Soort = Soort,
        Moment = lokaal,
        Onderwerp = Onderwerp,
        Spoed = Spoed,
        ProductCode = ProductCode,
    };
}
