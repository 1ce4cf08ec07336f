using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Meldcode;

/// <summary>A training of a staff member in the Meldcode huiselijk geweld en kindermishandeling and its five steps (IB-52a:
/// "alle medewerkers zijn aantoonbaar … geschoold in het toepassen van de vijf stappen"), as a recorded fact: the date, the
/// kind or name of the training and a note of the evidence (certificate, attendance list). The document stays with the
/// aanbieder.</summary>
public sealed class MeldcodeTraining : Entity
{
    public Guid AanbiederId { get; set; }
    /// <summary>The person in the staff register (<c>Personeel/Medewerker</c>).</summary>
    public Guid MedewerkerId { get; set; }
    public DateOnly Datum { get; set; }
    /// <summary>Kind or name of the training, e.g. "E-learning Meldcode (5 stappen)".</summary>
    public string Soort { get; set; } = "";
    /// <summary>Where the evidence is (certificate number, attendance list); the document stays with the aanbieder.</summary>
    public string? Bewijs { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag) => new Validator()
        .Check(nameof(MedewerkerId), MedewerkerId != Guid.Empty, "Medewerker: kies de medewerker die de training volgde.")
        .Check(nameof(Datum), Datum != default, "Datum van de training is verplicht.")
        .Check(nameof(Datum), Datum <= vandaag, "Datum van de training: de datum kan niet in de toekomst liggen; registreer een training als hij is gevolgd.")
        .Required(nameof(Soort), "Soort training", Soort, 200)
        .Optional(nameof(Bewijs), "Bewijs", Bewijs, 500)
        .Errors;
}
