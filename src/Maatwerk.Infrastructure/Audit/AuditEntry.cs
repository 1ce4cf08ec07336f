namespace Maatwerk.Infrastructure.Audit;

/// <summary>One line of the append-only audit trail: who (user and organisation) did what to which record, when.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTimeOffset Moment { get; set; }
    public Guid? GebruikerId { get; set; }
    public string Gebruiker { get; set; } = "";
    public Guid? OrganisatieId { get; set; }
    public string Actie { get; set; } = "";
    public string Entiteit { get; set; } = "";
    public string EntiteitId { get; set; } = "";

    /// <summary>For entities that keep them (<see cref="Domain.Common.IAuditOldValues"/>): the old values of a change
    /// ("Minuten: 60 → 75") or of a deletion ("Was: …").</summary>
    public string? Wijzigingen { get; set; }
}

public static class AuditAction
{
    public const string Lezen = "lezen";
    public const string Aanmaken = "aanmaken";
    public const string Wijzigen = "wijzigen";
    public const string Verwijderen = "verwijderen";
    public const string Inloggen = "inloggen";
    public const string InloggenMislukt = "inloggen-mislukt";
    public const string Uitloggen = "uitloggen";
    /// <summary>A list exported as CSV (issue 9): Entiteit names the list, EntiteitId the search and filters.</summary>
    public const string Exporteren = "exporteren";
    /// <summary>A call of the API with an API key (issue 13): Gebruiker names the key, EntiteitId the method and path.</summary>
    public const string ApiAanroep = "api-aanroep";

    public static string DisplayName(string actie) => actie switch
    {
        Lezen => "Ingezien",
        Aanmaken => "Aangemaakt",
        Wijzigen => "Gewijzigd",
        Verwijderen => "Verwijderd",
        Inloggen => "Ingelogd",
        InloggenMislukt => "Inloggen mislukt",
        Uitloggen => "Uitgelogd",
        Exporteren => "Geëxporteerd",
        ApiAanroep => "API-aanroep",
        _ => actie,
    };
}
