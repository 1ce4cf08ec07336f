using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Declaraties;

/// <summary>/api/declaraties: the pre-flight of a month for a gemeente, the XML, and sending it.</summary>
public static class DeclaratiesApi
{
    public static void MapDeclaratiesApi(this IEndpointRouteBuilder api)
    {
        var declaraties = api.MapGroup("/declaraties").RequireAuthorization(DeclaratiesModule.Policy);
        declaraties.MapGet("/", async (DeclaratieService s, CancellationToken ct) =>
            Results.Ok((await s.GemeentenAsync(ct)).Select(g => new { g.Id, g.Naam, g.Gemeentecode })));
        declaraties.MapGet("/voorbereiding", async (DateOnly maand, Guid gemeenteId, DeclaratieService s, CancellationToken ct) =>
            await s.PrepareAsync(maand, gemeenteId, ct) is { } v ? Results.Ok(VoorbereidingDto.From(v)) : Results.NotFound());
        declaraties.MapGet("/xml", async (DateOnly maand, Guid gemeenteId, DeclaratieService s, CancellationToken ct) =>
            await s.XmlAsync(maand, gemeenteId, ct) is { } xml ? Results.File(xml, "application/xml", $"wmo323-{maand:yyyy-MM}.xml") : Results.NotFound());
        declaraties.MapPost("/", async (DeclaratieVerzoek verzoek, DeclaratieService s, CancellationToken ct) =>
            ApiResults.From(await s.SendAsync(verzoek.Maand, verzoek.GemeenteId, ct), "/api/declaraties", created: true));
    }

    public sealed record DeclaratieVerzoek(DateOnly Maand, Guid GemeenteId);

    public sealed record RegelDto(Guid ToewijzingId, string ToewijzingNummer, string Bsn, string Productcode, DateOnly Begindatum, DateOnly Einddatum,
        long GeleverdVolume, string Eenheid, long ProductTarief, long IngediendBedrag, int Minuten, string? NoShowVan);

    public sealed record VoorbereidingDto(string Gemeente, DateOnly Maand, long Totaal, bool KanVerzenden, string? VerzondenNummer,
        IReadOnlyList<RegelDto> Regels, IReadOnlyList<Domain.Declaraties.Bezwaar> Bezwaren, IReadOnlyList<string> BerichtFouten)
    {
        public static VoorbereidingDto From(DeclaratieService.Voorbereiding v) => new(v.Gemeente.Naam, v.Maand, v.Uitkomst.Totaal, v.KanVerzenden, v.AlVerzonden?.Nummer,
            v.Uitkomst.Regels.Select(r => new RegelDto(r.Toewijzing.Id, r.Toewijzing.Nummer, r.Toewijzing.Bsn, r.Toewijzing.Productcode, r.Begindatum, r.Einddatum,
                r.GeleverdVolume, r.Eenheid, r.ProductTarief, r.IngediendBedrag, r.Minuten, r.NoShowVan?.Nummer)).ToList(), v.Uitkomst.Bezwaren, v.BerichtFouten);
    }
}
