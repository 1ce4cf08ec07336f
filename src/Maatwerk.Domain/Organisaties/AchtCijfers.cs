namespace Maatwerk.Domain.Organisaties;

/// <summary>The shared rule of the AGB-code and the KvK-nummer: exactly eight digits, not all zeros.</summary>
internal static class AchtCijfers
{
    /// <param name="naam">"De AGB-code", "Het KvK-nummer": the start of the Dutch message.</param>
    public static string? Check(string? input, string naam, out string digits)
    {
        digits = (input ?? "").Trim();
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
            return $"{naam} moet uit precies 8 cijfers bestaan.";
        return digits == "00000000" ? $"{naam} 00000000 bestaat niet." : null;
    }
}
