using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Clienten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verplichtingen;

namespace Maatwerk.Web.Toewijzingen;

/// <summary>The end of a toewijzing over the API, as on the pages: the Wlz indication and the weekly Wlz check
/// (IB-34a/b/c, gemeente) and informing the client about the end of the indication (IB-27a/b, aanbieder).</summary>
public static class EindeApi
{
    public sealed record WlzProposalDto(Guid ToewijzingId, string ToewijzingNummer, string Aanbieder, bool WlzAanbieder, DateOnly? HuidigeEinddatum,
        DateOnly VoorgesteldeStopdatum, string Gebeurtenis, string? Bron, bool Terugwerkend);

    public static void MapEindeApi(this IEndpointRouteBuilder api)
    {
        var clienten = api.MapGroup("/clienten").RequireAuthorization(ClientenModule.Policy);
        clienten.MapGet("/{id:guid}/wlz-indicatie/voorstel", async (Guid id, DateOnly afgiftedatum, DateOnly? zichtbaarOp, WlzService s, CancellationToken ct) =>
        {
            if (!await s.ClientInViewAsync(id, ct))
                return Results.NotFound();
            var fouten = WlzStopdatum.Validate(afgiftedatum, zichtbaarOp ?? afgiftedatum, s.Vandaag);
            if (fouten.Count > 0)
                return ApiResults.From(SaveResult.Invalid(fouten), "", created: false);
            var regels = await s.ProposeAsync(id, afgiftedatum, zichtbaarOp, ct) ?? [];
            return Results.Ok(regels.Select(r => new WlzProposalDto(r.Toewijzing.Id, r.Toewijzing.ToewijzingNummer, r.Aanbieder, r.WlzAanbieder,
                r.Toewijzing.Einddatum, r.Voorstel.Stopdatum, r.Voorstel.Gebeurtenis, r.Voorstel.Regel?.Bron, r.Voorstel.IsRetroactive(s.Vandaag))));
        });
        clienten.MapPost("/{id:guid}/wlz-indicatie", async (Guid id, WlzInput invoer, WlzService s, CancellationToken ct) =>
        {
            var (result, stops) = await s.RegisterAsync(id, invoer, ct);
            return result.Status == SaveStatus.Ok
                ? Results.Ok(new { id, toewijzingen = stops, waarschuwing = WlzService.Warning(stops) })
                : ApiResults.From(result, "/api/clienten", created: false);
        });
        api.MapPost("/wlz-controle", async (WlzCheckInput invoer, WlzService s, CancellationToken ct) =>
            ApiResults.From(await s.CheckAsync(invoer, ct), "/api/contracten", created: false)).RequireAuthorization(VerplichtingenModule.Policy);

        var toewijzingen = api.MapGroup("/toewijzingen").RequireAuthorization(ToewijzingenModule.Policy);
        toewijzingen.MapGet("/{id:guid}/einde-indicatie", async (Guid id, EindeIndicatieService s, CancellationToken ct) =>
            await s.OverviewAsync(id, metClient: false, ct) is { } o
                ? Results.Ok(new { o.Toewijzing.Einddatum, InformerenUiterlijk = o.Deadline, o.Bron, o.MagRegistreren,
                    Meldingen = o.Meldingen.Select(m => new { m.Id, m.Moment, m.Toelichting, m.GeregistreerdDoor }) })
                : Results.NotFound());
        toewijzingen.MapPost("/{id:guid}/client-geinformeerd-einde", async (Guid id, EindeIndicatieInput invoer, EindeIndicatieService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(id, invoer, ct), "/api/toewijzingen", created: false));
    }
}
