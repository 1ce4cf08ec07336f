using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>The rules for the signed accountant's statement (controleverklaring, DEV-Art22.2b, IB-44, OCO-6.2b) a user
/// uploads: the rules of every accountability PDF (<see cref="PdfBestand"/>).</summary>
public static class Controleverklaring
{
    public const int MaxBytes = PdfBestand.MaxBytes;
    public const string Veld = "Controleverklaring";
    /// <summary>The field of the accountant's confirmation that the audit followed the protocol (OCO-6.2c).</summary>
    public const string BevestigingVeld = "ProtocolBevestigd";

    public static IReadOnlyList<ValidationError> Validate(string? naam, byte[]? inhoud) =>
        PdfBestand.Validate(Veld, "de controleverklaring", "Kies het ondertekende PDF-bestand met de controleverklaring van de accountant.", naam, inhoud);

    public static bool IsPdf(ReadOnlySpan<byte> inhoud) => PdfBestand.IsPdf(inhoud);

    public static string Sha256(byte[] inhoud) => PdfBestand.Sha256(inhoud);
}
