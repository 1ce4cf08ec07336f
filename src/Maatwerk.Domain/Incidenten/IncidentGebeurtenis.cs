namespace Maatwerk.Domain.Incidenten;

/// <summary>The events an incident produces; their subject kind is "incident" (profiles: <c>onderwerp: incident</c>); "melding" is the OCO resident's question.</summary>
public static class IncidentGebeurtenis
{
    public const string Onderwerp = "incident";
    public const string Incident = "incident";
    public const string Datalek = "datalek";
    /// <summary>Suffix of the event at the moment it happened (<c>calamiteit-voorgevallen</c>): the GGD clock (AMB-32). The
    /// event named after the kind itself (<c>calamiteit</c>) is at discovery.</summary>
    public const string VoorgevallenSuffix = "-voorgevallen";

    public const string GemeldToezichthouder = "gemeld-toezichthouder";
    public const string GemeldGemeente = "gemeld-gemeente";
    public const string DatalekGemeld = "datalek-gemeld";
    public const string DatalekGemeldAp = "datalek-gemeld-ap";

    /// <summary>The follow-up a kwaliteit user records, in the order of the page, with its Dutch label (DEV-B8 follow-up
    /// included); only those the contract's profile knows are offered.</summary>
    public static readonly IReadOnlyList<(string Soort, string Label)> Stappen =
    [
        (GemeldToezichthouder, "Gemeld aan de toezichthouder (GGD / inspectie)"),
        (GemeldGemeente, "Gemeld aan de gemeente"),
        (DatalekGemeld, "Datalek gemeld aan de gemeente"),
        (DatalekGemeldAp, "Datalek gemeld bij de Autoriteit Persoonsgegevens"),
        ("verzoek-ggd-melding", "De GGD verzoekt alsnog een melding (DEV-B8-NoReport)"),
        ("ontvangstbevestiging-ggd", "Ontvangstbevestiging van de GGD ontvangen (DEV-B8-Ack)"),
        ("ggd-verzoek-onderzoek", "De GGD vraagt een eigen onderzoek (DEV-B8-Route)"),
        ("onderzoeksrapport-ingediend", "Eigen onderzoeksrapport bij de GGD ingediend (DEV-B8-Route)"),
    ];

    /// <summary>The report steps the gemeente's contractmanager sees an incident by.</summary>
    public static readonly IReadOnlyList<string> AanGemeente = [GemeldGemeente, DatalekGemeld];
}
