using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Beschikkingen;

/// <summary>The gemeente's decision (beschikking) granting a client Wmo maatwerkondersteuning for a period. Toewijzingen
/// (iWmo 301) carry it out: each lies within the beschikking's period.</summary>
public sealed class Beschikking : Entity
{
    public Guid ClientId { get; set; }

    /// <summary>The gemeente's number of the decision (iWmo LDT_Nummer in the 315: at most 20 characters).</summary>
    public string Nummer { get; set; } = "";
    public DateOnly Besluitdatum { get; set; }
    public DateOnly Ingangsdatum { get; set; }
    public DateOnly? Einddatum { get; set; }

    /// <summary>What was granted, in the consulent's words (e.g. "Individuele begeleiding, 2 uur per week").</summary>
    public string Omschrijving { get; set; } = "";

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag)
    {
        var v = new Validator()
            .Required(nameof(Nummer), "Beschikkingnummer", Nummer, 20)
            .Required(nameof(Omschrijving), "Omschrijving", Omschrijving, 500)
            .Check(nameof(Besluitdatum), Besluitdatum != default && Besluitdatum <= vandaag, "De besluitdatum is verplicht en ligt niet in de toekomst.")
            .Check(nameof(Ingangsdatum), Ingangsdatum != default, "Ingangsdatum is verplicht.");
        if (Einddatum is { } einde)
            v.Check(nameof(Einddatum), einde >= Ingangsdatum, "De einddatum mag niet vóór de ingangsdatum liggen.");
        return v.Errors;
    }

    /// <summary>A toewijzing carries out this beschikking only within its period.</summary>
    public IReadOnlyList<ValidationError> ValidateToewijzing(DateOnly ingang, DateOnly? einde)
    {
        var v = new Validator()
            .Check("Ingangsdatum", ingang >= Ingangsdatum, $"Niet vóór de ingangsdatum van beschikking {Nummer}: {Ingangsdatum:dd-MM-yyyy}.");
        if (Einddatum is { } eind)
            v.Check("Einddatum", einde is not null && einde <= eind,
                $"Niet na de einddatum van beschikking {Nummer}: {eind:dd-MM-yyyy}.");
        return v.Errors;
    }
}
