using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.ApiSleutels;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>/api/apisleutels: keys of the own organisation, for beheer with a browser session (a key cannot manage keys).</summary>
public static class ApiSleutelsApi
{
    public static void MapApiSleutelsApi(this IEndpointRouteBuilder api)
    {
        var sleutels = api.MapGroup("/apisleutels").RequireAuthorization(ApiSleutelsModule.Policy);
        sleutels.MapGet("/", async (ApiSleutelService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(ApiSleutelDto.From)));
        sleutels.MapGet("/scopes", () => Results.Ok(ApiScope.All));
        sleutels.MapPost("/", async (ApiSleutelInput invoer, ApiSleutelService s, CancellationToken ct) =>
        {
            var (result, sleutel) = await s.CreateAsync(invoer, ct);
            return result.Status == SaveStatus.Ok
                ? Results.Created($"/api/apisleutels/{result.Id}", new NieuweApiSleutel(result.Id!.Value, sleutel!,
                    "Bewaar deze sleutel nu: hij wordt niet opgeslagen en is later niet meer te zien."))
                : ApiResults.From(result, "/api/apisleutels", created: true);
        });
        sleutels.MapPost("/{id:guid}/intrekking", async (Guid id, ApiSleutelService s, CancellationToken ct) =>
            ApiResults.From(await s.RevokeAsync(id, ct), "/api/apisleutels", created: false));
    }
}

/// <summary>A key as lists show it: never the hash, only the public prefix.</summary>
public sealed record ApiSleutelDto(Guid Id, string Naam, string Prefix, Rol Rol, IReadOnlyList<string> Scopes, DateTimeOffset Aangemaakt,
    string AangemaaktDoor, DateTimeOffset? LaatstGebruikt, DateTimeOffset? Ingetrokken, bool Actief)
{
    public static ApiSleutelDto From(ApiSleutel s) =>
        new(s.Id, s.Naam, s.Prefix, s.Rol, s.ScopeList, s.Aangemaakt, s.AangemaaktDoor, s.LaatstGebruikt, s.Ingetrokken, s.IsActief);
}

/// <summary>The answer to creating a key: the only time the key itself is shown.</summary>
public sealed record NieuweApiSleutel(Guid Id, string Sleutel, string Melding);
