using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Ervaringsonderzoek;

/// <summary>Who a survey round asked (BSD-63f: clients and employees).</summary>
public enum Doelgroep
{
    Clienten = 1,
    Medewerkers = 2,
    ClientenEnMedewerkers = 3,
}

/// <summary>A survey round under one contract: period, method, respondents, results and the day the results were shared with
/// the gemeente (OCO-2.21: at least once per calendar year, shared; BSD-63f: clients and employees at least once per 2 years).
/// Registering it stores the events the contract's rules wait for (<see cref="Gebeurtenissen"/>).</summary>
public sealed class Ervaringsronde : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Doelgroep Doelgroep { get; set; } = Doelgroep.Clienten;
    public DateOnly Van { get; set; }
    public DateOnly Tot { get; set; }
    public string Methode { get; set; } = "";
    public int Respondenten { get; set; }
    public string Resultaten { get; set; } = "";
    public string? Verbetermaatregelen { get; set; }
    public DateOnly? GedeeldMetGemeenteOp { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<Doelgroep, string> Doelgroepen = new Dictionary<Doelgroep, string>
    {
        [Doelgroep.Clienten] = "Cliënten", [Doelgroep.Medewerkers] = "Medewerkers", [Doelgroep.ClientenEnMedewerkers] = "Cliënten en medewerkers",
    };

    public bool IsClienten => Doelgroep is Doelgroep.Clienten or Doelgroep.ClientenEnMedewerkers;
    public bool IsMedewerkers => Doelgroep is Doelgroep.Medewerkers or Doelgroep.ClientenEnMedewerkers;

    public IReadOnlyList<ValidationError> Validate(DateOnly vandaag) => new Validator()
        .Check(nameof(Doelgroep), Enum.IsDefined(Doelgroep), "Kies de doelgroep: cliënten, medewerkers of beide.")
        .Check(nameof(Van), Van != default, "Begin van het onderzoek is verplicht.")
        .Check(nameof(Tot), Tot != default, "Einde van het onderzoek is verplicht.")
        .Check(nameof(Tot), Tot == default || Van == default || Tot >= Van, "Het einde van het onderzoek kan niet vóór het begin liggen.")
        .Check(nameof(Tot), Tot <= vandaag, "Het einde van het onderzoek kan niet in de toekomst liggen; registreer het als het is afgerond.")
        .Required(nameof(Methode), "Methode (bijvoorbeeld vragenlijst, interviews)", Methode, 500)
        .Check(nameof(Respondenten), Respondenten > 0, "Aantal respondenten: vul een aantal groter dan 0 in.")
        .Required(nameof(Resultaten), "Resultaten", Resultaten, 4000)
        .Optional(nameof(Verbetermaatregelen), "Verbetermaatregelen", Verbetermaatregelen, 2000)
        .Check(nameof(GedeeldMetGemeenteOp), GedeeldMetGemeenteOp is null || GedeeldMetGemeenteOp >= Tot,
            "Gedeeld met de gemeente: de datum kan niet vóór het einde van het onderzoek liggen.")
        .Check(nameof(GedeeldMetGemeenteOp), GedeeldMetGemeenteOp is null || GedeeldMetGemeenteOp <= vandaag,
            "Gedeeld met de gemeente: de datum kan niet in de toekomst liggen.")
        .Errors;

    /// <summary>The events this round stands for, with their date: a client survey shared with the gemeente meets OCO-2.21
    /// (on the day shared); a client or employee survey held meets BSD-63f (on its last day). A contract stores only the
    /// events its profile knows.</summary>
    public IEnumerable<(string Soort, DateOnly Datum)> Gebeurtenissen()
    {
        if (IsClienten && GedeeldMetGemeenteOp is { } gedeeld)
            yield return (ErvaringGebeurtenis.Tevredenheidsonderzoek, gedeeld);
        if (IsClienten)
            yield return (ErvaringGebeurtenis.Clientenonderzoek, Tot);
        if (IsMedewerkers)
            yield return (ErvaringGebeurtenis.Medewerkersonderzoek, Tot);
    }

    /// <summary>Shares the results with the gemeente afterwards (OCO-2.21).</summary>
    public IReadOnlyList<ValidationError> Share(DateOnly op, DateOnly vandaag)
    {
        var v = new Validator()
            .Check(nameof(GedeeldMetGemeenteOp), GedeeldMetGemeenteOp is null, "De resultaten zijn al met de gemeente gedeeld.")
            .Check(nameof(GedeeldMetGemeenteOp), op >= Tot, "Gedeeld met de gemeente: de datum kan niet vóór het einde van het onderzoek liggen.")
            .Check(nameof(GedeeldMetGemeenteOp), op <= vandaag, "Gedeeld met de gemeente: de datum kan niet in de toekomst liggen.");
        if (v.IsValid)
            GedeeldMetGemeenteOp = op;
        return v.Errors;
    }
}
