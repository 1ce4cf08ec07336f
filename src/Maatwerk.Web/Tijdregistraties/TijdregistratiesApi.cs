using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Tijdregistraties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Tijdregistraties;

/// <summary>/api/tijd: the week of a worker, one registration, and a batch from a planning system (atomic, with a message
/// per line such as <c>regels[3].Minuten</c>; a line with a known ExterneReferentie corrects that registration).</summary>
public static class TijdregistratiesApi
{
    public static void MapTijdregistratiesApi(this IEndpointRouteBuilder api)
    {
        var tijd = api.MapGroup("/tijd").RequireAuthorization(TijdregistratiesModule.Policy);
        tijd.MapGet("/", async (DateOnly? week, Guid? medewerkerId, TijdregistratieService s, CancellationToken ct) =>
            Results.Ok(WeekDto.From(await s.WeekAsync(week ?? s.Vandaag, medewerkerId, ct))));
        tijd.MapGet("/{id:guid}", async (Guid id, TijdregistratieService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        tijd.MapPost("/", async (TijdBulkInvoer invoer, TijdregistratieService s, CancellationToken ct) =>
        {
            var result = await s.AddBulkAsync(invoer, ct);
            return result.Status == SaveStatus.Ok
                ? Results.Ok(new { aangemaakt = result.Aangemaakt, bijgewerkt = result.Bijgewerkt, ongewijzigd = result.Ongewijzigd, ids = result.Ids, waarschuwingen = result.Waarschuwingen })
                : ApiResults.From(result.AlsSaveResult(), "/api/tijd", created: false);
        });
        // CSV import (text/csv in the body): all or nothing, a message per line and column, idempotent on the column referentie.
        tijd.MapPost("/import", async (HttpRequest request, TijdCsvImportService s, CancellationToken ct) =>
        {
            if (request.ContentLength > TijdCsvImportService.MaxBytes)
                return Results.Problem($"Het bestand is groter dan {TijdCsvImportService.MaxBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
            var result = await s.ImportAsync(request.Body, ct);
            return result.Status == SaveStatus.Ok
                ? Results.Ok(new { aangemaakt = result.Aangemaakt, bijgewerkt = result.Bijgewerkt, ongewijzigd = result.Ongewijzigd, ids = result.Ids, waarschuwingen = result.Waarschuwingen })
                : ApiResults.From(result.AlsSaveResult(), "/api/tijd", created: false);
        }).Accepts<string>("text/csv");
        tijd.MapPut("/{id:guid}", async (Guid id, TijdInvoer invoer, TijdregistratieService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/tijd", created: false));
        tijd.MapDelete("/{id:guid}", async (Guid id, Guid? versie, TijdregistratieService s, CancellationToken ct) =>
            ApiResults.From(await s.DeleteAsync(id, versie, ct), "/api/tijd", created: false));

        // DEV-Eis3-REG (MR-10): the 4-weekly registration list of a toewijzing, as JSON and PDF, and its signing.
        var lijst = tijd.MapGroup("/registratielijst/{toewijzingId:guid}");
        lijst.MapGet("/", async (Guid toewijzingId, int? periode, RegistratielijstService s, CancellationToken ct) =>
            await s.LoadAsync(toewijzingId, periode, ct) is { } l ? Results.Ok(RegistratielijstDto.From(l)) : Results.NotFound());
        lijst.MapGet("/{periode:int}/pdf", async (Guid toewijzingId, int periode, RegistratielijstService s, CancellationToken ct) =>
            await s.LoadAsync(toewijzingId, periode, ct) is { } l
                ? Results.File(RegistratielijstPdf.Write(l), "application/pdf", $"registratielijst-{l.Toewijzing.ToewijzingNummer}-periode-{periode}.pdf")
                : Results.NotFound());
        lijst.MapPost("/{periode:int}/ondertekening", async (Guid toewijzingId, int periode, OndertekeningInput invoer, RegistratielijstService s, CancellationToken ct) =>
            ApiResults.From(await s.SignAsync(toewijzingId, periode, invoer, ct), $"/api/tijd/registratielijst/{toewijzingId}", created: false));
    }

    public sealed record OndertekeningDto(string Door, string Naam, DateOnly Datum, string Wijze, int Minuten, string GeregistreerdDoor);
    public sealed record PeriodeDto(int Nummer, DateOnly Van, DateOnly Tot, int Minuten, int Regels, OndertekeningDto? Ondertekening, bool GewijzigdNaOndertekening);
    public sealed record LijstRegelDto(DateOnly Datum, TimeOnly Begintijd, TimeOnly Eindtijd, int Minuten, string Contactwijze, string Medewerker);

    /// <summary>The chosen period's lines and every period so far with its signing.</summary>
    public sealed record RegistratielijstDto(Guid ToewijzingId, string ToewijzingNummer, string Client, string Product, string? Bron,
        PeriodeDto Periode, IReadOnlyList<LijstRegelDto> Regels, IReadOnlyList<PeriodeDto> Periodes)
    {
        public static RegistratielijstDto From(RegistratielijstService.Lijst l) => new(l.Toewijzing.Id, l.Toewijzing.ToewijzingNummer,
            l.Client.VolledigeNaam, l.Product, l.Bron, ToDto(l.Gekozen),
            l.Regels.Select(r => new LijstRegelDto(r.Datum, r.Begintijd, r.Eindtijd, r.Minuten, r.Contactwijze, r.Medewerker)).ToList(),
            l.Periodes.Select(ToDto).ToList());

        private static PeriodeDto ToDto(RegistratielijstService.Periode p) => new(p.Registratieperiode.Nummer, p.Registratieperiode.Van,
            p.Registratieperiode.Tot, p.Minuten, p.Regels,
            p.Ondertekening is { } o ? new OndertekeningDto(o.Door.ToString(), o.Naam, o.Datum, o.Wijze.ToString(), o.Minuten, o.GeregistreerdDoor) : null,
            p.GewijzigdNaOndertekening);
    }

    public sealed record RegelDto(Guid Id, Guid Versie, Guid ToewijzingId, string ToewijzingNummer, string Client, string? Productcode, Guid MedewerkerId,
        string Medewerker, DateOnly Datum, TimeOnly Begintijd, int Minuten, string Contactwijze, string Soort, bool Declarabel, string? Toelichting, string? ExterneReferentie);

    public sealed record WeekDto(DateOnly Maandag, Guid? MedewerkerId, int MinutenDirect, int MinutenIndirect, int MinutenDeclarabel, IReadOnlyList<RegelDto> Regels)
    {
        public static WeekDto From(TijdregistratieService.Week w) => new(w.Maandag, w.MedewerkerId,
            w.Minuten(r => r.Registratie.Soort == Domain.Tijdregistraties.Tijdsoort.Direct),
            w.Minuten(r => r.Registratie.Soort == Domain.Tijdregistraties.Tijdsoort.Indirect), w.Minuten(r => r.Declarabel),
            w.Regels.Select(r => new RegelDto(r.Registratie.Id, r.Registratie.Versie, r.Registratie.ToewijzingId, r.ToewijzingNummer, r.Client, r.Registratie.Productcode,
                r.Registratie.MedewerkerId, r.Registratie.MedewerkerNaam, r.Registratie.Datum, r.Registratie.Begintijd, r.Registratie.Minuten,
                r.Registratie.Contactwijze.ToString(), r.Registratie.Soort.ToString(), r.Declarabel, r.Registratie.Toelichting, r.Registratie.ExterneReferentie)).ToList());
    }
}
