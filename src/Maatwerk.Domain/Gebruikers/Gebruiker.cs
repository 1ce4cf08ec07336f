using Maatwerk.Domain.Common;
using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.Gebruikers;

public sealed class Gebruiker : Entity
{
    /// <summary>The login name: an e-mail address, stored lower case.</summary>
    public string Email { get; set; } = "";
    public string Naam { get; set; } = "";
    public Guid OrganisatieId { get; set; }
    public Rol Rol { get; set; }
    public string WachtwoordHash { get; set; } = "";
    public bool Actief { get; set; } = true;

    public int MisluktePogingen { get; set; }
    public DateTimeOffset? GeblokkeerdTot { get; set; }

    /// <summary>Base32 TOTP secret (RFC 6238) once the user has set up a second factor.</summary>
    public string? TotpGeheim { get; set; }
    public bool TotpActief { get; set; }

    public const int MaxMisluktePogingen = 5;
    public static readonly TimeSpan BlokkeerDuur = TimeSpan.FromMinutes(15);

    public bool IsLockedOut(DateTimeOffset nu) => GeblokkeerdTot is { } tot && tot > nu;

    public void RegisterFailedAttempt(DateTimeOffset nu)
    {
        MisluktePogingen++;
        if (MisluktePogingen >= MaxMisluktePogingen)
        {
            GeblokkeerdTot = nu + BlokkeerDuur;
            MisluktePogingen = 0;
        }
    }

    public void RegisterSuccessfulLogin()
    {
        MisluktePogingen = 0;
        GeblokkeerdTot = null;
    }

    public IReadOnlyList<ValidationError> Validate(OrganisatieSoort organisatieSoort)
    {
        var v = new Validator()
            .Required(nameof(Email), "E-mailadres", Email, 200)
            .Required(nameof(Naam), "Naam", Naam, 200);
        if (!string.IsNullOrWhiteSpace(Email))
            v.Check(nameof(Email), IsEmail(Email), "Het e-mailadres is niet geldig (verwacht: naam@domein.nl).");
        if (!Enum.IsDefined(Rol))
            v.Add(nameof(Rol), "Kies een rol.");
        else
            v.Check(nameof(Rol), Rol.FitsWith(organisatieSoort),
                $"De rol {Rol.DisplayName()} past niet bij een organisatie van soort {organisatieSoort.ToString().ToLowerInvariant()}.");
        return v.Errors;
    }

    private static bool IsEmail(string s)
    {
        var at = s.IndexOf('@');
        return at > 0 && at == s.LastIndexOf('@') && s.IndexOf('.', at) > at + 1 && !s.EndsWith('.') && !s.Any(char.IsWhiteSpace);
    }
}
