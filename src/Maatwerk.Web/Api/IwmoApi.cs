using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;

namespace Maatwerk.Web.Api;

public static class IwmoApi
{
    /// <summary>POST /api/iwmo/berichten: an iWmo heenbericht as the body, answered with its retourbericht (XML).
    /// 413 above the size limit; 400 with a Dutch message when there is no readable message or it is not addressed to
    /// the caller's organisation. A second delivery returns the first answer.</summary>
    public static async Task<IResult> OntvangAsync(HttpRequest request, BerichtenService berichten, BerichtToepassing toepassing, DataScope scope, CancellationToken ct)
    {
        if (request.ContentLength > BerichtenService.MaximaleGrootte)
            return Results.Problem($"Het bericht is groter dan {BerichtenService.MaximaleGrootte / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int gelezen;
        while ((gelezen = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            ms.Write(buffer, 0, gelezen);
            if (ms.Length > BerichtenService.MaximaleGrootte)
                return Results.Problem($"Het bericht is groter dan {BerichtenService.MaximaleGrootte / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (ms.Length == 0)
            return Results.Problem("Het bericht is leeg.", statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig bericht");
        var uitkomst = await berichten.OntvangAsync(ms.ToArray(), scope.Organisatie, "api", ct);
        if (!uitkomst.Gelukt || uitkomst.Retour is null)
            return Results.Problem(uitkomst.Melding ?? "Het bericht kon niet worden verwerkt.", statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig bericht");
        if (uitkomst.BerichtId is { } id)
            await toepassing.ToepassenAsync(id, ct);
        return Results.File(uitkomst.Retour, "application/xml");
    }
}
