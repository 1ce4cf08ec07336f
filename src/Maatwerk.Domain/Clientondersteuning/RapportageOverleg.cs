using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>The meeting with the gemeente about a submitted periodic report and its minutes (OCO-4.8): the provider delivers
/// the minutes within 2 weeks (14 calendar days) after the meeting; after written approval by both parties they are
/// adopted. The meeting is the event <see cref="Gebeurtenis"/> (starts OCO-4.8), delivering the minutes
/// <see cref="NotulenGebeurtenis"/> (meets it).</summary>
public sealed class RapportageOverleg : Entity
{
    public const string Gebeurtenis = "overleg-rapportage";
    public const string NotulenGebeurtenis = "notulen-aangeleverd";

    public Guid RapportageId { get; set; }
    public Guid ContractId { get; set; }
    public Guid AanbiederId { get; set; }
    public DateOnly Datum { get; set; }
    public string GeregistreerdDoor { get; set; } = "";

    public DateOnly? NotulenOp { get; set; }
    public string? Notulen { get; set; }
    /// <summary>Written approval of the minutes by the provider and by the gemeente; both = adopted (OCO-4.8).</summary>
    public DateOnly? GoedgekeurdAanbiederOp { get; set; }
    public DateOnly? GoedgekeurdGemeenteOp { get; set; }

    public bool IsVastgesteld => GoedgekeurdAanbiederOp is not null && GoedgekeurdGemeenteOp is not null;

    public string Status => IsVastgesteld ? "Notulen vastgesteld" : NotulenOp is not null ? "Notulen aangeleverd" : "Notulen nog aan te leveren";

    /// <summary>A meeting about a report is held on or after its submission and not in the future.</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly ingediendDag, DateOnly vandaag) => new Validator()
        .Check(nameof(Datum), Datum != default, "Vul de datum van het overleg over de rapportage in (OCO-4.8).")
        .Check(nameof(Datum), Datum == default || Datum >= ingediendDag, $"Het overleg gaat over de ingediende rapportage: niet vóór de indiening ({ingediendDag:dd-MM-yyyy}).")
        .Check(nameof(Datum), Datum <= vandaag, "Registreer het overleg als het gehouden is: de datum ligt niet in de toekomst.")
        .Errors;

    /// <summary>Delivers the minutes (meets OCO-4.8): on or after the meeting, not in the future; the provider approves by delivering.</summary>
    public IReadOnlyList<ValidationError> LeverNotulen(DateOnly datum, string? tekst, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(NotulenOp), NotulenOp is null, "De notulen van dit overleg zijn al aangeleverd.")
            .Check(nameof(NotulenOp), datum != default, "Vul de datum in waarop de notulen zijn aangeleverd.")
            .Check(nameof(NotulenOp), datum == default || (datum >= Datum && datum <= vandaag),
                $"De notulen worden aangeleverd op of na het overleg ({Datum:dd-MM-yyyy}) en niet in de toekomst.")
            .Required(nameof(Notulen), "Notulen", tekst, 8000);
        if (v.IsValid)
            (NotulenOp, Notulen, GoedgekeurdAanbiederOp) = (datum, tekst!.Trim(), datum);
        return v.Errors;
    }

    /// <summary>The gemeente's written approval: the minutes are adopted (OCO-4.8).</summary>
    public IReadOnlyList<ValidationError> KeurGoed(DateOnly datum, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(GoedgekeurdGemeenteOp), NotulenOp is not null, "Er zijn nog geen notulen om goed te keuren.")
            .Check(nameof(GoedgekeurdGemeenteOp), GoedgekeurdGemeenteOp is null, "De gemeente heeft deze notulen al goedgekeurd.")
            .Check(nameof(GoedgekeurdGemeenteOp), datum != default && NotulenOp is { } n && datum >= n && datum <= vandaag,
                "De goedkeuring ligt op of na het aanleveren van de notulen en niet in de toekomst.");
        if (v.IsValid)
            GoedgekeurdGemeenteOp = datum;
        return v.Errors;
    }
}
