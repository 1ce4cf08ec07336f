using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Personeel;

/// <summary>A certificate of conduct (Verklaring Omtrent het Gedrag) of a staff member, as a recorded fact: issue date,
/// number, screening profile and risk areas (IB-8a), and the gemeente's assessment where the contract asks for it (IB-8b).
/// The document stays with the aanbieder.</summary>
public sealed class Vog : Entity
{
    public Guid MedewerkerId { get; set; }
    public DateOnly Afgiftedatum { get; set; }
    public string? Nummer { get; set; }
    public string? Screeningsprofiel { get; set; }
    /// <summary>Risk areas screened (e.g. "08,12"), separated by commas.</summary>
    public string? Risicogebieden { get; set; }
    /// <summary>The date the gemeente assessed this VOG before deployment (IB-8b); a recorded step.</summary>
    public DateOnly? BeoordeeldDoorGemeenteOp { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public IReadOnlyList<string> RisicogebiedenLijst => Medewerker.SplitCodes(Risicogebieden);

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag) => new Validator()
        .Check(nameof(Afgiftedatum), Afgiftedatum != default, "Afgiftedatum is verplicht.")
        .Check(nameof(Afgiftedatum), Afgiftedatum <= vandaag, "De afgiftedatum ligt in de toekomst.")
        .Optional(nameof(Nummer), "VOG-nummer", Nummer, 50)
        .Optional(nameof(Screeningsprofiel), "Screeningsprofiel", Screeningsprofiel, 100)
        .Optional(nameof(Risicogebieden), "Risicogebieden", Risicogebieden, 100)
        .Check(nameof(BeoordeeldDoorGemeenteOp), BeoordeeldDoorGemeenteOp is null || (BeoordeeldDoorGemeenteOp >= Afgiftedatum && BeoordeeldDoorGemeenteOp <= vandaag),
            "De beoordeling door de gemeente ligt tussen de afgiftedatum en vandaag.")
        .Errors;
}
