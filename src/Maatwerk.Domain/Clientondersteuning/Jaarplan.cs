using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>Lot 1's annual plan (OCO-P1-1.5a/b): the plan for year t+1 — progress of the Ontwikkelagenda and the actions
/// planned to improve OCO — submitted by 1 November of year t, a meeting about it scheduled by 15 November, the plan
/// adopted by 15 December (OCO-A18: scheduling, not holding, counts for the meeting). Each step is an organisation-wide
/// event under the contract (<see cref="Ingediend"/>, <see cref="AfspraakIngepland"/>, <see cref="Vastgesteld"/>) that
/// meets the profile rules OCO-P1-1.5a, OCO-P1-1.5b-afspraak and OCO-P1-1.5b-vaststelling (contracts/oco.yaml).</summary>
public sealed class Jaarplan : Entity
{
    public const string Ingediend = "jaarplan-ingediend";
    public const string AfspraakIngepland = "jaarplan-afspraak-ingepland";
    public const string Vastgesteld = "jaarplan-vastgesteld";

    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    /// <summary>The year the plan is for (t+1).</summary>
    public int Jaar { get; set; }
    /// <summary>Progress of the Ontwikkelagenda and the actions planned for the new year (OCO-P1-1.5a).</summary>
    public string Inhoud { get; set; } = "";
    public DateTimeOffset IngediendOp { get; set; }
    public string IngediendDoor { get; set; } = "";

    /// <summary>When the meeting with the gemeente was scheduled, and the day it is (to be) held (OCO-P1-1.5b).</summary>
    public DateTimeOffset? AfspraakIngeplandOp { get; set; }
    public DateOnly? AfspraakDatum { get; set; }

    /// <summary>The day the plan was adopted by both parties (OCO-P1-1.5b).</summary>
    public DateOnly? VastgesteldOp { get; set; }

    public string Status => VastgesteldOp is not null ? "Vastgesteld" : AfspraakDatum is not null ? "Overleg ingepland" : "Ingediend";

    /// <summary>A plan is for next year (submitted in year t for t+1, OCO-P1-1.5a) or, submitted late, for this year.</summary>
    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag) => new Validator()
        .Check(nameof(Jaar), Jaar == vandaag.Year + 1 || Jaar == vandaag.Year,
            $"Het jaarplan is voor volgend jaar ({vandaag.Year + 1}), uiterlijk 1 november in te dienen (OCO-P1-1.5a); of, te laat, voor dit jaar.")
        .Required(nameof(Inhoud), "Inhoud (voortgang Ontwikkelagenda en acties voor het nieuwe jaar, OCO-P1-1.5a)", Inhoud, 4000)
        .Errors;

    /// <summary>Schedules the meeting about the plan (OCO-P1-1.5b); <paramref name="ingediendDag"/> is the submission day.</summary>
    public IReadOnlyList<ValidationError> PlanAfspraak(DateOnly datum, DateOnly ingediendDag, DateTimeOffset nu)
    {
        var v = new Validator()
            .Check(nameof(AfspraakDatum), VastgesteldOp is null, "Dit jaarplan is al vastgesteld.")
            .Check(nameof(AfspraakDatum), datum != default, "Vul de datum van het overleg over het jaarplan in (OCO-P1-1.5b).")
            .Check(nameof(AfspraakDatum), datum == default || datum >= ingediendDag,
                $"Het overleg over het jaarplan ligt niet vóór de indiening ({ingediendDag:dd-MM-yyyy}).");
        if (v.IsValid)
            (AfspraakDatum, AfspraakIngeplandOp) = (datum, nu);
        return v.Errors;
    }

    /// <summary>Records the adoption (OCO-P1-1.5b): after the meeting was scheduled, on or after submission, not in the future.</summary>
    public IReadOnlyList<ValidationError> Vaststellen(DateOnly datum, DateOnly ingediendDag, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(VastgesteldOp), VastgesteldOp is null, "Dit jaarplan is al vastgesteld.")
            .Check(nameof(VastgesteldOp), AfspraakDatum is not null, "Plan eerst het overleg over het jaarplan in (OCO-P1-1.5b).")
            .Check(nameof(VastgesteldOp), datum != default, "Vul de datum van vaststelling in.")
            .Check(nameof(VastgesteldOp), datum == default || (datum >= ingediendDag && datum <= vandaag),
                $"De vaststelling ligt tussen de indiening ({ingediendDag:dd-MM-yyyy}) en vandaag.");
        if (v.IsValid)
            VastgesteldOp = datum;
        return v.Errors;
    }
}
