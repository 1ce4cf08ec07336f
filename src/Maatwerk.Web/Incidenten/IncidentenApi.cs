using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Incidenten;

/// <summary>/api/incidenten: the incidents in view with both moments, their deadlines (with "already late at discovery")
/// and the reports made; registering one and recording a report (aanbieder); the report as a PDF.</summary>
public static class IncidentenApi
{
    public static void MapIncidentenApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/incidenten").RequireAuthorization(IncidentenModule.Policy);
        groep.MapGet("/", async (IncidentService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(IncidentDto.From)));
        groep.MapPost("/", async (IncidentInput invoer, IncidentService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/incidenten", created: true));
        groep.MapGet("/{id:guid}", async (Guid id, IncidentService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? IncidentDto.From(d.Row) : null));
        groep.MapPost("/{id:guid}/stappen", async (Guid id, IncidentStapInput invoer, IncidentService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(id, invoer, ct), "/api/incidenten", created: false));
        groep.MapGet("/{id:guid}/pdf", async (Guid id, IncidentService s, CancellationToken ct) =>
            await s.PdfAsync(id, ct) is { } pdf ? Results.File(pdf, "application/pdf", $"melding-{id:N}.pdf") : Results.NotFound());
    }

    public sealed record TermijnDto(string RegelId, string Bron, string Omschrijving, string Actor, DateOnly Deadline, DateTimeOffset? DeadlineMoment,
        bool Onverwijld, string Status, bool AlTeLaatBijOntdekking);

    public sealed record IncidentDto(Guid Id, Guid ContractId, string Contract, string Soort, string Titel, string? Client, DateTimeOffset Voorgevallen,
        DateTimeOffset Ontdekt, bool AlTeLaatBijOntdekking, IReadOnlyList<string> GemeldAan, IReadOnlyList<TermijnDto> Termijnen)
    {
        public static IncidentDto From(IncidentService.Row r) => new(r.Incident.Id, r.Incident.ContractId, r.Contract, r.Incident.Soort, r.Incident.Titel,
            r.Client, r.Incident.Voorgevallen, r.Incident.Ontdekt, r.AlTeLaatBijOntdekking, r.GemeldAan,
            r.Termijnen.Select(t => new TermijnDto(t.Verplichting.RegelId, t.Verplichting.Bron, t.Verplichting.Omschrijving, t.Verplichting.Actor,
                t.Verplichting.Deadline, t.Verplichting.DeadlineMoment, t.Verplichting.Onverwijld, t.Verplichting.Status.ToString(), t.AlTeLaatBijOntdekking)).ToList());
    }
}
