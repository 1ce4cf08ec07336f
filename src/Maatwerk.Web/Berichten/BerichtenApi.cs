using Maatwerk.Domain.Berichten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Berichten;

/// <summary>/api/iwmo/berichten: the inbox/outbox, one message with its XML and retourbericht, and receiving a message.</summary>
public static class BerichtenApi
{
    public static void MapBerichtenApi(this IEndpointRouteBuilder api)
    {
        var berichten = api.MapGroup("/iwmo/berichten").RequireAuthorization(BerichtenModule.Policy);
        berichten.MapListPage<BerichtenOverview, BerichtenOverview.Filter, BerichtenOverview.Row>("/", BerichtenOverview.Sorteringen,
            BerichtenOverview.Filter.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), r => new { r.Bericht.Id, r.Bericht.Soort, r.Bericht.Identificatie,
                r.Bericht.Afzender, r.Bericht.Ontvanger, r.Bericht.Ontvangen, r.Bericht.Geldig, r.Bericht.RetourSoort, r.Bericht.Retourcodes, r.Bericht.ToewijzingId });
        berichten.MapListExport<BerichtenOverview, BerichtenOverview.Filter, BerichtenOverview.Row>("/export", "berichten",
            BerichtenOverview.Sorteringen, BerichtenOverview.Csv, BerichtenOverview.Filter.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
        berichten.MapGet("/{id:guid}", async (Guid id, BerichtenOverview s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } r ? BerichtDto.From(r.Bericht) : null));
        api.MapPost("/iwmo/berichten", OntvangAsync).RequireAuthorization(BerichtenModule.Policy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(BerichtenService.MaximaleGrootte + 1024 * 1024))
            .Accepts<string>("application/xml").Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>POST /api/iwmo/berichten: an iWmo heenbericht as the body, answered with its retourbericht (XML).
    /// 413 above the size limit; 400 with a Dutch message when there is no readable message or it is not addressed to
    /// the caller's organisation. A second delivery returns the first answer.</summary>
    public static async Task<IResult> OntvangAsync(HttpRequest request, BerichtenService berichten, BerichtApplier toepassing, DataScope scope,
        Infrastructure.Declaraties.DeclaratieRetourVerwerking declaratieRetour, CancellationToken ct)
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
        // A WMO325 has no retourbericht of its own: it is applied to the aanbieder's declaration, all or nothing (issue 11).
        if (Infrastructure.Declaraties.DeclaratieRetourVerwerking.IsWmo325(ms.ToArray()))
            return Declaraties.DeclaratieRetourApi.Answer(await declaratieRetour.ReceiveAsync(ms.ToArray(), scope.Organisatie, "api", ct));
        var uitkomst = await berichten.OntvangAsync(ms.ToArray(), scope.Organisatie, "api", ct);
        if (!uitkomst.Gelukt || (uitkomst.Retour is null && uitkomst.BerichtId is null))
            return Results.Problem(uitkomst.Melding ?? "Het bericht kon niet worden verwerkt.", statusCode: StatusCodes.Status400BadRequest, title: "Ongeldig bericht");
        if (uitkomst.BerichtId is not { } id)
            return Results.File(uitkomst.Retour!, "application/xml");
        if (!uitkomst.IsHerhaling)
            await toepassing.ApplyAsync(id, ct);
        // A WMO323 goes to the gemeente's checks: 202 until its one WMO325 is sent (IV087, OP090x4); then that 325.
        return await berichten.RetourAsync(id, ct) is { } retour
            ? Results.File(retour, "application/xml")
            : Results.Json(new { berichtId = id, melding = Infrastructure.Declaratiebeoordeling.DeclaratieOntvangst.InBeoordeling }, statusCode: StatusCodes.Status202Accepted);
    }
}

/// <summary>One message as the API shows it: the iWmo content and its answer, without the platform's own bookkeeping
/// (version token, internal organisation ids).</summary>
public sealed record BerichtDto(Guid Id, string Soort, string BerichtCode, string Identificatie, DateOnly Dagtekening, string Afzender, string Ontvanger,
    DateTimeOffset Ontvangen, bool Geldig, string? RetourSoort, string? Retourcodes, Guid? ToewijzingId, Guid? ClientId, string Kanaal, string Xml, string? RetourXml)
{
    public static BerichtDto From(Bericht b) => new(b.Id, b.Soort, b.BerichtCode, b.Identificatie, b.Dagtekening, b.Afzender, b.Ontvanger,
        b.Ontvangen, b.Geldig, b.RetourSoort, b.Retourcodes, b.ToewijzingId, b.ClientId, b.Kanaal, b.Xml, b.RetourXml);
}
