using Maatwerk.Domain.Common;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.ApiSleutels;

/// <summary>An API key of one organisation (issue 13): another system of that organisation calls the API with it, as
/// the role it was given and with only the scopes it was given. Only the SHA-256 of the secret is stored; the secret
/// itself is shown once, at creation. A revoked key stays (for the audit trail) but no longer authenticates.</summary>
public sealed class ApiSleutel : Entity
{
    public const int NaamMaxLength = 100;

    public Guid OrganisatieId { get; set; }
    public string Naam { get; set; } = "";

    /// <summary>The public part of the key (<c>mwk_</c> and 8 characters): finds the key, names it in lists and in the
    /// audit trail, and keys its rate limit.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The role the calling system acts in: it decides which endpoints exist for the key and which data
    /// (DataScope) it sees, as for a user of that role.</summary>
    public Rol Rol { get; set; }

    /// <summary>Granted scopes separated by spaces, e.g. "berichten:lezen verplichtingen:lezen".</summary>
    public string Scopes { get; set; } = "";

    public DateTimeOffset Aangemaakt { get; set; }
    public string AangemaaktDoor { get; set; } = "";
    public DateTimeOffset? LaatstGebruikt { get; set; }
    public DateTimeOffset? Ingetrokken { get; set; }
    public string? IngetrokkenDoor { get; set; }

    public bool IsActief => Ingetrokken is null;

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Grants(string scope) => ScopeList.Contains(scope, StringComparer.Ordinal);

    /// <summary>The rules for a new key: a name, at least one known scope, a role of the organisation's side that is
    /// not a management role (a key never manages users or keys).</summary>
    public static IReadOnlyList<ValidationError> Validate(string? naam, Rol? rol, IReadOnlyCollection<string> scopes, OrganisatieSoort soort)
    {
        var v = new Validator().Required("Naam", "Naam", naam, NaamMaxLength);
        if (rol is not { } r)
            v.Add("Rol", "Rol is verplicht: kies de rol waarin het systeem werkt.");
        else if (!r.FitsWith(soort))
            v.Add("Rol", $"De rol {r.DisplayName()} hoort niet bij een {soort.ToString().ToLowerInvariant()}.");
        else if (r is Rol.Beheerder or Rol.Kwaliteit)
            v.Add("Rol", "Een API-sleutel kan niet in een beheerrol werken; kies een rol die het werk doet (bijv. consulent of administratie).");
        if (scopes.Count == 0)
            v.Add("Scopes", "Kies ten minste één scope.");
        foreach (var onbekend in scopes.Where(s => !ApiScope.IsKnown(s)))
            v.Add("Scopes", $"Scope '{onbekend}' bestaat niet; kies uit: {string.Join(", ", ApiScope.All.Select(s => s.Naam))}.");
        return v.Errors;
    }
}
