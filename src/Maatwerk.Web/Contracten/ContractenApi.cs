using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Contracten;

/// <summary>/api/contracten with the iWmo product codes per contract.</summary>
public static class ContractenApi
{
    public static void MapContractenApi(this IEndpointRouteBuilder api)
    {
        var contracten = api.MapGroup("/contracten").RequireAuthorization(ContractenModule.Policy);
        contracten.MapGet("/", async (ContractService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)));
        contracten.MapGet("/{id:guid}", async (Guid id, ContractService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        contracten.MapPost("/", async (ContractInput invoer, ContractService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/contracten", created: true));
        contracten.MapPut("/{id:guid}", async (Guid id, ContractInput invoer, ContractService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/contracten", created: false));
        contracten.MapGet("/{id:guid}/productcodes", async (Guid id, ProductcodeService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound((await s.ListAsync(id, ct))?.Regels.Select(r => new { productcode = r.Product.Code, r.Product.Productcategorie, iwmoProductcode = r.Gekoppeld, inBerichten = r.Effectief })));
        contracten.MapPut("/{id:guid}/productcodes", async (Guid id, Dictionary<string, string?> codes, ProductcodeService s, CancellationToken ct) =>
            ApiResults.From(await s.SaveAsync(id, codes, ct), "/api/contracten", created: false));
    }
}
