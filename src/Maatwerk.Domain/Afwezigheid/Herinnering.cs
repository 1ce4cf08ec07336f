using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Afwezigheid;

/// <summary>How the client was reminded of an appointment (IB-22a).</summary>
public enum Herinneringskanaal
{
    Sms = 1,
    Telefoon = 2,
    Email = 3,
    Brief = 4,
    App = 5,
}

/// <summary>A reminder of a planned contact sent to the client under a toewijzing (IB-22a: the aanbieder does everything
/// it can to prevent no-shows by proactively reminding the client). Audited like <see cref="Afmelding"/>; a no-show of the
/// same toewijzing and appointment moment shows whether the client was reminded, where the contract asks for it.</summary>
public sealed class Herinnering : Entity, IAuditOldValues
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid ToewijzingId { get; set; }
    public Guid ClientId { get; set; }

    /// <summary>The start of the appointment the reminder is about (UTC).</summary>
    public DateTimeOffset AfspraakOp { get; set; }

    /// <summary>When the reminder was sent (UTC).</summary>
    public DateTimeOffset VerzondenOp { get; set; }

    public Herinneringskanaal Kanaal { get; set; } = Herinneringskanaal.Sms;
    public string? Toelichting { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<Herinneringskanaal, string> Kanalen = new Dictionary<Herinneringskanaal, string>
    {
        [Herinneringskanaal.Sms] = "sms",
        [Herinneringskanaal.Telefoon] = "telefoon",
        [Herinneringskanaal.Email] = "e-mail",
        [Herinneringskanaal.Brief] = "brief",
        [Herinneringskanaal.App] = "app",
    };

    /// <summary>The rules of a reminder as entered, naming the field (<paramref name="velden"/>: the input's field names for
    /// appointment, sent moment and channel). A reminder is sent before the appointment and not in the future.</summary>
    public static IEnumerable<ValidationError> Check(DateTimeOffset? afspraakOp, DateTimeOffset? verzondenOp, Herinneringskanaal kanaal, DateTimeOffset nu,
        (string Afspraak, string Verzonden, string Kanaal) velden)
    {
        if (afspraakOp is null)
            yield return new(velden.Afspraak, "Vul de datum van de afspraak in waaraan herinnerd is.");
        if (verzondenOp is null)
            yield return new(velden.Verzonden, "Vul de datum in waarop de herinnering is verstuurd.");
        if (!Enum.IsDefined(kanaal))
            yield return new(velden.Kanaal, "Kies het kanaal van de herinnering (sms, telefoon, e-mail, brief of app).");
        if (verzondenOp > nu)
            yield return new(velden.Verzonden, "Het moment van verzenden kan niet in de toekomst liggen.");
        if (verzondenOp is { } v && afspraakOp is { } a && v > a)
            yield return new(velden.Verzonden, "Een herinnering wordt vóór de afspraak verstuurd: het moment van verzenden ligt na het begin van de afspraak.");
    }

    /// <summary>The reminder of this no-show's appointment: one for the same toewijzing with the same appointment moment
    /// (the latest sent), or null.</summary>
    public static Herinnering? Voor(Afmelding afmelding, IEnumerable<Herinnering> herinneringen) =>
        herinneringen.Where(h => h.ToewijzingId == afmelding.ToewijzingId && h.AfspraakOp == afmelding.GeplandOp)
            .OrderByDescending(h => h.VerzondenOp).FirstOrDefault();
}
