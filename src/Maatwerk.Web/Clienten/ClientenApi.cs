using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clienten;

/// <summary>/api/clienten.</summary>
public static class ClientenApi
{
    public static void MapClientenApi(this IEndpointRouteBuilder api)
    {
        var clienten = api.MapGroup("/clienten").RequireAuthorization(ClientenModule.Policy);
        clienten.MapListPage<ClientService, ClientService.Filter, Domain.Clienten.Client>("/", ClientService.Sorteringen,
            ClientService.Filter.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), c => c);
        clienten.MapListExport<ClientService, ClientService.Filter, Domain.Clienten.Client>("/export", "clienten",
            ClientService.Sorteringen, ClientService.Csv, ClientService.Filter.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
        clienten.MapGet("/{id:guid}", async (Guid id, ClientService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        clienten.MapPost("/", async (ClientInput invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/clienten", created: true));
        clienten.MapPut("/{id:guid}", async (Guid id, ClientInput invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/clienten", created: false));
    }
}
