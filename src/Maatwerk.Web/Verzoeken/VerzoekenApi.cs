using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Toewijzingen;

namespace Maatwerk.Web.Verzoeken;

/// <summary>/api/verzoeken and /api/toewijzingen/{id}/verzoek-om-wijziging.</summary>
public static class VerzoekenApi
{
    public static void MapVerzoekenApi(this IEndpointRouteBuilder api)
    {
        var verzoeken = api.MapGroup("/verzoeken").RequireAuthorization(VerzoekenModule.Policy);
        verzoeken.MapListPage<VerzoekService, VerzoekService.Filter, Domain.Verzoeken.Verzoek>("/", VerzoekService.Sorteringen,
            VerzoekService.Filter.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), v => v);
        verzoeken.MapListExport<VerzoekService, VerzoekService.Filter, Domain.Verzoeken.Verzoek>("/export", "verzoeken",
            VerzoekService.Sorteringen, VerzoekService.Csv, VerzoekService.Filter.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
        verzoeken.MapGet("/{id:guid}", async (Guid id, VerzoekService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        verzoeken.MapPost("/", async (VerzoekInput invoer, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.SubmitAsync(invoer, ct), "/api/verzoeken", created: true));
        verzoeken.MapPost("/{id:guid}/antwoord", async (Guid id, VerzoekAntwoord antwoord, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.AnswerAsync(id, antwoord.InOnderzoek, antwoord.Reden, ct), "/api/verzoeken", created: false));
        verzoeken.MapPost("/{id:guid}/toekennen", async (Guid id, VerzoekToekenning toekenning, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.GrantAsync(id, toekenning.Einddatum, ct), "/api/verzoeken", created: false));

        api.MapGroup("/toewijzingen").RequireAuthorization(ToewijzingenModule.Policy)
            .MapPost("/{id:guid}/verzoek-om-wijziging", async (Guid id, WijzigingsverzoekInput invoer, VerzoekService s, CancellationToken ct) =>
                ApiResults.From(await s.RequestWijzigingAsync(id, invoer, ct), "/api/verzoeken", created: true));
    }
}

public sealed record VerzoekAntwoord(bool InOnderzoek, string? Reden);

public sealed record VerzoekToekenning(DateOnly? Einddatum);
