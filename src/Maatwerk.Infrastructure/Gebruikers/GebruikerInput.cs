using Maatwerk.Domain.Gebruikers;

namespace Maatwerk.Infrastructure.Gebruikers;

public sealed record GebruikerInput
{
    public string Email { get; init; } = "";
    public string Naam { get; init; } = "";
    public Guid OrganisatieId { get; init; }
    public Rol Rol { get; init; }
    public bool Actief { get; init; } = true;

    /// <summary>Required for a new user; when changing a user, empty keeps the current password.</summary>
    public string? Wachtwoord { get; init; }
    public Guid? Versie { get; init; }

    public static GebruikerInput From(Gebruiker g) => new()
    {
        Email = g.Email, Naam = g.Naam, OrganisatieId = g.OrganisatieId, Rol = g.Rol, Actief = g.Actief, Versie = g.Versie,
    };
}
