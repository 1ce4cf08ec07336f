using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Organisatiebewijzen;

/// <summary>/api/organisatiebewijzen: the aanbieder's own records (kwaliteit), registering and editing one, and the status
/// per contract (kwaliteit for its own contracts, the contractmanager for the gemeente's: status and validity only).</summary>
public static class OrganisatiebewijzenApi
{
    public static void MapOrganisatiebewijzenApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/organisatiebewijzen").RequireAuthorization(OrganisatiebewijzenModule.Policy);
        groep.MapGet("/", async (OrganisatiebewijsService s, CancellationToken ct) =>
        {
            var lijst = new List<BewijsDto>();
            foreach (var b in await s.ListAsync(ct))
                lijst.Add(BewijsDto.From(b, await s.WarningsAsync(b, ct)));
            return Results.Ok(lijst);
        });
        groep.MapGet("/status", async (OrganisatiebewijsService s, CancellationToken ct) => Results.Ok((await s.StatusAsync(ct)).Select(StatusDto.From)));
        groep.MapGet("/{id:guid}", async (Guid id, OrganisatiebewijsService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.FindAsync(id, ct) is { } b ? BewijsDto.From(b, await s.WarningsAsync(b, ct)) : null));
        groep.MapPost("/", async (OrganisatiebewijsInput invoer, OrganisatiebewijsService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/organisatiebewijzen", created: true));
        groep.MapPut("/{id:guid}", async (Guid id, OrganisatiebewijsInput invoer, OrganisatiebewijsService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/organisatiebewijzen", created: false));
    }

    public sealed record BewijsDto(Guid Id, string Soort, string Omschrijving, string Uitgever, string? Nummer, string? Norm, decimal? BedragPerAanspraak,
        decimal? BedragPerJaar, DateOnly GeldigVanaf, DateOnly? GeldigTot, Guid Versie, IReadOnlyList<string> Waarschuwingen)
    {
        public static BewijsDto From(Organisatiebewijs b, IReadOnlyList<string> waarschuwingen) =>
            new(b.Id, b.Soort.ToString(), b.Soort.DisplayName(), b.Uitgever, b.Nummer, b.Norm, b.BedragPerAanspraak, b.BedragPerJaar, b.GeldigVanaf, b.GeldigTot,
                b.Versie, waarschuwingen);
    }

    /// <summary>What the gemeente sees: per required kind the status, the last valid day and the clause; no numbers.</summary>
    public sealed record SoortStatusDto(string Soort, string Omschrijving, string Bron, string Status, DateOnly? GeldigTot, IReadOnlyList<string> Waarschuwingen);

    public sealed record StatusDto(Guid ContractId, string Contract, Guid AanbiederId, string Aanbieder, IReadOnlyList<SoortStatusDto> Bewijzen)
    {
        public static StatusDto From(OrganisatiebewijsService.ContractRow r) => new(r.ContractId, r.Contract, r.AanbiederId, r.Aanbieder,
            r.Status.Select(s => new SoortStatusDto(s.Soort.ToString(), s.Soort.DisplayName(), s.Bron, s.Tekst, s.GeldigTot, s.Waarschuwingen)).ToList());
    }
}
