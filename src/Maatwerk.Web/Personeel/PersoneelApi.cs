using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Personeel;

/// <summary>/api/personeel: the staff register in view (the gemeente gets status only), registering and editing a person,
/// and the fixed worker and deputy of a toewijzing.</summary>
public static class PersoneelApi
{
    public static void MapPersoneelApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/personeel").RequireAuthorization(PersoneelModule.Policy);
        groep.MapGet("/", async (PersoneelService s, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(MedewerkerDto.From)));
        groep.MapPost("/", async (MedewerkerInput invoer, PersoneelService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterAsync(invoer, ct), "/api/personeel", created: true));
        groep.MapGet("/{id:guid}", async (Guid id, PersoneelService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } d ? MedewerkerDto.From(d.Row) : null));
        groep.MapPut("/{id:guid}", async (Guid id, MedewerkerInput invoer, PersoneelService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/personeel", created: false));
        groep.MapPost("/vaste-medewerker/{toewijzingId:guid}", async (Guid toewijzingId, VasteMedewerkerInput invoer, PersoneelService s, CancellationToken ct) =>
            ApiResults.From(await s.AssignAsync(toewijzingId, invoer, ct), "/api/personeel", created: false));
    }

    /// <summary>A person as the API shows them: the aanbieder also sees the evidence numbers, the gemeente only status.</summary>
    public sealed record MedewerkerDto(Guid Id, string Naam, string Aanbieder, string Functie, DateOnly InDienst, DateOnly? UitDienst,
        IReadOnlyList<string> Producten, string Niveau)
    {
        public static MedewerkerDto From(PersoneelService.Row r)
        {
            var m = r.Medewerker;
            return new(m.Id, m.Naam, r.Aanbieder, m.Functie, m.InDienst, m.UitDienst, m.Producten, m.Niveau.ToString());
        }
    }
}
