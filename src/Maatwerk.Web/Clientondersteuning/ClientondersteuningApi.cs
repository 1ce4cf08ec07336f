using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clientondersteuning;

/// <summary>/api/clientondersteuning (OCO workers and coordinator): meldingen with contacts, appointments, trajectory,
/// referrals, the breach list (OCO-2.17) and caseload; /api/oco-rapportages: the periodic report OCO-4.7.</summary>
public static class ClientondersteuningApi
{
    public static void MapClientondersteuningApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/clientondersteuning").RequireAuthorization(ClientondersteuningModule.Policy);
        const string Pad = "/api/clientondersteuning/meldingen";
        g.MapGet("/meldingen", async (string? medewerker, MeldingService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(medewerker, ct: ct)).Select(r => new
            {
                r.Melding.Id, r.Melding.Naam, r.Melding.OntvangenOp, r.Melding.Medewerker, r.Traject, r.Afgerond, r.Overschreden,
                Eerstvolgend = r.Eerstvolgend is { } v ? new { v.RegelId, v.Deadline, Status = v.Status.ToString() } : null,
            })));
        g.MapPost("/meldingen", async (MeldingInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), Pad, created: true));
        g.MapGet("/meldingen/{id:guid}", async (Guid id, MeldingService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        g.MapPost("/meldingen/{id:guid}/contacten", async (Guid id, ContactInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.AddContactAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/afspraken", async (Guid id, AfspraakInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.PlanAfspraakAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/afspraken/{afspraak:guid}/gehouden", async (Guid id, Guid afspraak, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.HoldAfspraakAsync(id, afspraak, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/afspraken/{afspraak:guid}/verzet", async (Guid id, Guid afspraak, VerzetInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.MoveAfspraakAsync(id, afspraak, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/vervangend-aanbod", async (Guid id, VervangendAanbodInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordVervangendAanbodAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/hulp", async (Guid id, HulpInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordHulpAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/klachten", async (Guid id, KlachtKoppelingInput invoer, MeldingService s, CancellationToken ct) =>
            ApiResults.From(await s.LinkKlachtAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/traject", async (Guid id, TrajectInput invoer, TrajectService s, CancellationToken ct) =>
            ApiResults.From(await s.StartAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/traject/afsluiten", async (Guid id, AfsluitInput invoer, TrajectService s, CancellationToken ct) =>
            ApiResults.From(await s.CloseAsync(id, invoer, ct), Pad, created: false));
        g.MapPost("/meldingen/{id:guid}/verwijzingen", async (Guid id, VerwijzingInput invoer, TrajectService s, CancellationToken ct) =>
            ApiResults.From(await s.AddVerwijzingAsync(id, invoer, ct), Pad, created: false));
        g.MapGet("/meldingen/{id:guid}/overdracht", async (Guid id, TrajectService s, CancellationToken ct) =>
            await s.OverdrachtAsync(id, ct) is { } tekst ? Results.Text(tekst, "text/plain; charset=utf-8") : Results.NotFound());
        g.MapGet("/overschrijdingen", async (MeldingService s, CancellationToken ct) =>
            Results.Ok((await s.BreachesAsync(ct)).Select(b => new { MeldingId = b.Melding.Id, b.Verplichting.RegelId, b.Verplichting.Deadline, Status = b.Verplichting.Status.ToString() })));
        g.MapGet("/caseload", async (MeldingService s, CancellationToken ct) => Results.Ok(await s.CaseloadAsync(ct)));

        var r = api.MapGroup("/oco-rapportages").RequireAuthorization(ClientondersteuningModule.RapportagePolicy);
        r.MapGet("/", async (RapportageService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(RapportageDto.From)));
        r.MapPost("/berekenen", async (RapportageInput invoer, RapportageService s, CancellationToken ct) =>
        {
            var (concept, fouten) = await s.CalculateAsync(invoer, ct);
            return concept is null ? ApiResults.From(Infrastructure.Common.SaveResult.Invalid(fouten), "", false) : Results.Ok(concept);
        });
        r.MapPost("/", async (RapportageInput invoer, RapportageService s, CancellationToken ct) =>
            ApiResults.From(await s.SubmitAsync(invoer, ct), "/api/oco-rapportages", created: true));
        r.MapGet("/{id:guid}", async (Guid id, RapportageService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } i ? RapportageDto.From(i) : null));
        r.MapGet("/{id:guid}/pdf", async (Guid id, RapportageService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } i ? Results.File(RapportagePdf.Write(i), "application/pdf", $"rapportage-oco-{i.Rapportage.Van:yyyy-MM-dd}.pdf") : Results.NotFound());
        r.MapGet("/{id:guid}/excel", async (Guid id, RapportageService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } i
                ? Results.File(RapportageExcel.Write(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"rapportage-oco-{i.Rapportage.Van:yyyy-MM-dd}.xlsx")
                : Results.NotFound());
    }

    public sealed record RapportageDto(Guid Id, string Gemeente, string Aanbieder, DateOnly Van, DateOnly Tot, DateTimeOffset IngediendOp, string? Trends,
        IReadOnlyList<RapportageService.IngediendCijfer> Cijfers)
    {
        public static RapportageDto From(RapportageService.Ingediend i) =>
            new(i.Rapportage.Id, i.Gemeente, i.Aanbieder, i.Rapportage.Van, i.Rapportage.Tot, i.Rapportage.IngediendOp, i.Rapportage.Trends, i.Cijfers);
    }
}
