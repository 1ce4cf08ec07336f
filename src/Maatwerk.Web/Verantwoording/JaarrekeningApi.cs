using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verantwoording;

/// <summary>/api/verantwoording/jaarrekeningen (IB-46a/c): list, upload one document (PDF body, <c>?contractId=&amp;jaar=&amp;soort=&amp;bestandsnaam=</c>),
/// one year's accounts and a document's download.</summary>
public static class JaarrekeningApi
{
    public static void MapJaarrekeningApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/verantwoording/jaarrekeningen").RequireAuthorization(VerantwoordingModule.JaarrekeningenPolicy);
        g.MapGet("/", async (JaarrekeningService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(RowDto.From)));
        g.MapPost("/", async (Guid? contractId, int? jaar, string? soort, string? bestandsnaam, HttpRequest request, JaarrekeningService s, CancellationToken ct) =>
        {
            var upload = await PdfUpload.FromBodyAsync(request, bestandsnaam, "jaarrekening.pdf", required: true, ct);
            var invoer = new JaarrekeningService.Invoer { ContractId = contractId ?? Guid.Empty, Jaar = jaar ?? 0, Soort = Soort(soort) };
            if (upload?.Error is { } fout)
                return fout;
            var result = await s.UploadAsync(invoer, upload?.Bestand, ct);
            return ApiResults.From(result, $"/api/verantwoording/jaarrekeningen/{result.Id}", created: false);
        }).Accepts<byte[]>("application/pdf");
        g.MapGet("/{id:guid}", async (Guid id, JaarrekeningService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? DetailsDto.From(d) : null));
        g.MapPost("/{id:guid}/winst", async (Guid id, WinstService.CijfersInvoer invoer, WinstService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordCijfersAsync(id, invoer, ct), $"/api/verantwoording/jaarrekeningen/{id}", created: false));
        g.MapPost("/{id:guid}/toelichtingsverzoek", async (Guid id, WinstService.VraagInvoer invoer, WinstService s, CancellationToken ct) =>
            ApiResults.From(await s.AskAsync(id, invoer, ct), $"/api/verantwoording/jaarrekeningen/{id}", created: false));
        g.MapPost("/{id:guid}/toelichting", async (Guid id, WinstService.AntwoordInvoer invoer, WinstService s, CancellationToken ct) =>
            ApiResults.From(await s.AnswerAsync(id, invoer, ct), $"/api/verantwoording/jaarrekeningen/{id}", created: false));
        g.MapPost("/{id:guid}/winstoordeel", async (Guid id, WinstService.OordeelInvoer invoer, WinstService s, CancellationToken ct) =>
            ApiResults.From(await s.JudgeAsync(id, invoer, ct), $"/api/verantwoording/jaarrekeningen/{id}", created: false));
        g.MapGet("/{id:guid}/bestanden/{bestandId:guid}", async (Guid id, Guid bestandId, JaarrekeningService s, CancellationToken ct) =>
            await s.BestandAsync(id, bestandId, ct) is { } b ? Results.File(b.Inhoud, "application/pdf", b.Naam) : Results.NotFound());
    }

    /// <summary>"jaarrekening", "groepsjaarrekening", "jaarverslag" (any case); anything else is no choice (the domain says so).</summary>
    public static JaarrekeningSoort? Soort(string? tekst) =>
        Enum.TryParse<JaarrekeningSoort>(tekst, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(tekst, out _) ? s : null;

    public sealed record RowDto(Guid Id, Guid ContractId, string Contract, string Aanbieder, int Jaar, DateTimeOffset? IngediendOp, IReadOnlyList<string> Soorten,
        decimal? Winstpercentage, bool BovenNorm)
    {
        public static RowDto From(JaarrekeningService.Row r) => new(r.Jaarrekening.Id, r.Jaarrekening.ContractId, r.Contract, r.Aanbieder, r.Jaarrekening.Jaar,
            r.Jaarrekening.IngediendOp, r.Soorten.Select(Jaarrekening.SoortNaam).ToList(), Rond(r.Jaarrekening.Winstpercentage), r.Boven);
    }

    /// <summary>The cap, its clause, the figures, the percentage (one decimal), the flag and the explanation workflow.</summary>
    public sealed record WinstDto(decimal? MaxPercentage, string? Bron, string Grondslag, decimal? Omzet, decimal? Resultaat, decimal? Winstpercentage, bool BovenNorm,
        string? Signalering, string? Vraag, string? Antwoord, string? Oordeel, string? Maatregel, string? Notitie)
    {
        public static WinstDto From(JaarrekeningService.Details d)
        {
            var j = d.Jaarrekening;
            return new(d.Norm?.MaxPercentage, d.Norm?.Bron, Winstnorm.Lezing, j.Omzet, j.Resultaat, Rond(j.Winstpercentage), d.Boven,
                d.Boven ? d.Norm!.Signalering(j.Winstpercentage!.Value) : null, j.Vraag, j.Antwoord, j.Oordeel?.ToString().ToLowerInvariant(),
                j.Maatregel is { } m ? m.ToString().ToLowerInvariant() : null, j.OordeelNotitie);
        }
    }

    private static decimal? Rond(decimal? p) => p is { } w ? decimal.Round(w, 1, MidpointRounding.AwayFromZero) : null;

    public sealed record BestandDto(Guid Id, string Soort, string Naam, long Grootte, string Sha256, DateTimeOffset GeuploadOp, string GeuploadDoor);

    public sealed record DetailsDto(Guid Id, string Contract, string Aanbieder, string Opdrachtgever, int Jaar, DateTimeOffset? IngediendOp, IReadOnlyList<BestandDto> Bestanden,
        WinstDto Winst)
    {
        public static DetailsDto From(JaarrekeningService.Details d) => new(d.Jaarrekening.Id, d.Contract.Naam, d.Aanbieder, d.Opdrachtgever, d.Jaarrekening.Jaar,
            d.Jaarrekening.IngediendOp,
            d.Bestanden.Select(b => new BestandDto(b.Id, Jaarrekening.SoortNaam(b.Soort), b.Naam, b.Grootte, b.Sha256, b.GeuploadOp, b.GeuploadDoor)).ToList(), WinstDto.From(d));
    }
}
