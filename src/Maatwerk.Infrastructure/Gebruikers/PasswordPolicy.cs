namespace Maatwerk.Infrastructure.Gebruikers;

/// <summary>Minimum password rules (BIO: long passwords beat complexity rules).</summary>
public static class PasswordPolicy
{
    public const int MinimumLengte = 12;

    public static string? Validate(string? wachtwoord) =>
        string.IsNullOrEmpty(wachtwoord) || wachtwoord.Length < MinimumLengte
            ? $"Het wachtwoord moet minstens {MinimumLengte} tekens lang zijn."
            : null;
}
