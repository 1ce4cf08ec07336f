using Maatwerk.Infrastructure.Tarieven;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Tarieven;

/// <summary>/api/tarieven: the tariffs of a contract, the tariff in force on a date, entering one and importing a table.</summary>
public static class TarievenApi
{
    public static void MapTarievenApi(this IEndpointRouteBuilder api)
    {
        var tarieven = api.MapGroup("/tarieven").RequireAuthorization(TarievenModule.Policy);
        tarieven.MapGet("/", async (TariefService s, CancellationToken ct) =>
            Results.Ok((await s.ContractenAsync(ct)).Select(c => new { c.Id, c.Naam, c.ProfielId })));
        tarieven.MapGet("/{contractId:guid}", async (Guid contractId, TariefService s, CancellationToken ct) =>
            await s.ListAsync(contractId, ct) is { } lijst
                ? Results.Ok(lijst.Producten.Select(p => new { p.Product.Code, p.Product.Naam, p.Product.Eenheid, p.Product.IWmoEenheid, Vandaag = p.Vandaag, p.Historie }))
                : Results.NotFound());
        tarieven.MapGet("/{contractId:guid}/geldend", async (Guid contractId, string product, DateOnly datum, TariefService s, CancellationToken ct) =>
        {
            if (await s.ListAsync(contractId, ct) is null)
                return Results.NotFound();
            var (tarief, melding) = await s.TariefOpAsync(contractId, product, datum, ct);
            return tarief is not null ? Results.Ok(tarief) : Results.ValidationProblem(new Dictionary<string, string[]> { ["Datum"] = [melding!] }, title: "Geen tarief.");
        });
        tarieven.MapPost("/", async (TariefInvoer invoer, TariefService s, CancellationToken ct) =>
            ApiResults.From(await s.AddAsync(invoer, ct), "/api/tarieven", created: false));
        tarieven.MapPost("/import", async (TariefImport invoer, TariefService s, CancellationToken ct) =>
            ApiResults.From(await s.ImportAsync(invoer.ContractId, invoer.Tabel, invoer.Bron, ct), "/api/tarieven", created: false));
    }
}
