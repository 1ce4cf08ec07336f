using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clienten;

/// <summary>/api/clienten.</summary>
public static class ClientenApi
{
    public static void MapClientenApi(this IEndpointRouteBuilder api)
    {
        var clienten = api.MapGroup("/clienten").RequireAuthorization(ClientenModule.Policy);
        clienten.MapGet("/", async (string? zoek, ClientService s, CancellationToken ct) => Results.Ok(await s.ListAsync(zoek, ct)));
        clienten.MapGet("/{id:guid}", async (Guid id, ClientService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        clienten.MapPost("/", async (ClientInvoer invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/clienten", created: true));
        clienten.MapPut("/{id:guid}", async (Guid id, ClientInvoer invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/clienten", created: false));
    }
}
