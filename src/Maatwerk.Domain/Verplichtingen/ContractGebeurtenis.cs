using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>A stored event under one contract (toewijzing received, care started, complaint received, quarter
/// ended …). Soort is an event id of the contract profile. The engine turns these into obligations.</summary>
public sealed class ContractGebeurtenis : Entity
{
    public Guid ContractId { get; set; }
    public Guid? ClientId { get; set; }
    public Guid? ToewijzingId { get; set; }

    /// <summary>The gemeente the subject belongs to when there is no client to tell it (an OCO melding has a gemeente but
    /// no client record): the obligations it starts carry this gemeente, so a gemeente's view shows only its own.</summary>
    public Guid? GemeenteId { get; set; }
    public string Soort { get; set; } = "";

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset Moment { get; set; }

    /// <summary>Only the date is known (entered as a date; <see cref="Moment"/> then holds 09:00 or 00:00 local time as a
    /// stand-in): a timeline shows the date without a time (issue 13).</summary>
    public bool AlleenDatum { get; set; }
    public bool Spoed { get; set; }
    public string? ProductCode { get; set; }
    public string? Toelichting { get; set; }
    public string GeregistreerdDoor { get; set; } = "";

    /// <summary>When the event was recorded (UTC), set on saving; for a planned event, the day it became known.</summary>
    public DateTimeOffset? GeregistreerdOp { get; set; }

    /// <summary>What the event is about (toewijzing, client, klacht, medewerker …); obligations are evaluated per subject.
    /// Null for organisation-wide events.</summary>
    public string? OnderwerpSoort { get; set; }
    public Guid? OnderwerpId { get; set; }

    /// <summary>The subject: as stored, else its toewijzing, else its client; organisation-wide events have none.</summary>
    public Onderwerp? Onderwerp =>
        OnderwerpSoort is { } soort && OnderwerpId is { } id ? new Onderwerp(soort, id.ToString())
        : ToewijzingId is { } t ? new Onderwerp("toewijzing", t.ToString())
        : ClientId is { } c ? new Onderwerp("client", c.ToString())
        : null;

    /// <summary>Stores the subject <see cref="Onderwerp"/> derives when none was given, so it can be queried.</summary>
    public void RecordOnderwerp()
    {
        if (OnderwerpSoort is not null || Onderwerp is not { } onderwerp)
            return;
        (OnderwerpSoort, OnderwerpId) = (onderwerp.Soort, Guid.Parse(onderwerp.Id));
    }

    /// <param name="lokaal">The moment in Europe/Amsterdam, as the engine counts days in local time.</param>
    /// <param name="geregistreerdLokaal">When it was recorded, in Europe/Amsterdam.</param>
    public Gebeurtenis ToEngine(DateTime lokaal, DateTime? geregistreerdLokaal = null) => new()
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
