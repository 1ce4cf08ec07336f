using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verantwoording;

/// <summary>/api/verantwoording: list, generate, one statement with its products (and, for the gemeente, the
/// reconciliation), submit (optionally with the accountant's statement as an application/pdf body), the accountant's
/// statement later, the gemeente's judgement, and the exports.</summary>
public static class VerantwoordingApi
{
    public static void MapVerantwoordingApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/verantwoording").RequireAuthorization(VerantwoordingModule.Policy);
        g.MapGet("/", async (VerantwoordingService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(RowDto.From)));
        g.MapPost("/", async (VerantwoordingService.GenerateInput input, VerantwoordingService s, CancellationToken ct) =>
        {
            var result = await s.GenerateAsync(input, ct);
            return ApiResults.From(result, $"/api/verantwoording/{result.Id}", created: false);
        });
        g.MapGet("/verzuim", async (VerzuimService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(r => new VerzuimDto(r.Verplichting.Id,
            r.Contract, r.Verplichting.RegelId, r.Verplichting.Bron, r.Jaar, r.Verplichting.Deadline, r.Maatregelen.Select(m => $"{Declaratiebesluit.Naam(m.Soort)} ({m.Bron})").ToList()))));
        g.MapPost("/verzuim", async (VerzuimService.Invoer invoer, VerzuimService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(invoer, ct), "/api/verantwoording/verzuim", created: false));
        g.MapGet("/{id:guid}", async (Guid id, VerantwoordingService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? DetailsDto.From(d) : null));
        // ?protocolBevestigd=true: the accountant confirms the audit followed the protocol (OCO-6.2c), only where the profile asks it.
        g.MapPost("/{id:guid}/indiening", async (Guid id, string? bestandsnaam, bool? protocolBevestigd, HttpRequest request, VerantwoordingService s, CancellationToken ct) =>
        {
            var upload = await PdfUpload.FromBodyAsync(request, bestandsnaam, "controleverklaring.pdf", required: false, ct);
            return upload?.Error ?? ApiResults.From(await s.SubmitAsync(id, upload?.Bestand, protocolBevestigd == true, ct), $"/api/verantwoording/{id}", created: false);
        }).Accepts<byte[]>("application/pdf");
        g.MapPost("/{id:guid}/controleverklaring", async (Guid id, string? bestandsnaam, bool? protocolBevestigd, HttpRequest request, VerantwoordingService s, CancellationToken ct) =>
        {
            var upload = await PdfUpload.FromBodyAsync(request, bestandsnaam, "controleverklaring.pdf", required: true, ct);
            return upload?.Error ?? ApiResults.From(await s.SubmitVerklaringAsync(id, upload?.Bestand, protocolBevestigd == true, ct), $"/api/verantwoording/{id}", created: false);
        }).Accepts<byte[]>("application/pdf");
        // The national-format file the aanbieder uploaded, as it was received (a read in the audit trail).
        g.MapGet("/{id:guid}/upload", async (Guid id, VerantwoordingService s, CancellationToken ct) =>
            await s.BestandAsync(id, VerantwoordingBestandSoort.LandelijkFormaat, ct) is { } b ? Results.File(b.Inhoud, VerantwoordingService.MediaType(b), b.Naam) : Results.NotFound());
        g.MapGet("/{id:guid}/controleverklaring", async (Guid id, VerantwoordingService s, CancellationToken ct) =>
            await s.VerklaringAsync(id, ct) is { } b ? Results.File(b.Inhoud, "application/pdf", b.Naam) : Results.NotFound());
        g.MapPost("/{id:guid}/oordeel", async (Guid id, VerantwoordingService.OordeelInput input, VerantwoordingService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordOordeelAsync(id, input, ct), $"/api/verantwoording/{id}", created: false));
        g.MapGet("/{id:guid}/pdf", async (Guid id, VerantwoordingExport e, CancellationToken ct) =>
            await e.PdfAsync(id, ct) is { } f ? Results.File(f.Inhoud, f.Type, f.Naam) : Results.NotFound());
        g.MapGet("/{id:guid}/excel", async (Guid id, VerantwoordingExport e, CancellationToken ct) =>
            await e.ExcelAsync(id, ct) is { } f ? Results.File(f.Inhoud, f.Type, f.Naam) : Results.NotFound());
        // The national format (OCO-6.2a, DEV-Art22.1): xlsx, or ?formaat=csv.
        g.MapGet("/{id:guid}/landelijk", async (Guid id, string? formaat, LandelijkeExport e, CancellationToken ct) =>
            await (formaat == "csv" ? e.CsvAsync(id, ct) : e.ExcelAsync(id, ct)) is { } f ? Results.File(f.Inhoud, f.Type, f.Naam) : Results.NotFound());
        // A statement drawn up in the aanbieder's own system, in the national format: the xlsx or CSV as the body.
        g.MapPost("/upload", async ([AsParameters] VerantwoordingUploadService.UploadInput input, string? bestandsnaam, HttpRequest request,
            VerantwoordingUploadService s, CancellationToken ct) =>
        {
            using var ms = new MemoryStream();
            await request.Body.CopyToAsync(ms, ct);
            var result = await s.UploadAsync(input, new(string.IsNullOrWhiteSpace(bestandsnaam) ? "productieverantwoording.xlsx" : bestandsnaam, ms.ToArray()), ct);
            return ApiResults.From(result, $"/api/verantwoording/{result.Id}", created: false);
        }).Accepts<byte[]>(VerantwoordingExport.ExcelType, "text/csv");
        api.MapJaarrekeningApi();
        MapUitgavenApi(api);
    }

    /// <summary>/api/uitgaven?jaar=: the spending overview as JSON, /api/uitgaven/excel?jaar= as Excel.</summary>
    private static void MapUitgavenApi(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/uitgaven").RequireAuthorization(VerantwoordingModule.UitgavenPolicy);
        g.MapGet("/", async (int? jaar, UitgavenService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(jaar, ct) is { } o ? UitgavenDto.From(o) : null));
        g.MapGet("/excel", async (int? jaar, UitgavenService s, CancellationToken ct) =>
            await s.ExcelAsync(jaar, ct) is { } f ? Results.File(f.Inhoud, VerantwoordingExport.ExcelType, f.Naam) : Results.NotFound());
    }

    public sealed record UitgavenRijDto(string Maand, string Sleutel, long Toegewezen, long Ingediend, long Goedgekeurd, long Betaald, long Budget)
    {
        public static UitgavenRijDto From(Uitgaven.Rij r) => new(r.Maand.ToString("yyyy-MM"), r.Sleutel, r.Toegewezen, r.Ingediend, r.Goedgekeurd, r.Betaald, r.Budget);
    }

    public sealed record UitgavenDto(int Jaar, IReadOnlyList<UitgavenRijDto> PerAanbieder, IReadOnlyList<UitgavenRijDto> PerProduct, IReadOnlyList<UitgavenRijDto> PerMaand)
    {
        public static UitgavenDto From(UitgavenService.Overzicht o) => new(o.Jaar, o.PerAanbieder.Select(UitgavenRijDto.From).ToList(),
            o.PerProduct.Select(UitgavenRijDto.From).ToList(), o.PerMaand.Select(UitgavenRijDto.From).ToList());
    }

    public sealed record RowDto(Guid Id, Guid ContractId, string Contract, string Aanbieder, int Jaar, string Status, long Totaal, DateTimeOffset? IngediendOp,
        bool VerklaringVereist, DateTimeOffset? VerklaringOp, string Oordeel)
    {
        public static RowDto From(VerantwoordingService.Row r) => new(r.Verantwoording.Id, r.Verantwoording.ContractId, r.Contract, r.Aanbieder, r.Verantwoording.Jaar,
            r.Verantwoording.Status.ToString(), r.Verantwoording.Totaal, r.Verantwoording.IngediendOp, r.Regels.IsVerklaringVereist(r.Verantwoording.Totaal),
            r.Verantwoording.VerklaringOp, Productieverantwoording.OordeelNaam(r.Verantwoording.Oordeel));
    }

    public sealed record VerzuimDto(Guid VerplichtingId, string Contract, string RegelId, string Bron, int Jaar, DateOnly Deadline, IReadOnlyList<string> Maatregelen);

    public sealed record ProductDto(string ProductCategorie, string ProductCode, string Omschrijving, string Eenheid, int Clienten, long Volume, long Bedrag,
        string Gemeentecode, long? Tarief);

    public sealed record AansluitingDto(string ProductCategorie, string ProductCode, string Eenheid, long VerantwoordBedrag, long GoedgekeurdBedrag, long BetaaldBedrag,
        long VerschilBedrag, long VerantwoordVolume, long BetaaldVolume, long VerschilVolume, int VerschilClienten, long NogTeBetalen);

    public sealed record VerklaringDto(string Naam, long Grootte, string Sha256, DateTimeOffset GeuploadOp, string GeuploadDoor, bool? ProtocolBevestigd, string? Protocolbevestiging);

    public sealed record DetailsDto(Guid Id, string Contract, string Aanbieder, string Opdrachtgever, int Jaar, string Jaarbasis, string Status, long Totaal, int OpenRegels,
        DateTimeOffset? IngediendOp, string Bron, bool VerklaringVereist, bool VerklaringBijIndiening, string? VerklaringBron, decimal? Drempel, bool VerklaringNietVereist,
        VerklaringDto? Verklaring, string Oordeel, string? OordeelToelichting, IReadOnlyList<ProductDto> Producten, IReadOnlyList<AansluitingDto>? Aansluiting, string Protocol,
        long? SomVerschillen, decimal? Materialiteit, string? Materieel)
    {
        public static DetailsDto From(VerantwoordingService.Details d)
        {
            var v = d.Verantwoording;
            return new(v.Id, d.Contract.Naam, d.Aanbieder, d.Opdrachtgever, v.Jaar, v.Jaarbasis, v.Status.ToString(), v.Totaal, v.OpenRegels, v.IngediendOp,
                d.Regels.IndieningBron, d.IsVerklaringVereist, d.Regels.VerklaringBijIndiening, d.Regels.Verklaring?.Bron, d.Regels.Drempel, v.VerklaringNietVereist,
                d.Verklaring is { } b ? new(b.Naam, b.Grootte, b.Sha256, b.GeuploadOp, b.GeuploadDoor, b.ProtocolBevestigd, d.Regels.BevestigingTekst(b.ProtocolBevestigd)) : null,
                Productieverantwoording.OordeelNaam(v.Oordeel), v.OordeelToelichting,
                d.Producten.Select(p => new ProductDto(p.ProductCategorie, p.ProductCode, d.ProductNaam(p.ProductCode), p.Eenheid, p.Clienten, p.Volume, p.Bedrag,
                    p.Gemeentecode, p.Tarief)).ToList(),
                d.Aansluiting?.Select(a => new AansluitingDto(a.ProductCategorie, a.ProductCode, a.Eenheid, a.Verantwoord?.Bedrag ?? 0, a.Goedgekeurd?.Bedrag ?? 0,
                    a.Betaald?.Bedrag ?? 0, a.VerschilBedrag, a.Verantwoord?.Volume ?? 0, a.Betaald?.Volume ?? 0, a.VerschilVolume, a.VerschilClienten, a.NogTeBetalen)).ToList(),
                d.Regels.ProtocolTekst,
                d.Aansluiting is { } rijen ? Domain.Verantwoording.Aansluiting.SomVerschillen(rijen) : null, d.Regels.Materialiteit,
                d.Aansluiting is { } r2 ? Domain.Verantwoording.Aansluiting.MaterieelTekst(Domain.Verantwoording.Aansluiting.IsMaterieel(r2, d.Regels.Materialiteit)) : null);
        }
    }
}
