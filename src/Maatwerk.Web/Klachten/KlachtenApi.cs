using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Klachten;

/// <summary>/api/klachten: the complaints in view with their obligations; registering one (aanbieder) and each step of its
/// handling; the gemeente's answer to a complaint put to it.</summary>
public static class KlachtenApi
{
    public static void MapKlachtenApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/klachten").RequireAuthorization(KlachtenModule.Policy);
        groep.MapGet("/", async (bool? open, KlachtService s, CancellationToken ct) => Results.Ok((await s.ListAsync(open ?? false, ct)).Select(KlachtDto.From)));
        groep.MapPost("/", async (KlachtInput invoer, KlachtService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/klachten", created: true));
        groep.MapGet("/rapportage", async ([AsParameters] KlachtenRapportageInput invoer, KlachtenRapportageService s, CancellationToken ct) =>
        {
            var (rapport, fouten) = await s.CreateAsync(invoer, ct);
            return rapport is null ? ApiResults.From(SaveResult.Invalid(fouten), "", created: false) : Results.File(KlachtenRapportagePdf.Write(rapport), "application/pdf");
        });
        groep.MapPost("/rapportage", async (KlachtenRapportageInput invoer, KlachtenRapportageService s, CancellationToken ct) =>
            ApiResults.From(await s.SubmitAsync(invoer, ct), "/api/verplichtingen", created: false));
        groep.MapGet("/{id:guid}", async (Guid id, KlachtService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? KlachtDto.From(d.Row) : null));
        groep.MapPost("/{id:guid}/stappen/{stap}", async (Guid id, string stap, KlachtStapInput invoer, KlachtService s, CancellationToken ct) =>
            ApiResults.From(await s.ExecuteAsync(id, stap, invoer, ct), "/api/klachten", created: false));
    }

    public sealed record VerplichtingDto(string RegelId, string Bron, string Omschrijving, DateOnly Deadline, bool Onverwijld, string Status);

    public sealed record KlachtDto(Guid Id, Guid ContractId, string Contract, Guid? ClientId, string? Client, DateTimeOffset Ontvangen, string Wijze,
        string Indiener, string Omschrijving, bool DirectOpgelost, string Status, DateTimeOffset? BevestigdOp, DateOnly? VerwachteAfhandeling,
        int Voortgangsberichten, DateOnly? VerlengdTot, DateTimeOffset? ToestemmingClientOp, DateTimeOffset? GeescaleerdOp,
        DateTimeOffset? TerugkoppelingGemeenteOp, DateTimeOffset? AfgehandeldOp, string? Afhandeling, string? Verbetermaatregel,
        IReadOnlyList<VerplichtingDto> Verplichtingen)
    {
        public static KlachtDto From(KlachtService.Row r)
        {
            var k = r.Klacht;
            return new(k.Id, k.ContractId, r.Contract, k.ClientId, r.Client, k.Ontvangen, k.Wijze.ToString(), k.Indiener, k.Omschrijving, k.DirectOpgelost,
                k.Status.ToString(), k.BevestigdOp, k.VerwachteAfhandeling, k.Voortgangsberichten, k.VerlengdTot, k.ToestemmingClientOp, k.GeescaleerdOp,
                k.TerugkoppelingGemeenteOp, k.AfgehandeldOp, k.Afhandeling, k.Verbetermaatregel,
                r.Verplichtingen.Select(v => new VerplichtingDto(v.RegelId, v.Bron, v.Omschrijving, v.Deadline, v.Onverwijld, v.Status.ToString())).ToList());
        }
    }
}
