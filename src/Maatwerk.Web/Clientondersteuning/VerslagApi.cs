using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clientondersteuning;

/// <summary>/api/oco-rapportages/jaarplannen: lot 1's annual plan (OCO-P1-1.5a/b); /api/oco-rapportages/{id}/overleggen:
/// the meeting about a submitted report and its minutes (OCO-4.8).</summary>
public static class VerslagApi
{
    public static void MapOcoVerslagApi(this IEndpointRouteBuilder api)
    {
        var r = api.MapGroup("/oco-rapportages").RequireAuthorization(ClientondersteuningModule.RapportagePolicy);
        const string Pad = "/api/oco-rapportages/jaarplannen";
        r.MapGet("/jaarplannen", async (JaarplanService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(j => new
        {
            j.Jaarplan.Id, j.Jaarplan.Versie, j.Jaarplan.Jaar, j.Contract, j.Jaarplan.Inhoud, j.Jaarplan.IngediendOp, j.Jaarplan.AfspraakIngeplandOp,
            j.Jaarplan.AfspraakDatum, j.Jaarplan.VastgesteldOp, j.Jaarplan.Status,
        })));
        r.MapPost("/jaarplannen", async (JaarplanInput invoer, JaarplanService s, CancellationToken ct) =>
            ApiResults.From(await s.SubmitAsync(invoer, ct), Pad, created: true));
        r.MapPost("/jaarplannen/{id:guid}/afspraak", async (Guid id, OcoStapInput invoer, JaarplanService s, CancellationToken ct) =>
            ApiResults.From(await s.PlanAfspraakAsync(id, invoer, ct), Pad, created: false));
        r.MapPost("/jaarplannen/{id:guid}/vaststelling", async (Guid id, OcoStapInput invoer, JaarplanService s, CancellationToken ct) =>
            ApiResults.From(await s.VaststellenAsync(id, invoer, ct), Pad, created: false));

        r.MapGet("/{id:guid}/overleggen", async (Guid id, OverlegService s, CancellationToken ct) => Results.Ok((await s.ListAsync(id, ct)).Select(o => new
        {
            o.Id, o.Versie, o.Datum, o.NotulenOp, o.Notulen, o.GoedgekeurdAanbiederOp, o.GoedgekeurdGemeenteOp, o.Status,
        })));
        r.MapPost("/{id:guid}/overleggen", async (Guid id, OverlegInput invoer, OverlegService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(id, invoer, ct), $"/api/oco-rapportages/{id}/overleggen", created: true));
        r.MapPost("/{id:guid}/overleggen/{overleg:guid}/notulen", async (Guid id, Guid overleg, OcoStapInput invoer, OverlegService s, CancellationToken ct) =>
            ApiResults.From(await s.LeverNotulenAsync(id, overleg, invoer, ct), $"/api/oco-rapportages/{id}/overleggen", created: false));
        r.MapPost("/{id:guid}/overleggen/{overleg:guid}/goedkeuring", async (Guid id, Guid overleg, OcoStapInput invoer, OverlegService s, CancellationToken ct) =>
            ApiResults.From(await s.KeurGoedAsync(id, overleg, invoer, ct), $"/api/oco-rapportages/{id}/overleggen", created: false));
    }
}
