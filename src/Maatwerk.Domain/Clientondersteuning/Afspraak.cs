using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

public enum AfspraakStatus
{
    Gepland = 1,
    Gehouden = 2,
    /// <summary>Moved to another moment by the provider (OCO-3.7); the new appointment points back with <see cref="Afspraak.VervangtId"/>.</summary>
    Verzet = 3,
}

/// <summary>An appointment with the resident (OCO-3.7 "afspraak = afspraak"; seeds-000-001-003 §1.5 "Appointment"). The
/// first one held meets OCO-3.16a; planning one meets OCO-3.16b (urgent). A move keeps the old appointment with the
/// reason and when the resident was told, and a new one for the new moment.</summary>
public sealed class Afspraak : Entity
{
    public Guid MeldingId { get; set; }
    public DateTimeOffset GeplandOp { get; set; }
    public string Medewerker { get; set; } = "";
    public Locatie Locatie { get; set; } = Locatie.Kantoor;
    public AfspraakStatus Status { get; set; } = AfspraakStatus.Gepland;
    public Guid? VervangtId { get; set; }
    /// <summary>For a moved appointment: why, and when the resident was told (OCO-3.7, OCO-A7: recorded, not enforced).</summary>
    public string? VerzetReden { get; set; }
    public DateTimeOffset? InwonerGeinformeerdOp { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The notice the resident got of a move (OCO-A7: reported, no minimum).</summary>
    public TimeSpan? Aankondiging => InwonerGeinformeerdOp is { } op ? GeplandOp - op : null;

    /// <summary>A new appointment lies on or after the melding; one registered as planned lies in the future, one registered
    /// as already held does not.</summary>
    public IReadOnlyList<ValidationError> Validate(Melding melding, DateTimeOffset nu, Func<DateTimeOffset, string> toon)
    {
        var v = new Validator()
            .Check(nameof(GeplandOp), GeplandOp != default, "Vul de datum en tijd van de afspraak in.")
            .Check(nameof(Locatie), Enum.IsDefined(Locatie), "Kies de locatie.");
        if (GeplandOp == default)
            return v.Errors;
        v.Check(nameof(GeplandOp), GeplandOp >= melding.OntvangenOp, $"De afspraak kan niet vóór de melding liggen (melding ontvangen op {toon(melding.OntvangenOp)}).");
        if (Status == AfspraakStatus.Gepland)
            v.Check(nameof(GeplandOp), GeplandOp > nu, "Een afspraak in het verleden kan niet als gepland worden geregistreerd; kies 'gehouden' als de afspraak al plaatsvond.");
        else
            v.Check(nameof(GeplandOp), GeplandOp <= nu, "Een gehouden afspraak kan niet in de toekomst liggen.");
        return v.Errors;
    }

    /// <summary>Moves a planned appointment (OCO-3.7): the new one for <paramref name="nieuwOp"/>, this one marked moved.</summary>
    public (Afspraak? Nieuw, IReadOnlyList<ValidationError> Errors) Move(DateTimeOffset nieuwOp, string? reden, DateTimeOffset? geinformeerdOp, DateTimeOffset nu)
    {
        var v = new Validator()
            .Check("Status", Status == AfspraakStatus.Gepland, "Alleen een geplande afspraak kan worden verzet.")
            .Check("NieuwOp", nieuwOp > nu, "Het nieuwe moment van de afspraak ligt in de toekomst.")
            .Check("NieuwOp", nieuwOp != GeplandOp, "Kies een ander moment dan het huidige.")
            .Required("Reden", "Reden van verzetten", reden, 500)
            .Check("GeinformeerdOp", geinformeerdOp is not null, "Vul in wanneer de inwoner is geïnformeerd (OCO-3.7).");
        if (geinformeerdOp is { } g)
            v.Check("GeinformeerdOp", g <= nu, "De inwoner kan niet in de toekomst geïnformeerd zijn.");
        if (!v.IsValid)
            return (null, v.Errors);
        Status = AfspraakStatus.Verzet;
        VerzetReden = reden!.Trim();
        InwonerGeinformeerdOp = geinformeerdOp;
        return (new Afspraak { MeldingId = MeldingId, GeplandOp = nieuwOp, Medewerker = Medewerker, Locatie = Locatie, VervangtId = Id }, []);
    }

    /// <summary>Records that the appointment took place; not before its moment.</summary>
    public IReadOnlyList<ValidationError> Hold(DateTimeOffset nu)
    {
        var v = new Validator()
            .Check("Status", Status == AfspraakStatus.Gepland, "Alleen een geplande afspraak kan als gehouden worden vastgelegd.")
            .Check("Status", GeplandOp <= nu, "Een afspraak die nog moet komen kan niet als gehouden worden vastgelegd.");
        if (v.IsValid)
            Status = AfspraakStatus.Gehouden;
        return v.Errors;
    }
}
