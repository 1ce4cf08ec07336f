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
    }
}
