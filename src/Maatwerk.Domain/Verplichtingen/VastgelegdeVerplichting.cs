using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verplichtingen;

/// <summary>An obligation as last evaluated and stored. Once met (or late with evidence) it is kept as it was, so a
/// later profile version never rewrites a deadline that was already met.</summary>
public sealed class VastgelegdeVerplichting : Entity
{
    /// <summary>The engine's stable id (triggering event + rule), unique per contract.</summary>
    public string Sleutel { get; set; } = "";
    public Guid ContractId { get; set; }
    public Guid? ClientId { get; set; }
    /// <summary>The client's gemeente, copied from the client so that a gemeente's view of a large caseload filters on
    /// one indexed column instead of joining every client (null for obligations without a client).</summary>
    public Guid? GemeenteId { get; set; }
    public Guid? ToewijzingId { get; set; }
    /// <summary>The subject, as on the triggering event (null for organisation-wide obligations).</summary>
    public string? OnderwerpSoort { get; set; }
    public Guid? OnderwerpId { get; set; }
    public Guid GebeurtenisId { get; set; }
    public string RegelId { get; set; } = "";
    public string Bron { get; set; } = "";
    public string Omschrijving { get; set; } = "";
    public string Soort { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateOnly Deadline { get; set; }

    /// <summary>For hour-based rules: the last moment on time (UTC).</summary>
    public DateTimeOffset? DeadlineMoment { get; set; }
    public DateOnly? Vanaf { get; set; }
    public bool Onverwijld { get; set; }
    public VerplichtingStatus Status { get; set; }
    public Guid? BewijsGebeurtenisId { get; set; }
    public string ProfielId { get; set; } = "";
    public int ProfielVersie { get; set; }
    public string? Lezing { get; set; }
    /// <summary>How the deadline was computed (term, anchor, calendar).</summary>
    public string? Uitleg { get; set; }
    /// <summary>Why the status is what it is, when that is not obvious (lapsed because care ended, standing still).</summary>
    public string? Toelichting { get; set; }

    /// <summary>Takes over the engine's evaluation; returns whether anything stored changed (so an unchanged row is not written).</summary>
    public bool TakeOver(Verplichting v, Func<DateTime, DateTimeOffset> naarUtc)
    {
        var voor = Stand();
        Sleutel = v.Id;
        RegelId = v.RegelId;
        Bron = v.Bron;
        Omschrijving = v.Omschrijving.Length > 500 ? v.Omschrijving[..500] : v.Omschrijving;
        Soort = v.Soort;
        Actor = v.Actor;
        Deadline = v.Deadline.Datum;
        DeadlineMoment = v.Deadline.Moment is { } m ? naarUtc(m) : null;
        Vanaf = v.Deadline.Vanaf;
        Onverwijld = v.Deadline.Onverwijld;
        Status = v.Status;
        GebeurtenisId = Guid.Parse(v.GebeurtenisId);
        BewijsGebeurtenisId = v.Bewijs is { } b ? Guid.Parse(b.Id) : null;
        ProfielId = v.ProfielId;
        ProfielVersie = v.ProfielVersie;
        Lezing = Short(v.Lezing, 500);
        Uitleg = Short(v.Uitleg, 300);
        Toelichting = Short(v.Toelichting, 300);
        return !Stand().Equals(voor);
    }

    private (string, string, string, string, string, string, DateOnly, DateTimeOffset?, DateOnly?, bool, VerplichtingStatus, Guid, Guid?, (string, int, string?, string?, string?)) Stand() =>
        (Sleutel, RegelId, Bron, Omschrijving, Soort, Actor, Deadline, DeadlineMoment, Vanaf, Onverwijld, Status, GebeurtenisId, BewijsGebeurtenisId,
            (ProfielId, ProfielVersie, Lezing, Uitleg, Toelichting));

    private static string? Short(string? tekst, int max) => tekst is { } t && t.Length > max ? t[..max] : tekst;

    /// <summary>Back to the engine's form, so that met obligations are passed in as already recorded.</summary>
    public Verplichting ToEngine(IReadOnlyDictionary<string, Gebeurtenis> gebeurtenissen, Func<DateTimeOffset, DateTime> naarLokaal) => new()
    {
        Id = Sleutel,
        RegelId = RegelId,
        Bron = Bron,
        Omschrijving = Omschrijving,
        Soort = Soort,
        Actor = Actor,
        Deadline = new Deadline(Deadline, DeadlineMoment is { } m ? naarLokaal(m) : null, Vanaf, Onverwijld),
        GebeurtenisId = GebeurtenisId.ToString(),
        ProfielId = ProfielId,
        ProfielVersie = ProfielVersie,
        Lezing = Lezing,
        Uitleg = Uitleg,
        Toelichting = Toelichting,
        Status = Status,
        Bewijs = BewijsGebeurtenisId is { } b ? gebeurtenissen.GetValueOrDefault(b.ToString()) : null,
    };
}
