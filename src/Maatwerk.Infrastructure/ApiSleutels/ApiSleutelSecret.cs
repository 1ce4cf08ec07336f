using System.Security.Cryptography;
using System.Text;

namespace Maatwerk.Infrastructure.ApiSleutels;

/// <summary>Making and checking key secrets: <c>mwk_xxxxxxxx.&lt;43 characters&gt;</c>, 256 random bits after the
/// public prefix. Stored is only the SHA-256 of the whole key (a high-entropy secret needs no slow hash); the check
/// compares in constant time.</summary>
public static class ApiSleutelSecret
{
    public const string Start = "mwk_";
    private const int PrefixLength = 12; // "mwk_" + 8 hex characters

    public static (string Sleutel, string Prefix, string Hash) New()
    {
        var prefix = Start + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var geheim = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var sleutel = $"{prefix}.{geheim}";
        return (sleutel, prefix, HashOf(sleutel));
    }

    /// <summary>The prefix of a presented key, or null when the text cannot be a key (then no lookup is needed).</summary>
    public static string? PrefixOf(string? sleutel) =>
        sleutel is { Length: > PrefixLength + 1 and < 200 } && sleutel.StartsWith(Start, StringComparison.Ordinal) && sleutel[PrefixLength] == '.'
            ? sleutel[..PrefixLength]
            : null;

    public static string HashOf(string sleutel) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)));

    public static bool Matches(string sleutel, string opgeslagenHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(sleutel)), Encoding.ASCII.GetBytes(opgeslagenHash));
}
