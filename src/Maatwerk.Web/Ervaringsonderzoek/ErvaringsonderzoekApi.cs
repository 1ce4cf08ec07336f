using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Ervaringsonderzoek;

/// <summary>/api/ervaringsonderzoek: the summaries per aanbieder and year (IB-47c; JSON and PDF), the aanbieder's responses,
/// one-time links, "zorg in jaar" (IB-47a) and survey rounds (OCO-2.21, BSD-63f).</summary>
public static class ErvaringsonderzoekApi
{
    public static void MapErvaringsonderzoekApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/ervaringsonderzoek").RequireAuthorization(ErvaringsonderzoekModule.Policy);
        groep.MapGet("/", async (int? jaar, Guid? aanbiederId, ErvaringService s, CancellationToken ct) =>
        {
            var (samenvattingen, fouten) = await s.SummariesAsync(Jaar(jaar, aanbiederId, s), ct);
            return fouten.Count > 0 ? ApiResults.From(SaveResult.Invalid(fouten), "", created: false) : Results.Ok(samenvattingen);
        });
        groep.MapGet("/pdf", async (int? jaar, Guid? aanbiederId, ErvaringService s, CancellationToken ct) =>
            await PdfAsync(Jaar(jaar, aanbiederId, s), s, ct) is { } pdf ? Results.File(pdf, "application/pdf", $"ervaringsonderzoek-{Jaar(jaar, aanbiederId, s).Jaar}.pdf") : Results.BadRequest());
        groep.MapGet("/overzicht", async (int? jaar, ErvaringService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.OverviewAsync(jaar ?? s.Vandaag.Year, ct) is { } o ? OverzichtDto.From(o) : null));
        groep.MapPost("/reacties", async (ClientervaringInput invoer, ErvaringService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/ervaringsonderzoek/reacties", created: true));
        groep.MapPost("/links", async (ErvaringslinkInput invoer, ErvaringService s, HttpRequest request, CancellationToken ct) =>
        {
            var link = await s.CreateLinkAsync(invoer, ct);
            return link.Token is { } token
                ? Results.Ok(new LinkDto(Url(request, token), link.VerlooptOp!.Value))
                : ApiResults.From(link.Result, "", created: false);
        });
        groep.MapPost("/zorg-in-jaar", async (ErvaringJaarInput invoer, ErvaringService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterZorgInJaarAsync(invoer, ct), "/api/verplichtingen", created: false));
        groep.MapPost("/rondes", async (ErvaringsrondeInput invoer, ErvaringService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterRondeAsync(invoer, ct), "/api/ervaringsonderzoek/rondes", created: true));
        groep.MapPost("/rondes/{id:guid}/gedeeld", async (Guid id, DelenInput invoer, ErvaringService s, CancellationToken ct) =>
            ApiResults.From(await s.ShareAsync(id, invoer, ct), "/api/ervaringsonderzoek/rondes", created: false));
    }

    private static ErvaringJaarInput Jaar(int? jaar, Guid? aanbiederId, ErvaringService s) => new() { Jaar = jaar ?? s.Vandaag.Year, AanbiederId = aanbiederId };

    /// <summary>The summary PDF of a year (IB-47c), or null for a wrong year; the export is audited.</summary>
    public static async Task<byte[]?> PdfAsync(ErvaringJaarInput invoer, ErvaringService s, CancellationToken ct)
    {
        var (samenvattingen, fouten) = await s.SummariesAsync(invoer, ct);
        if (fouten.Count > 0)
            return null;
        var rondes = await s.RondesAsync(invoer.Jaar, ct);
        await s.AuditExportAsync(invoer.Jaar, ct);
        return ErvaringPdf.Write(invoer.Jaar, samenvattingen, rondes, "Maatwerk");
    }

    /// <summary>The public address of a link's page.</summary>
    public static string Url(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}/Ervaringsonderzoek/Invullen/{token}";

    public sealed record LinkDto(string Url, DateTimeOffset VerlooptOp);

    public sealed record ReactieDto(Guid Id, Guid ClientId, string Client, DateOnly Datum, string Kanaal, bool? Tevreden);

    public sealed record OverzichtDto(int Jaar, Domain.Ervaringsonderzoek.Ervaringssamenvatting Samenvatting, IReadOnlyList<ReactieDto> Reacties,
        IReadOnlyList<ErvaringService.ClientRow> ZonderReactie, int Rondes)
    {
        public static OverzichtDto From(ErvaringService.Overzicht o) => new(o.Jaar, o.Samenvatting,
            o.Reacties.Select(r => new ReactieDto(r.Reactie.Id, r.Reactie.ClientId, r.Client, r.Reactie.Datum, r.Reactie.Kanaal.ToString(), r.Reactie.Tevreden)).ToList(),
            o.ZonderReactie, o.Rondes.Count);
    }
}
