using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verplichtingen;

/// <summary>/api/verplichtingen and /api/gebeurtenissen.</summary>
public static class VerplichtingenApi
{
    public static void MapVerplichtingenApi(this IEndpointRouteBuilder api)
    {
        var verplichtingen = api.MapGroup("/verplichtingen").RequireAuthorization(VerplichtingenModule.Policy);
        verplichtingen.MapListPage<VerplichtingenService, VerplichtingQuery, VerplichtingenService.Row>("/", VerplichtingenService.Sorteringen,
            VerplichtingQuery.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), VerplichtingDto.From);
        verplichtingen.MapListExport<VerplichtingenService, VerplichtingQuery, VerplichtingenService.Row>("/export", "verplichtingen",
            VerplichtingenService.Sorteringen, VerplichtingenService.Csv, VerplichtingQuery.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
        verplichtingen.MapGet("/samenvatting", async (VerplichtingenService s, CancellationToken ct) => Results.Ok(await s.SummaryAsync(ct)));

        api.MapPost("/gebeurtenissen", async (GebeurtenisInput invoer, VerplichtingenService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/gebeurtenissen", created: true))
            .RequireAuthorization(VerplichtingenModule.Policy);
    }
}

/// <summary>An obligation with its clause ("bron") and computed deadline ("deadline": the last day still on time).</summary>
/// <param name="GebeurtenisId">The event that started it; <paramref name="BewijsGebeurtenisId"/> the one that met it.</param>
/// <param name="Uitleg">How the deadline was computed (term, anchor, calendar); <paramref name="Toelichting"/> why the status is what it is.</param>
public sealed record VerplichtingDto(Guid Id, string Regel, string Bron, string Omschrijving, string Soort, string Actor, DateOnly Deadline,
    DateTimeOffset? DeadlineMoment, bool Onverwijld, VerplichtingStatus Status, Guid ContractId, Guid? ClientId, Guid? ToewijzingId,
    Guid GebeurtenisId, Guid? BewijsGebeurtenisId, string Profiel, string? Lezing, string? Uitleg, string? Toelichting)
{
    public static VerplichtingDto From(VerplichtingenService.Row r)
    {
        var v = r.Verplichting;
        return new(v.Id, v.RegelId, v.Bron, v.Omschrijving, v.Soort, v.Actor, v.Deadline, v.DeadlineMoment, v.Onverwijld, v.Status,
            v.ContractId, v.ClientId, v.ToewijzingId, v.GebeurtenisId, v.BewijsGebeurtenisId, $"{v.ProfielId}@{v.ProfielVersie}", v.Lezing, v.Uitleg, v.Toelichting);
    }
}

