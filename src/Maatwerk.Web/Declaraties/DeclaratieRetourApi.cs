using Maatwerk.Domain.Declaraties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Declaraties;

/// <summary>/api/declaraties after sending: the sent declarations and their lines with status, the worklist of rejected
/// lines, crediting and declaring again, the correction WMO323, receiving a WMO325, and the exports (Excel, PDF).</summary>
public static class DeclaratieRetourApi
{
    public static void MapDeclaratieRetourApi(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/declaraties").RequireAuthorization(DeclaratiesModule.Policy);
        g.MapGet("/verzonden", async (DeclaratieCorrectieService s, CancellationToken ct) =>
            Results.Ok((await s.DeclaratiesAsync(ct)).Select(d => new { d.Id, d.Nummer, d.Periode, d.GemeenteId, d.Regels, d.Totaal, d.VerzondenOp })));
        g.MapGet("/{id:guid}/regels", async (Guid id, DeclaratieCorrectieService s, CancellationToken ct) =>
            await s.DeclaratieAsync(id, ct) is { } d ? Results.Ok(d.Regels.Select(PrestatieDto.From)) : Results.NotFound());
        g.MapGet("/{id:guid}/excel", async (Guid id, DeclaratieExport e, CancellationToken ct) =>
            await e.ExcelAsync(id, ct) is { } f ? Results.File(f.Inhoud, DeclaratieExport.ExcelType, f.Naam) : Results.NotFound());
        g.MapGet("/{id:guid}/pdf", async (Guid id, DeclaratieExport e, CancellationToken ct) =>
            await e.PdfAsync(id, ct) is { } f ? Results.File(f.Inhoud, "application/pdf", f.Naam) : Results.NotFound());
        g.MapGet("/afgewezen", async (DeclaratieCorrectieService s, CancellationToken ct) => Results.Ok((await s.AfgewezenAsync(ct)).Select(WerkregelDto.From)));
        g.MapGet("/prestaties/{referentie}", async (string referentie, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.FindAsync(referentie, ct) is { } w ? WerkregelDto.From(w) : null));
        g.MapPost("/prestaties/{referentie}/crediteren", async (string referentie, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.From(await s.CreditAsync(referentie, ct), "/api/declaraties/prestaties", created: true));
        g.MapPost("/prestaties/{referentie}/opnieuw", async (string referentie, DeclaratieCorrectieService.OpnieuwInput input, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.From(await s.RedeclareAsync(referentie, input, ct), "/api/declaraties/prestaties", created: true));
        g.MapPost("/prestaties/{referentie}/niet-opnieuw", async (string referentie, NietOpnieuwVerzoek verzoek, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.From(await s.NietOpnieuwAsync(referentie, verzoek.Reden, ct), "/api/declaraties/prestaties", created: false));
        g.MapDelete("/prestaties/{referentie}", async (string referentie, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.From(await s.RemoveAsync(referentie, ct), "/api/declaraties/prestaties", created: false));
        g.MapGet("/correcties", async (Guid? gemeenteId, DeclaratieCorrectieService s, CancellationToken ct) =>
            Results.Ok((await s.TeVerzendenAsync(gemeenteId, ct)).Select(PrestatieDto.From)));
        g.MapPost("/correcties", async (CorrectieVerzoek verzoek, DeclaratieCorrectieService s, CancellationToken ct) =>
            ApiResults.From(await s.SendAsync(verzoek.GemeenteId, verzoek.Motivering, ct), "/api/declaraties", created: true));
        g.MapPost("/retour", async (HttpRequest request, DeclaratieRetourVerwerking verwerking, DataScope scope, CancellationToken ct) =>
        {
            using var ms = new MemoryStream();
            await request.Body.CopyToAsync(ms, ct);
            return Answer(await verwerking.ReceiveAsync(ms.ToArray(), scope.Organisatie, "api", ct));
        }).Accepts<string>("application/xml");
    }

    /// <summary>The answer to a received WMO325: what it did to the declaration, or 400 with the Dutch messages per field.</summary>
    public static IResult Answer(DeclaratieRetourVerwerking.Result r) => r.Save.Status == SaveStatus.Ok
        ? Results.Ok(new { r.DeclaratieNummer, r.Toegekend, r.Afgewezen, Ongewijzigd = r.Unchanged,
            Melding = r.Unchanged ? "Dit retourbericht is al verwerkt; er is niets gewijzigd." : $"Retourbericht verwerkt: {r.Toegekend} regel(s) toegekend, {r.Afgewezen} afgewezen." })
        : ApiResults.From(r.Save, "", created: false);

    /// <param name="Motivering">Why the lines are corrected (DEV-Art8.8b); required for a year the gemeente closed.</param>
    public sealed record CorrectieVerzoek(Guid GemeenteId, string? Motivering = null);

    /// <summary>"Niet opnieuw indienen" with its reason (DEV-Art8.7).</summary>
    public sealed record NietOpnieuwVerzoek(string? Reden);

    public sealed record PrestatieDto(string ReferentieNummer, string? VorigReferentieNummer, string ToewijzingNummer, string Bsn, string ProductCategorie,
        string ProductCode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid, long? ProductTarief, long Bedrag, string DebetCredit,
        string Status, IReadOnlyList<string> Retourcodes)
    {
        public static PrestatieDto From(Prestatie p) => new(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.Bsn, p.ProductCategorie, p.ProductCode,
            p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Eenheid, p.ProductTarief, p.Bedrag, p.Credit ? "C" : "D", Prestatie.StatusNaam(p.Status), p.Codes);
    }

    public sealed record WerkregelDto(PrestatieDto Prestatie, string? DeclaratieNummer, DateOnly? Periode, decimal? Contracttarief,
        IReadOnlyList<RetourcodeUitleg.Uitleg> Uitleg, string? OpnieuwGedeclareerdAls)
    {
        public static WerkregelDto From(DeclaratieCorrectieService.Werkregel w) =>
            new(PrestatieDto.From(w.Prestatie), w.DeclaratieNummer, w.Periode, w.Contracttarief, w.Uitleg, w.Correctie?.ReferentieNummer);
    }
}
