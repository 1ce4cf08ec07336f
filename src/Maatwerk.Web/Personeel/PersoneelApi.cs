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
        groep.MapGet("/systeemtoegang", async (VogService s, CancellationToken ct) => s.MagBeheren
            ? Results.Ok((await s.SysteemtoegangAsync(ct)).Select(SysteemgebruikerDto.From))
            : Results.NotFound());
        groep.MapGet("/{id:guid}/vogs", async (Guid id, VogService s, CancellationToken ct) => Results.Ok((await s.ListAsync(id, ct)).Select(VogDto.From)));
        groep.MapPost("/{id:guid}/vogs", async (Guid id, VogInput invoer, VogService s, CancellationToken ct) =>
            ApiResults.From(await s.AddAsync(id, invoer, ct), "/api/personeel", created: true));
        groep.MapPost("/vogs/{vogId:guid}/beoordeling", async (Guid vogId, VogBeoordelingInput invoer, VogService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordBeoordelingAsync(vogId, invoer, ct), "/api/personeel", created: false));
        groep.MapPost("/vaste-medewerker/{toewijzingId:guid}", async (Guid toewijzingId, VasteMedewerkerInput invoer, PersoneelService s, CancellationToken ct) =>
        {
            var result = await s.AssignAsync(toewijzingId, invoer, ct);
            return result.Status == Infrastructure.Common.SaveStatus.Ok
                ? Results.Ok(new { id = result.Id, waarschuwingen = await s.AssignWarningsAsync(toewijzingId, invoer, ct) })
                : ApiResults.From(result, "/api/personeel", created: false);
        });
        groep.MapGet("/vaste-medewerker/{toewijzingId:guid}/vervolgstappen", async (Guid toewijzingId, ContinuiteitService s, CancellationToken ct) =>
            Results.Ok(await s.VervolgstappenAsync(toewijzingId, ct)));
        groep.MapPost("/vaste-medewerker/{toewijzingId:guid}/vervolgstappen", async (Guid toewijzingId, VervolgstapInput invoer, ContinuiteitService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordStapAsync(toewijzingId, invoer, ct), "/api/personeel", created: true));
    }

    public sealed record VogDto(Guid Id, DateOnly Afgiftedatum, string? Nummer, string? Screeningsprofiel, IReadOnlyList<string> Risicogebieden,
        DateOnly? BeoordeeldDoorGemeenteOp)
    {
        public static VogDto From(Domain.Personeel.Vog v) =>
            new(v.Id, v.Afgiftedatum, v.Nummer, v.Screeningsprofiel, v.RisicogebiedenLijst, v.BeoordeeldDoorGemeenteOp);
    }

    public sealed record StatusDto(Guid ContractId, string Contract, bool Geldig, IReadOnlyList<string> Problemen);

    /// <summary>DEV-Eis18-b: a user who opens client data, the linked person (if any) and the VOG status per contract that asks it.</summary>
    public sealed record SysteemgebruikerDto(string Email, string Naam, string Rol, Guid? MedewerkerId, string? Medewerker, bool Geldig,
        IReadOnlyList<StatusDto> VogStatus)
    {
        public static SysteemgebruikerDto From(VogService.Systeemgebruiker g) =>
            new(g.Gebruiker.Email, g.Gebruiker.Naam, g.Gebruiker.Rol.ToString(), g.Medewerker?.Id, g.Medewerker?.Naam, g.Geldig,
                g.Status.Select(s => new StatusDto(s.ContractId, s.Contract, s.Geldig, s.Problemen.Select(p => p.ToString()).ToList())).ToList());
    }

    /// <summary>A person as the API shows them: the aanbieder also sees the evidence numbers, the gemeente only status.</summary>
    public sealed record MedewerkerDto(Guid Id, string Naam, string Aanbieder, string Functie, DateOnly InDienst, DateOnly? UitDienst,
        IReadOnlyList<string> Producten, string Niveau, bool VogGeldig, IReadOnlyList<StatusDto> VogStatus)
    {
        public static MedewerkerDto From(PersoneelService.Row r)
        {
            var m = r.Medewerker;
            return new(m.Id, m.Naam, r.Aanbieder, m.Functie, m.InDienst, m.UitDienst, m.Producten, m.Niveau.ToString(), r.Geldig,
                r.Status.Select(s => new StatusDto(s.ContractId, s.Contract, s.Geldig, s.Problemen.Select(p => p.ToString()).ToList())).ToList());
        }
    }
}
