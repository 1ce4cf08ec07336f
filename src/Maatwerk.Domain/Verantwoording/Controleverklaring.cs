using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The rules for the signed accountant's statement (controleverklaring, DEV-Art22.2b, IB-44, OCO-6.2b) a user
/// uploads: a PDF (by name and by content: it starts with "%PDF-"), not empty, at most <see cref="MaxBytes"/>.</summary>
public static class Controleverklaring
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const string Veld = "Controleverklaring";

    public static IReadOnlyList<ValidationError> Validate(string? naam, byte[]? inhoud)
    {
        if (inhoud is null || inhoud.Length == 0 || string.IsNullOrWhiteSpace(naam))
            return [new(Veld, "Kies het ondertekende PDF-bestand met de controleverklaring van de accountant.")];
        var fouten = new List<ValidationError>();
        if (inhoud.Length > MaxBytes)
            fouten.Add(new(Veld, $"Het bestand '{naam}' is {Mb(inhoud.Length)}; de controleverklaring mag hoogstens {Mb(MaxBytes)} zijn."));
        if (!naam.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !IsPdf(inhoud))
            fouten.Add(new(Veld, $"Het bestand '{naam}' is geen PDF; lever de controleverklaring aan als ondertekend PDF-bestand."));
        if (naam.Length > 200)
            fouten.Add(new(Veld, "De bestandsnaam is hoogstens 200 tekens."));
        return fouten;
    }

    public static bool IsPdf(ReadOnlySpan<byte> inhoud) => inhoud.StartsWith("%PDF-"u8);

    public static string Sha256(byte[] inhoud) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(inhoud));

    private static string Mb(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB".Replace('.', ',');
}
