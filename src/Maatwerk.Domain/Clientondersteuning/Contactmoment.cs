using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>One-off information and advice, or a contact within a trajectory (OCO-4.7(e)/(f)).</summary>
public enum Contactsoort
{
    InformatieAdvies = 1,
    Trajectcontact = 2,
}

/// <summary>The municipality's five activity definitions (OCO-2.25 a–e).</summary>
public enum Activiteit
{
    Verhelderen = 1,
    Ondersteuning = 2,
    Verbinden = 3,
    Bemiddelen = 4,
    Signaleren = 5,
}

/// <summary>Where the contact took place (OCO-2.11: outreach, "gaat erop af").</summary>
public enum Locatie
{
    Kantoor = 1,
    Thuis = 2,
    Outreach = 3,
    TelefoonOfOnline = 4,
}

/// <summary>A contact with the resident about a melding (seeds-000-001-003 §1.5 "Contact"): moment, staff member, type,
/// activity with sub-activity (OCO-2.25), contact with the referrer (OCO-4.7(c)), location (OCO-2.11) and multidisciplinary
/// meeting (OCO-2.16). The first contact meets OCO-3.15 and starts OCO-3.16a.</summary>
public sealed class Contactmoment : Entity
{
    public Guid MeldingId { get; set; }
    public DateTimeOffset Moment { get; set; }
    public string Medewerker { get; set; } = "";
    public Contactsoort Soort { get; set; } = Contactsoort.InformatieAdvies;
    public Activiteit Activiteit { get; set; } = Activiteit.Verhelderen;
    public string? SubActiviteit { get; set; }
    public bool MetVerwijzer { get; set; }
    public Locatie Locatie { get; set; } = Locatie.TelefoonOfOnline;
    public bool Multidisciplinair { get; set; }
    public string? Toelichting { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<Contactsoort, string> Soorten = new Dictionary<Contactsoort, string>
    {
        [Contactsoort.InformatieAdvies] = "Eenmalig informatie en advies", [Contactsoort.Trajectcontact] = "Contact binnen een traject",
    };

    public static readonly IReadOnlyDictionary<Locatie, string> Locaties = new Dictionary<Locatie, string>
    {
        [Locatie.Kantoor] = "Kantoor", [Locatie.Thuis] = "Bij de inwoner thuis", [Locatie.Outreach] = "Op locatie in de wijk (outreach)",
        [Locatie.TelefoonOfOnline] = "Telefonisch of online",
    };

    /// <summary>The activities of OCO-2.25 with their sub-activities (code → text).</summary>
    public static readonly IReadOnlyDictionary<Activiteit, (string Naam, IReadOnlyDictionary<string, string> Sub)> Activiteiten =
        new Dictionary<Activiteit, (string, IReadOnlyDictionary<string, string>)>
        {
            [Activiteit.Verhelderen] = ("Verhelderen (a)", new Dictionary<string, string>
            {
                ["informatie-advies"] = "Informatie en advies op maat", ["levensdomeinen"] = "Levensdomeinen en ondersteuningsbehoefte verhelderen",
                ["netwerk-in-kaart"] = "Informeel en formeel netwerk in kaart brengen",
            }),
            [Activiteit.Ondersteuning] = ("Ondersteuning (b)", new Dictionary<string, string>
            {
                ["doelen"] = "Hulp bij het stellen van doelen", ["kortdurend"] = "Kortdurend ondersteunen bij leven met specifieke behoeften",
                ["beschikking-bezwaar"] = "Ondersteuning bij (her)indicatie, beschikking, bezwaar en beroep", ["gesprekken"] = "Ondersteuning bij gesprekken met instanties",
            }),
            [Activiteit.Verbinden] = ("Verbinden (c)", new Dictionary<string, string>
            {
                ["netwerk-versterken"] = "Netwerken versterken en verbinden", ["aanbieder-kiezen"] = "Hulp bij het kiezen van een passende aanbieder",
            }),
            [Activiteit.Bemiddelen] = ("Bemiddelen (d)", new Dictionary<string, string>
            {
                ["zorg-niet-geleverd"] = "Hulp of zorg niet geleverd zoals afgesproken (zo nodig met de gemeente)", ["vertrouwen"] = "Vertrouwen herstellen",
            }),
            [Activiteit.Signaleren] = ("Signaleren (e)", new Dictionary<string, string>
            {
                ["knelpunten"] = "Vroegtijdig signaleren van onregelmatigheden en knelpunten",
            }),
        };

    /// <summary>A contact lies on or after the melding and not in the future; its sub-activity belongs to its activity (OCO-2.25).</summary>
    public IReadOnlyList<ValidationError> Validate(Melding melding, DateTimeOffset nu, Func<DateTimeOffset, string> toon)
    {
        var v = new Validator()
            .Check(nameof(Moment), Moment != default, "Vul het moment van het contact in.")
            .Check(nameof(Soort), Enum.IsDefined(Soort), "Kies de soort contact.")
            .Check(nameof(Activiteit), Enum.IsDefined(Activiteit), "Kies de activiteit (OCO-2.25).")
            .Check(nameof(Locatie), Enum.IsDefined(Locatie), "Kies de locatie.")
            .Optional(nameof(Toelichting), "Toelichting", Toelichting, 1000);
        if (Moment != default)
        {
            v.Check(nameof(Moment), Moment >= melding.OntvangenOp,
                $"Het contact kan niet vóór de melding liggen (melding ontvangen op {toon(melding.OntvangenOp)}).");
            v.Check(nameof(Moment), Moment <= nu, "Een contact kan niet in de toekomst liggen; plan daarvoor een afspraak.");
        }
        if (Enum.IsDefined(Activiteit))
            v.Check(nameof(SubActiviteit), SubActiviteit is null || Activiteiten[Activiteit].Sub.ContainsKey(SubActiviteit),
                $"Deze deelactiviteit hoort niet bij {Activiteiten[Activiteit].Naam} (OCO-2.25).");
        return v.Errors;
    }
}
