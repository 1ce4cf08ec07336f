using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Declaratiebeoordeling;

/// <summary>/api/declaratiebeoordeling: the queue of received WMO323s, one with its lines and checks, a decision per line,
/// approving all clean lines, and sending the WMO325.</summary>
public static class DeclaratiebeoordelingApi
{
    public static void MapDeclaratiebeoordelingApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/declaratiebeoordeling").RequireAuthorization(DeclaratiebeoordelingModule.Policy);
        g.MapGet("/", async (BeoordelingService s, CancellationToken ct) => Results.Ok((await s.QueueAsync(ct)).Select(QueueDto.From)));
        g.MapGet("/{id:guid}", async (Guid id, BeoordelingService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? DetailsDto.From(d) : null));
        g.MapPost("/{id:guid}/regels/{regelId:guid}", async (Guid id, Guid regelId, BeoordelingService.BeslissingInput input, BeoordelingService s, CancellationToken ct) =>
            ApiResults.From(await s.DecideAsync(id, regelId, input, ct), $"/api/declaratiebeoordeling/{id}", created: false));
        g.MapPost("/{id:guid}/schone-regels", async (Guid id, BeoordelingService s, CancellationToken ct) =>
            ApiResults.From(await s.ApproveCleanAsync(id, ct), $"/api/declaratiebeoordeling/{id}", created: false));
        g.MapPost("/betaalbatch", async (BetaalService s, CancellationToken ct) =>
        {
            var u = await s.PayAsync(ct);
            var aangehouden = u.Aangehouden.Select(a => new { a.AanbiederId, a.Aanbieder, a.Reden, a.Bron });
            return u.Result.Status == Infrastructure.Common.SaveStatus.Ok
                ? Results.Ok(new { batchId = u.Result.Id, declaraties = u.Declaraties, bedrag = u.Bruto, verrekend = u.Verrekend, netto = u.Bruto + u.Verrekend, aangehouden })
                : ApiResults.From(u.Result, "/api/declaratiebeoordeling", created: false);
        });
        g.MapPost("/besluiten", async (DeclaratiebesluitService.BesluitInput input, DeclaratiebesluitService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(input, ct), "/api/declaratiebeoordeling/besluiten", created: true));
        g.MapPost("/correctietoestemmingen", async (DeclaratiebesluitService.CorrectietoestemmingInput input, DeclaratiebesluitService s, CancellationToken ct) =>
            ApiResults.From(await s.AllowCorrectionsAsync(input, ct), "/api/declaratiebeoordeling/besluiten", created: true));
        g.MapPost("/besluiten/{id:guid}/opheffen", async (Guid id, DeclaratiebesluitService s, CancellationToken ct) =>
            ApiResults.From(await s.LiftAsync(id, ct), "/api/declaratiebeoordeling/besluiten", created: false));
        g.MapGet("/jaarafsluitingen", async (DeclaratiebesluitService s, CancellationToken ct) =>
            Results.Ok((await s.ClosedYearsAsync(ct)).Select(j => new { j.Id, j.Jaar, j.Toelichting, j.Door, j.Op })));
        g.MapPost("/jaarafsluitingen", async (DeclaratiebesluitService.AfsluitingInput input, DeclaratiebesluitService s, CancellationToken ct) =>
            ApiResults.From(await s.CloseYearAsync(input, ct), "/api/declaratiebeoordeling/jaarafsluitingen", created: true));
        g.MapGet("/betalingen", async (BetaalService s, CancellationToken ct) => Results.Ok(await s.BatchesAsync(ct)));
        g.MapGet("/betalingen/{batchId:guid}/{aanbiederId:guid}", async (Guid batchId, Guid aanbiederId, BetaalService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.SpecificationAsync(batchId, aanbiederId, ct)));
        g.MapGet("/betalingen/{batchId:guid}/{aanbiederId:guid}/{soort:regex(^(pdf|excel)$)}", async (Guid batchId, Guid aanbiederId, string soort, BetaalService s,
            Betaalexport export, CancellationToken ct) => ExportResult(await s.SpecificationAsync(batchId, aanbiederId, ct), soort, export));
        g.MapGet("/betalingen/{batchId:guid}/csv", async (Guid batchId, BetaalService s, Betaalexport export, CancellationToken ct) =>
            await s.BatchAsync(batchId, ct) is { Count: > 0 } alle ? Results.File(export.Csv(alle), Betaalexport.CsvType, $"betaalbatch-{batchId:N}.csv") : Results.NotFound());

