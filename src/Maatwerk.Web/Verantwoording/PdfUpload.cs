using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Verantwoording;

namespace Maatwerk.Web.Verantwoording;

/// <summary>An accountability PDF as received: from an API body (<c>application/pdf</c>, the name in <c>?bestandsnaam=</c>) or from a
/// page's file field. The size limit is checked on the way in (413); the domain checks the rest (<see cref="PdfBestand"/>).</summary>
public static class PdfUpload
{
    public sealed record Ontvangen(VerantwoordingService.Upload? Bestand, IResult? Error);

    /// <summary>The body as the uploaded PDF; none when empty and not required.</summary>
    public static async Task<Ontvangen?> FromBodyAsync(HttpRequest request, string? naam, string standaardNaam, bool required, CancellationToken ct)
    {
        if (request.ContentLength > PdfBestand.MaxBytes)
            return TeGroot();
        using var ms = new MemoryStream();
        await request.Body.CopyToAsync(ms, ct);
        if (ms.Length > PdfBestand.MaxBytes)
            return TeGroot();
        if (ms.Length == 0)
            return required ? new(new VerantwoordingService.Upload("", []), null) : null;
        return new(new VerantwoordingService.Upload(string.IsNullOrWhiteSpace(naam) ? standaardNaam : naam, ms.ToArray()), null);
    }

    public static async Task<VerantwoordingService.Upload?> FromFormAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (bestand is null || bestand.Length == 0)
            return null;
        using var ms = new MemoryStream();
        await bestand.OpenReadStream().CopyToAsync(ms, ct);
        return new(bestand.FileName, ms.ToArray());
    }

    private static Ontvangen TeGroot() =>
        new(null, Results.Problem($"Het bestand is groter dan {PdfBestand.MaxBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge));
}
