using Maatwerk.Infrastructure.Beschikkingen;
using Maatwerk.Web.Clienten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Beschikkingen;

/// <summary>/api/beschikkingen and /api/clienten/{id}/beschikkingen.</summary>
public static class BeschikkingenApi
{
    public static void MapBeschikkingenApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/clienten").RequireAuthorization(ClientenModule.Policy)
            .MapGet("/{id:guid}/beschikkingen", async (Guid id, BeschikkingService s, CancellationToken ct) => Results.Ok(await s.ForClientAsync(id, ct)));

        api.MapPost("/beschikkingen", async (BeschikkingInput invoer, BeschikkingService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(invoer, ct), "/api/beschikkingen", created: true)).RequireAuthorization(ToewijzingenModule.Policy);
        api.MapGet("/beschikkingen/{id:guid}", async (Guid id, BeschikkingService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct))).RequireAuthorization(ToewijzingenModule.Policy);
    }
}