        // The aanbieder's side: its own specifications, under the policy of its declarations.
        var a = api.MapGroup("/declaraties/betalingen").RequireAuthorization(Declaraties.DeclaratiesModule.Policy);
        a.MapGet("/", async (BetaalService s, CancellationToken ct) => Results.Ok(await s.BatchesAsync(ct)));
        a.MapGet("/{batchId:guid}/{aanbiederId:guid}", async (Guid batchId, Guid aanbiederId, BetaalService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.SpecificationAsync(batchId, aanbiederId, ct)));
        a.MapGet("/{batchId:guid}/{aanbiederId:guid}/{soort:regex(^(pdf|excel)$)}", async (Guid batchId, Guid aanbiederId, string soort, BetaalService s,
            Betaalexport export, CancellationToken ct) => ExportResult(await s.SpecificationAsync(batchId, aanbiederId, ct), soort, export));
        // DEV-Art8.8b: the sending aanbieder adds the motivation its own system's 323 lacked, while the gemeente assesses it.
        var o = api.MapGroup("/declaraties/ontvangen").RequireAuthorization(Declaraties.DeclaratiesModule.Policy);
        o.MapGet("/", async (MotiveringService s, CancellationToken ct) => Results.Ok((await s.InBeoordelingAsync(ct)).Select(r => new
        {
            r.Declaratie.Id, r.Declaratie.DeclaratieNummer, r.Declaratie.Identificatie, r.Gemeente, r.Declaratie.PeriodeBegin, r.Declaratie.Ontvangen,
            r.Declaratie.Regels, r.Declaratie.Motivering, r.WachtOpMotivering,
        })));
        o.MapPost("/{id:guid}/motivering", async (Guid id, MotiveringService.MotiveringInput input, MotiveringService s, CancellationToken ct) =>
            ApiResults.From(await s.MotiveerAsync(id, input, ct), "/api/declaraties/ontvangen", created: false));
        g.MapPost("/{id:guid}/boete", async (Guid id, DeclaratiebesluitService.BoeteInput input, DeclaratiebesluitService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordBoeteAsync(id, input, ct), "/api/declaratiebeoordeling/besluiten", created: true));
        g.MapGet("/besluiten", async (DeclaratiebesluitService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(BesluitDto.From)));
        g.MapGet("/steekproeven", async (SteekproefService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(r => new
        {
            r.Steekproef.Id, r.Aanbieder, r.Steekproef.Periode, r.Steekproef.Seed, r.Steekproef.Omvang, r.Steekproef.Populatie, r.Open, r.NietInOrde,
        })));
        g.MapPost("/steekproeven", async (SteekproefService.SteekproefInput input, SteekproefService s, CancellationToken ct) =>
            ApiResults.From(await s.DrawAsync(input, ct), "/api/declaratiebeoordeling/steekproeven", created: true));
        g.MapGet("/steekproeven/{id:guid}", async (Guid id, SteekproefService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? SteekproefDto.From(d) : null));
        g.MapPost("/steekproeven/{id:guid}/regels/{regelId:guid}", async (Guid id, Guid regelId, SteekproefService.UitkomstInput input, SteekproefService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(id, regelId, input, ct), $"/api/declaratiebeoordeling/steekproeven/{id}", created: false));
        g.MapPost("/{id:guid}/antwoord", async (Guid id, BeoordelingService s, CancellationToken ct) =>
            ApiResults.From(await s.SendAsync(id, ct), $"/api/declaratiebeoordeling/{id}", created: false));
    }

    public sealed record QueueDto(Guid Id, string Aanbieder, string DeclaratieNummer, DateOnly PeriodeBegin, DateTimeOffset Ontvangen, int Regels, int Open,
        int Afgewezen, long TotaalIngediend, string Status, long? TotaalToegekend)
    {
        public static QueueDto From(BeoordelingService.QueueRow r) => new(r.Declaratie.Id, r.Aanbieder, r.Declaratie.DeclaratieNummer, r.Declaratie.PeriodeBegin,
            r.Declaratie.Ontvangen, r.Declaratie.Regels, r.Open, r.Afgewezen, r.Declaratie.TotaalIngediend, r.Declaratie.Status.ToString(), r.Declaratie.TotaalToegekend);
    }

    private static IResult ExportResult(Betaalspecificatie? spec, string soort, Betaalexport export)
    {
        if (spec is null)
            return Results.NotFound();
        var bestand = soort == "pdf" ? export.Pdf(spec) : export.Excel(spec);
        return Results.File(bestand.Inhoud, soort == "pdf" ? "application/pdf" : Betaalexport.ExcelType, bestand.Naam);
    }

    public sealed record BesluitDto(Guid Id, string Soort, Guid AanbiederId, string Aanbieder, Guid? DeclaratieId, string? DeclaratieNummer, Guid? PrestatieId,
        int? Regels, long Bedrag, string Reden, string Bron, string Door, DateTimeOffset Op, DateTimeOffset? OpgehevenOp, Guid? BetaalbatchId, bool Open, int? Jaar = null)
    {
        public static BesluitDto From(DeclaratiebesluitService.LedgerRow r)
        {
            var b = r.Besluit;
            return new(b.Id, Declaratiebesluit.Naam(b.Soort), b.AanbiederId, r.Aanbieder, b.DeclaratieId, r.DeclaratieNummer, b.PrestatieId, b.Regels, b.Bedrag, b.Reden,
                b.Bron, b.Door, b.Op, b.OpgehevenOp, b.BetaalbatchId, b.IsOpenBedrag || b.IsActieveOpschorting, b.Jaar);
        }
    }

    public sealed record SteekproefRegelDto(Guid Id, Guid PrestatieId, string DeclaratieNummer, string ReferentieNummer, string ToewijzingNummer, string ProductCode,
        DateOnly Begindatum, long Bedrag, string Uitkomst, string? Notitie, Guid? BesluitId);

    public sealed record SteekproefDto(Guid Id, string Aanbieder, DateOnly Periode, string Seed, int Omvang, int Populatie, IReadOnlyList<SteekproefRegelDto> Regels)
    {
        public static SteekproefDto From(SteekproefService.Details d) => new(d.Steekproef.Id, d.Aanbieder, d.Steekproef.Periode, d.Steekproef.Seed, d.Steekproef.Omvang,
            d.Steekproef.Populatie, d.Regels.Select(r => new SteekproefRegelDto(r.Regel.Id, r.Prestatie.Id, r.DeclaratieNummer, r.Prestatie.ReferentieNummer,
                r.Prestatie.ToewijzingNummer, r.Prestatie.ProductCode, r.Prestatie.Begindatum, r.Prestatie.BedragMetTeken, UitkomstNaam(r.Regel.Uitkomst), r.Regel.Notitie,
                r.Regel.BesluitId)).ToList());
    }

    public static string UitkomstNaam(SteekproefUitkomst u) => u switch
    {
        SteekproefUitkomst.InOrde => "in orde",
        SteekproefUitkomst.NietInOrde => "niet in orde",
        _ => "open",
    };

    public sealed record CheckDto(string Regel, string Retourcode, string Uitkomst, string Melding);

    public sealed record RegelDto(Guid Id, int Volgnummer, string Bsn, string ReferentieNummer, string? VorigReferentieNummer, string ToewijzingNummer,
        string ProductCategorie, string ProductCode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid, long? ProductTarief,
        long Bedrag, string DebetCredit, bool Schoon, string? VoorgesteldeCode, string Beoordeling, string? Retourcode, string? RetourcodeOmschrijving,
        string? Toelichting, string Status, IReadOnlyList<CheckDto> Controles);

    public sealed record DetailsDto(Guid Id, string Aanbieder, string Gemeente, string DeclaratieNummer, DateOnly PeriodeBegin, DateOnly PeriodeEinde,
        DateTimeOffset Ontvangen, long TotaalIngediend, string Status, string? Declaratiecode, bool KanVerzenden, long? TotaalToegekend,
        string? AntwoordIdentificatie, DateTimeOffset? BetaaldOp, IReadOnlyList<RegelDto> Regels, string? Motivering = null)
    {
        public static DetailsDto From(BeoordelingService.Details d) => new(d.Declaratie.Id, d.Aanbieder, d.Gemeente, d.Declaratie.DeclaratieNummer,
            d.Declaratie.PeriodeBegin, d.Declaratie.PeriodeEinde, d.Declaratie.Ontvangen, d.Declaratie.TotaalIngediend, d.Declaratie.Status.ToString(),
            d.Declaratie.Declaratiecode, d.KanVerzenden, d.Declaratie.TotaalToegekend, d.Declaratie.AntwoordIdentificatie, d.Declaratie.BetaaldOp,
            d.Regels.Select(r => new RegelDto(r.Id, r.Volgnummer, r.Bsn, r.ReferentieNummer, r.VorigReferentieNummer, r.ToewijzingNummer, r.ProductCategorie,
                r.ProductCode, r.Begindatum, r.Einddatum, r.GeleverdVolume, r.Eenheid, r.ProductTarief, r.Bedrag, r.DebetCredit, r.IsSchoon, r.VoorgesteldeCode,
                r.Beoordeling.ToString(), r.Retourcode, r.Retourcode is null ? null : Codelijst.RetourcodeOmschrijving(r.Retourcode), r.Toelichting, d.Declaratie.StatusOf(r),
                r.ReadChecks().Select(c => new CheckDto(c.Regel, c.Retourcode, Uitkomst(c.Outcome), c.Melding)).ToList())).ToList(), d.Declaratie.Motivering);
    }

    public static string Uitkomst(CheckOutcome o) => o switch
    {
        CheckOutcome.Passed => "goed",
        CheckOutcome.Rejected => "afwijzen",
        _ => "handmatig",
    };
}
