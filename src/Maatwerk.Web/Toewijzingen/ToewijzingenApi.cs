using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Toewijzingen;

/// <summary>/api/toewijzingen: issuing, the steps of the care chain, plan, evaluations and warm hand-over.</summary>
public static class ToewijzingenApi
{
    public static void MapToewijzingenApi(this IEndpointRouteBuilder api)
    {
        var toewijzingen = api.MapGroup("/toewijzingen").RequireAuthorization(ToewijzingenModule.Policy);
        toewijzingen.MapListPage<ToewijzingService, ToewijzingService.Filter, ToewijzingService.Row>("/", ToewijzingService.SorteringNamen,
            ToewijzingService.Filter.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), r => r.Toewijzing);
        toewijzingen.MapListPage<ToewijzingService, ToewijzingService.Filter, ToewijzingService.Row>("/overzicht", ToewijzingService.SorteringNamen,
            ToewijzingService.Filter.Read, (s, f, q, ct) => s.PageAsync(f, q, ct), r => r);
        toewijzingen.MapListExport<ToewijzingService, ToewijzingService.Filter, ToewijzingService.ExportRegel>("/export", "toewijzingen",
            ToewijzingService.SorteringNamen, ToewijzingService.Csv, ToewijzingService.Filter.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
        toewijzingen.MapGet("/{id:guid}", async (Guid id, ToewijzingService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        toewijzingen.MapPost("/", async (ToewijzingInput invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.IssueAsync(invoer, ct), "/api/toewijzingen", created: true));
        toewijzingen.MapPost("/{id:guid}/stappen/{stap}", async (Guid id, Zorgstap stap, StapInput invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.StapAsync(id, stap, invoer, ct), "/api/toewijzingen", created: false));

        toewijzingen.MapGet("/{id:guid}/overdracht", async (Guid id, ZorgketenService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.OverdrachtAsync(id, ct) is { } o ? OverdrachtDto.From(o) : null));
        toewijzingen.MapPut("/{id:guid}/overdracht", async (Guid id, OverdrachtInput invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateOverdrachtAsync(id, invoer, ct), "/api/toewijzingen", created: false));

        toewijzingen.MapGet("/{id:guid}/evaluaties", async (Guid id, ZorgketenService s, CancellationToken ct) =>
            Results.Ok((await s.EvaluatiesAsync(id, ct)).Select(e => new { e.Id, e.Datum, e.Deelnemers, e.Eindevaluatie, e.ToestemmingClientOp, e.GedeeldOp, Antwoorden = e.ReadAnswers() })));
        toewijzingen.MapPost("/{id:guid}/evaluaties/{evaluatie:guid}/delen", async (Guid id, Guid evaluatie, ShareEvaluatieInput d, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.ShareEvaluatieAsync(id, evaluatie, d.ToestemmingClientOp, d.GedeeldOp, ct), "/api/toewijzingen", created: false));
        toewijzingen.MapPost("/{id:guid}/evaluaties", async (Guid id, EvaluatieInvoer e, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordEvaluatieAsync(id, e.Datum, e.Deelnemers, e.Antwoorden ?? [], e.Eindevaluatie, ct), "/api/toewijzingen", created: true));

        toewijzingen.MapGet("/{id:guid}/plan", async (Guid id, ZorgketenService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.PlanAsync(id, ct) is { } p ? PlanDto.From(p) : null));
        toewijzingen.MapPut("/{id:guid}/plan", async (Guid id, PlanInput plan, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordPlanAsync(id, plan, ct), "/api/toewijzingen", created: false));
    }
}

public sealed record EvaluatieInvoer(DateOnly Datum, string? Deelnemers, List<string?>? Antwoorden, bool Eindevaluatie);

public sealed record ShareEvaluatieInput(DateOnly? ToestemmingClientOp, DateOnly? GedeeldOp);

/// <summary>The warm hand-over as the API shows it.</summary>
public sealed record OverdrachtDto(Guid ToewijzingId, Guid? NieuweAanbiederId, bool ToestemmingClient, bool DossierGedeeld,
    bool OverdrachtsgesprekGevoerd, bool LaatsteZorgdagAfgestemd, string? Toelichting, bool IsVoltooid, IReadOnlyList<string> Openstaand)
{
    public static OverdrachtDto From(WarmeOverdracht o) => new(o.ToewijzingId, o.NieuweAanbiederId, o.ToestemmingClient, o.DossierGedeeld,
        o.OverdrachtsgesprekGevoerd, o.LaatsteZorgdagAfgestemd, o.Toelichting, o.IsVoltooid, o.Outstanding().ToList());
}

/// <summary>The support plan as the API shows it; Versie goes back with a PUT (optimistic concurrency).</summary>
public sealed record PlanDto(Guid ToewijzingId, string Doelen, string Activiteiten, string Frequentie, string Afschaling, string RolNetwerk,
    string OvereengekomenMet, DateOnly OvereengekomenOp, bool RegieOvergenomen, DateOnly? RegieToestemmingOp, Guid Versie)
{
    public static PlanDto From(Ondersteuningsplan p) => new(p.ToewijzingId, p.Doelen, p.Activiteiten, p.Frequentie, p.Afschaling, p.RolNetwerk,
        p.OvereengekomenMet, p.OvereengekomenOp, p.RegieOvergenomen, p.RegieToestemmingOp, p.Versie);
}
