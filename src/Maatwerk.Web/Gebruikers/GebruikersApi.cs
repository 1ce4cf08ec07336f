using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Gebruikers;

/// <summary>/api/gebruikers.</summary>
public static class GebruikersApi
{
    public static void MapGebruikersApi(this IEndpointRouteBuilder api)
    {
        var gebruikers = api.MapGroup("/gebruikers").RequireAuthorization(GebruikersModule.Policy);
        gebruikers.MapGet("/", async (GebruikerService s, TimeProvider clock, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(g => GebruikerDto.From(g, clock.GetUtcNow()))));
        gebruikers.MapGet("/{id:guid}", async (Guid id, GebruikerService s, TimeProvider clock, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } g ? GebruikerDto.From(g, clock.GetUtcNow()) : null));
        gebruikers.MapPost("/", async (GebruikerInput invoer, GebruikerService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/gebruikers", created: true));
        gebruikers.MapPut("/{id:guid}", async (Guid id, GebruikerInput invoer, GebruikerService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/gebruikers", created: false));
    }
}

/// <summary>A user as the API shows it: never the password hash or the TOTP secret.</summary>
public sealed record GebruikerDto(Guid Id, string Email, string Naam, Guid OrganisatieId, Rol Rol, bool Actief, bool TotpActief, bool Geblokkeerd, Guid Versie)
{
    public static GebruikerDto From(Gebruiker g, DateTimeOffset nu) =>
        new(g.Id, g.Email, g.Naam, g.OrganisatieId, g.Rol, g.Actief, g.TotpActief, g.IsLockedOut(nu), g.Versie);
}
