using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Organisaties;

/// <summary>/api/organisaties.</summary>
public static class OrganisatiesApi
{
    public static void MapOrganisatiesApi(this IEndpointRouteBuilder api)
    {
        var organisaties = api.MapGroup("/organisaties").RequireAuthorization(OrganisatiesModule.Policy);
        organisaties.MapGet("/", async (OrganisatieService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)));
        organisaties.MapGet("/{id:guid}", async (Guid id, OrganisatieService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        organisaties.MapPost("/", async (OrganisatieInput invoer, OrganisatieService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/organisaties", created: true));
        organisaties.MapPut("/{id:guid}", async (Guid id, OrganisatieInput invoer, OrganisatieService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/organisaties", created: false));
    }
}
