using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clientondersteuning;

/// <summary>/api/oco-rapportages/factuur: the specification of the OCO invoice to a gemeente for a period, built from
/// registered delivery (OCO-6.1a) without support older than a year (OCO-6.1c). Coordinator (administratie) only.</summary>
public static class FactuurApi
{
    public static void MapOcoFactuurApi(this IEndpointRouteBuilder api)
    {
        var r = api.MapGroup("/oco-rapportages").RequireAuthorization(ClientondersteuningModule.RapportagePolicy);
        r.MapPost("/factuur", async (FactuurInput invoer, FactuurService s, CancellationToken ct) =>
        {
            var (specificatie, fouten) = await s.BuildAsync(invoer, ct);
            if (specificatie is not { } sp)
                return ApiResults.From(Infrastructure.Common.SaveResult.Invalid(fouten), "", false);
            return Results.Ok(new
            {
                sp.Gemeente, sp.Factuur.Van, sp.Factuur.Tot, sp.Factuur.Contacten, sp.Factuur.Inwoners,
                Regels = sp.Factuur.Regels.Select(x => new
                {
                    x.MeldingId, Meldingnummer = sp.Meldingnummers[x.MeldingId], Soort = x.Soort.ToString(), x.Omschrijving, x.EersteLevering,
                    x.LaatsteLevering, x.Aantal, x.Contacten,
                }),
                Geweigerd = sp.Factuur.Geweigerd.Select(g => new { g.MeldingId, g.ContactId, g.Datum, g.Reden }),
            });
        });

        // Stored invoices (OCO-6.1a/c): store the specification, submit or remove it, and the list (coordinator; contractmanager: submitted).
        const string Pad = "/api/oco-rapportages/facturen";
        r.MapGet("/facturen", async (OcoFactuurService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(Toon)));
        r.MapGet("/facturen/{id:guid}", async (Guid id, OcoFactuurService s, CancellationToken ct) =>
            await s.GetAsync(id, ct) is { } f ? Results.Ok(Toon(f)) : Results.NotFound());
        r.MapPost("/facturen", async (FactuurInput invoer, OcoFactuurService s, CancellationToken ct) =>
            ApiResults.From(await s.StoreAsync(invoer, ct), Pad, created: true));
        r.MapPost("/facturen/{id:guid}/indienen", async (Guid id, FactuurVersieInput invoer, OcoFactuurService s, CancellationToken ct) =>
            ApiResults.From(await s.SubmitAsync(id, invoer.Versie, ct), Pad, created: false));
        // A draft only (opgesteld); a submitted invoice is never removed: 400 with the message.
        r.MapDelete("/facturen/{id:guid}", async (Guid id, Guid? versie, OcoFactuurService s, CancellationToken ct) =>
            ApiResults.From(await s.RemoveAsync(id, versie, ct), Pad, created: false));
    }

    private static object Toon(OcoFactuurService.Row row) => new
    {
        row.Factuur.Id, row.Factuur.Versie, row.Factuur.Nummer, row.Gemeente, row.Aanbieder, row.Factuur.Van, row.Factuur.Tot,
        Status = row.Factuur.Status.ToString(), row.Factuur.OpgesteldOp, row.Factuur.IngediendOp,
        Contacten = row.Factuur.Regels.Sum(x => x.Aantal),
        Regels = row.Factuur.Regels.Select(x => new
        {
            Meldingnummer = FactuurService.Meldingnummer(x.MeldingId), Soort = x.Soort.ToString(), x.EersteLevering, x.LaatsteLevering, x.Aantal,
            Contacten = x.Contacten.Select(c => c.ContactId),
        }),
    };
}
