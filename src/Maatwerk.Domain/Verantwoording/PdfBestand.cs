using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The rules for a signed PDF a user uploads for the accountability (the controleverklaring, DEV-Art22.2b, IB-44,
/// OCO-6.2b; the jaarrekening, IB-46a/c): a PDF by name (.pdf) and by content (it starts with "%PDF-"), not empty, at most
/// <see cref="MaxBytes"/>, a name of at most 200 characters; stored with its SHA-256.</summary>
public static class PdfBestand
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <param name="veld">The form field the messages name.</param>
    /// <param name="wat">What the file is, for the messages ("de controleverklaring", "de jaarrekening").</param>
    /// <param name="kies">The message when no file was chosen.</param>
    public static IReadOnlyList<ValidationError> Validate(string veld, string wat, string kies, string? naam, byte[]? inhoud)
    {
        if (inhoud is null || inhoud.Length == 0 || string.IsNullOrWhiteSpace(naam))
            return [new(veld, kies)];
        var fouten = new List<ValidationError>();
        if (inhoud.Length > MaxBytes)
            fouten.Add(new(veld, $"Het bestand '{naam}' is {Mb(inhoud.Length)}; {wat} mag hoogstens {Mb(MaxBytes)} zijn."));
        if (!naam.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !IsPdf(inhoud))
            fouten.Add(new(veld, $"Het bestand '{naam}' is geen PDF; lever {wat} aan als ondertekend PDF-bestand."));
        if (naam.Length > 200)
            fouten.Add(new(veld, "De bestandsnaam is hoogstens 200 tekens."));
        return fouten;
    }

    public static bool IsPdf(ReadOnlySpan<byte> inhoud) => inhoud.StartsWith("%PDF-"u8);

    public static string Sha256(byte[] inhoud) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(inhoud));

    private static string Mb(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB".Replace('.', ',');
}
