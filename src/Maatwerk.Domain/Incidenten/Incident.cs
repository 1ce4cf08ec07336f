using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Incidenten;

/// <summary>An incident, calamity, violence incident or data breach at an aanbieder, with the two moments the terms run
/// from (AMB-32): when it happened (the GGD clock, DEV-B8-Report, BSD-88) and when the aanbieder discovered it (the
/// gemeente's clock, DEV-Art9.1, IB-53b; data breaches, DEV-Art19.4, DEV-AIV7A.4, AVG art. 33). Who must be told, within
/// what and with which fields is contract data (profile <c>meldingen</c> and <c>regels</c>); each report is an event about
/// this incident (subject kind "incident").</summary>
public sealed class Incident : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid? ClientId { get; set; }

    /// <summary>calamiteit, incident, geweldsincident, ernstig-incident, datalek: a kind the contract's profile routes.</summary>
    public string Soort { get; set; } = "";
    public string Titel { get; set; } = "";
    public string Omschrijving { get; set; } = "";
    public DateTimeOffset Voorgevallen { get; set; }
    public DateTimeOffset Ontdekt { get; set; }

    /// <summary>Report fields a contract may require (IB-58: aard, gegevens, gevolgen, maatregelen; DEV-AIV7A.4: oorzaak,
    /// aard, maatregelen).</summary>
    public string? Oorzaak { get; set; }
    public string? Aard { get; set; }
    public string? Gegevens { get; set; }
    public string? Gevolgen { get; set; }
    public string? Maatregelen { get; set; }

    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public bool IsDatalek => Soort == IncidentGebeurtenis.Datalek;

    /// <summary>The report fields by their profile names, with their Dutch labels.</summary>
    public static readonly IReadOnlyList<(string Veld, string Label, string Property)> Meldvelden =
    [
        ("oorzaak", "Vermoedelijke oorzaak", nameof(Oorzaak)),
        ("aard", "Aard van het incident of de inbreuk", nameof(Aard)),
        ("gegevens", "Betrokken (persoons)gegevens", nameof(Gegevens)),
        ("gevolgen", "(Mogelijke) gevolgen", nameof(Gevolgen)),
        ("maatregelen", "Genomen en voorgestelde maatregelen", nameof(Maatregelen)),
    ];

    public string? Veld(string veld) => veld switch
    {
        "oorzaak" => Oorzaak, "aard" => Aard, "gegevens" => Gegevens, "gevolgen" => Gevolgen, "maatregelen" => Maatregelen, _ => null,
    };

    /// <summary>The kinds an incident can have under a profile: those its <c>meldingen</c> route, plus incident and datalek.</summary>
    public static IReadOnlyList<string> Soorten(ContractProfile profiel) =>
        profiel.Meldingen.Select(m => m.Soort).Concat([IncidentGebeurtenis.Incident, IncidentGebeurtenis.Datalek])
            .Where(profiel.KnowsGebeurtenis).Distinct().ToList();

    /// <summary>The rules of a new incident under <paramref name="profiel"/>: both moments, discovery not before the event
    /// and not in the future, and every field a routing of this kind requires (with its clause).</summary>
    public IReadOnlyList<ValidationError> Validate(ContractProfile profiel, DateTimeOffset nu)
    {
        var v = new Validator()
            .Check(nameof(Soort), Soorten(profiel).Contains(Soort), $"Kies een soort die het contract kent: {string.Join(", ", Soorten(profiel))}.")
            .Required(nameof(Titel), "Titel", Titel, 200)
            .Required(nameof(Omschrijving), "Omschrijving", Omschrijving, 4000)
            .Check(nameof(Voorgevallen), Voorgevallen != default, "Vul in wanneer het voorval plaatsvond (AMB-32).")
            .Check(nameof(Ontdekt), Ontdekt != default, "Vul in wanneer u het ontdekte (AMB-32).")
            .Check(nameof(Voorgevallen), Voorgevallen <= nu, "Het moment van het voorval kan niet in de toekomst liggen.")
            .Check(nameof(Ontdekt), Ontdekt <= nu, "Het moment van ontdekken kan niet in de toekomst liggen.")
            .Check(nameof(Ontdekt), Ontdekt == default || Voorgevallen == default || Ontdekt >= Voorgevallen,
                "Het moment van ontdekken kan niet vóór het voorval liggen.");
        foreach (var (veld, label, property) in Meldvelden)
        {
            v.Optional(property, label, Veld(veld), 2000);
            var eisen = profiel.Meldingen.Where(m => m.Soort == Soort && m.Velden.Contains(veld)).Select(m => m.Bron ?? m.Aan).ToList();
            if (eisen.Count > 0 && string.IsNullOrWhiteSpace(Veld(veld)))
                v.Add(property, $"{label} is verplicht voor een melding van een {Soort} onder dit contract ({string.Join(", ", eisen)}).");
        }
        return v.Errors;
    }
}
