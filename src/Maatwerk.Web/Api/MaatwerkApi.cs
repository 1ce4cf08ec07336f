using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Api;

/// <summary>The JSON API under /api. It uses the same services (and so the same data scope) as the pages.</summary>
public static class MaatwerkApi
{
    public static void MapMaatwerkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/start", async (DataScope scope, CancellationToken ct) => Results.Ok(await StartCijfers.BerekenAsync(scope, ct)));

        var clienten = api.MapGroup("/clienten").RequireAuthorization(Policies.Clienten);
        clienten.MapGet("/", async (string? zoek, ClientService s, CancellationToken ct) => Results.Ok(await s.ListAsync(zoek, ct)));
        clienten.MapGet("/{id:guid}", async (Guid id, ClientService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        clienten.MapPost("/", async (ClientInvoer invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/clienten", created: true));
        clienten.MapPut("/{id:guid}", async (Guid id, ClientInvoer invoer, ClientService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/clienten", created: false));

        clienten.MapGet("/{id:guid}/beschikkingen", async (Guid id, Infrastructure.Beschikkingen.BeschikkingService s, CancellationToken ct) =>
            Results.Ok(await s.VanClientAsync(id, ct)));
        api.MapPost("/beschikkingen", async (Infrastructure.Beschikkingen.BeschikkingInvoer invoer, Infrastructure.Beschikkingen.BeschikkingService s, CancellationToken ct) =>
            ApiResults.From(await s.VastleggenAsync(invoer, ct), "/api/beschikkingen", created: true)).RequireAuthorization(Policies.Toewijzingen);
        api.MapGet("/beschikkingen/{id:guid}", async (Guid id, Infrastructure.Beschikkingen.BeschikkingService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct))).RequireAuthorization(Policies.Toewijzingen);

        var organisaties = api.MapGroup("/organisaties").RequireAuthorization(Policies.Organisaties);
        organisaties.MapGet("/", async (OrganisatieService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)));
        organisaties.MapGet("/{id:guid}", async (Guid id, OrganisatieService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        organisaties.MapPost("/", async (OrganisatieInvoer invoer, OrganisatieService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/organisaties", created: true));
        organisaties.MapPut("/{id:guid}", async (Guid id, OrganisatieInvoer invoer, OrganisatieService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/organisaties", created: false));

        var contracten = api.MapGroup("/contracten").RequireAuthorization(Policies.Contracten);
        contracten.MapGet("/", async (ContractService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)));
        contracten.MapGet("/{id:guid}", async (Guid id, ContractService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        contracten.MapPost("/", async (ContractInvoer invoer, ContractService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/contracten", created: true));
        contracten.MapPut("/{id:guid}", async (Guid id, ContractInvoer invoer, ContractService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/contracten", created: false));
        contracten.MapGet("/{id:guid}/productcodes", async (Guid id, ProductcodeService s, CancellationToken ct) =>
            ApiResults.OkOrNotFound((await s.LijstAsync(id, ct))?.Regels.Select(r => new { productcode = r.Product.Code, r.Product.Productcategorie, iwmoProductcode = r.Gekoppeld, inBerichten = r.Effectief })));
        contracten.MapPut("/{id:guid}/productcodes", async (Guid id, Dictionary<string, string?> codes, ProductcodeService s, CancellationToken ct) =>
            ApiResults.From(await s.OpslaanAsync(id, codes, ct), "/api/contracten", created: false));

        var gebruikers = api.MapGroup("/gebruikers").RequireAuthorization(Policies.Gebruikers);
        gebruikers.MapGet("/", async (GebruikerService s, TimeProvider klok, CancellationToken ct) => Results.Ok((await s.ListAsync(ct)).Select(g => GebruikerDto.From(g, klok.GetUtcNow()))));
        gebruikers.MapGet("/{id:guid}", async (Guid id, GebruikerService s, TimeProvider klok, CancellationToken ct) =>
            ApiResults.OkOrNotFound(await s.GetAsync(id, ct) is { } g ? GebruikerDto.From(g, klok.GetUtcNow()) : null));
        gebruikers.MapPost("/", async (GebruikerInvoer invoer, GebruikerService s, CancellationToken ct) =>
            ApiResults.From(await s.CreateAsync(invoer, ct), "/api/gebruikers", created: true));
        gebruikers.MapPut("/{id:guid}", async (Guid id, GebruikerInvoer invoer, GebruikerService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/gebruikers", created: false));

        var toewijzingen = api.MapGroup("/toewijzingen").RequireAuthorization(Policies.Toewijzingen);
        toewijzingen.MapGet("/", async (ToewijzingStatus? status, Guid? client, ToewijzingService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(status, client, ct)).Select(r => r.Toewijzing)));
        toewijzingen.MapGet("/overzicht", async (ToewijzingStatus? status, Guid? client, ToewijzingService s, CancellationToken ct) =>
            Results.Ok(await s.ListAsync(status, client, ct)));
        toewijzingen.MapGet("/{id:guid}", async (Guid id, ToewijzingService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        toewijzingen.MapPost("/", async (ToewijzingInvoer invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.UitgevenAsync(invoer, ct), "/api/toewijzingen", created: true));
        toewijzingen.MapPost("/{id:guid}/stappen/{stap}", async (Guid id, Zorgstap stap, StapInvoer invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.StapAsync(id, stap, invoer, ct), "/api/toewijzingen", created: false));
        toewijzingen.MapPost("/{id:guid}/verzoek-om-wijziging", async (Guid id, Domain.Verzoeken.Verzoek invoer, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.WijzigingAanvragenAsync(id, invoer, ct), "/api/verzoeken", created: true));
        toewijzingen.MapGet("/{id:guid}/overdracht", async (Guid id, ZorgketenService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.OverdrachtAsync(id, ct)));
        toewijzingen.MapPut("/{id:guid}/overdracht", async (Guid id, Domain.Toewijzingen.WarmeOverdracht invoer, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.OverdrachtBijwerkenAsync(id, invoer, ct), "/api/toewijzingen", created: false));
        toewijzingen.MapGet("/{id:guid}/evaluaties", async (Guid id, ZorgketenService s, CancellationToken ct) =>
            Results.Ok((await s.EvaluatiesAsync(id, ct)).Select(e => new { e.Id, e.Datum, e.Deelnemers, e.Eindevaluatie, e.ToestemmingClientOp, e.GedeeldOp, Antwoorden = e.LeesAntwoorden() })));
        toewijzingen.MapPost("/{id:guid}/evaluaties/{evaluatie:guid}/delen", async (Guid id, Guid evaluatie, EvaluatieDelen d, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.EvaluatieDelenAsync(id, evaluatie, d.ToestemmingClientOp, d.GedeeldOp, ct), "/api/toewijzingen", created: false));
        toewijzingen.MapPost("/{id:guid}/evaluaties", async (Guid id, EvaluatieInvoer e, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.EvaluatieVastleggenAsync(id, e.Datum, e.Deelnemers, e.Antwoorden ?? [], e.Eindevaluatie, ct), "/api/toewijzingen", created: true));
        toewijzingen.MapGet("/{id:guid}/plan", async (Guid id, ZorgketenService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.PlanAsync(id, ct)));
        toewijzingen.MapPut("/{id:guid}/plan", async (Guid id, Domain.Toewijzingen.Ondersteuningsplan plan, ZorgketenService s, CancellationToken ct) =>
            ApiResults.From(await s.PlanVastleggenAsync(id, plan, plan.Versie == Guid.Empty ? null : plan.Versie, ct), "/api/toewijzingen", created: false));

        var verplichtingen = api.MapGroup("/verplichtingen").RequireAuthorization(Policies.Verplichtingen);
        verplichtingen.MapGet("/", async (Guid? contract, Guid? client, Guid? toewijzing, string? soort, VerplichtingStatus? status, VerplichtingenService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(new VerplichtingQuery { ContractId = contract, ClientId = client, ToewijzingId = toewijzing, Soort = soort, Status = status }, ct))
                .Select(VerplichtingDto.From)));
        verplichtingen.MapGet("/samenvatting", async (VerplichtingenService s, CancellationToken ct) => Results.Ok(await s.SamenvattingAsync(ct)));
        api.MapPost("/gebeurtenissen", async (GebeurtenisInvoer invoer, VerplichtingenService s, CancellationToken ct) =>
            ApiResults.From(await s.RegistreerAsync(invoer, ct), "/api/gebeurtenissen", created: true))
            .RequireAuthorization(Policies.Verplichtingen);

        var berichten = api.MapGroup("/iwmo/berichten").RequireAuthorization(Policies.Berichten);
        berichten.MapGet("/", async (string? map, BerichtenOverzicht s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(map != "uit", ct: ct)).Select(r => new { r.Bericht.Id, r.Bericht.Soort, r.Bericht.Identificatie, r.Bericht.Afzender,
                r.Bericht.Ontvanger, r.Bericht.Ontvangen, r.Bericht.Geldig, r.Bericht.RetourSoort, r.Bericht.Retourcodes, r.Bericht.ToewijzingId })));
        berichten.MapGet("/{id:guid}", async (Guid id, BerichtenOverzicht s, CancellationToken ct) => ApiResults.OkOrNotFound((await s.GetAsync(id, ct))?.Bericht));
        api.MapPost("/iwmo/berichten", IwmoApi.OntvangAsync).RequireAuthorization(Policies.Berichten)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(BerichtenService.MaximaleGrootte + 1024 * 1024))
            .Accepts<string>("application/xml").Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        var verzoeken = api.MapGroup("/verzoeken").RequireAuthorization(Policies.Verzoeken);
        verzoeken.MapGet("/", async (VerzoekService s, CancellationToken ct) => Results.Ok(await s.ListAsync(ct)));
        verzoeken.MapGet("/{id:guid}", async (Guid id, VerzoekService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        verzoeken.MapPost("/", async (Domain.Verzoeken.Verzoek invoer, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.IndienenAsync(invoer, ct), "/api/verzoeken", created: true));
        verzoeken.MapPost("/{id:guid}/antwoord", async (Guid id, VerzoekAntwoord antwoord, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.BeantwoordenAsync(id, antwoord.InOnderzoek, antwoord.Reden, ct), "/api/verzoeken", created: false));
        verzoeken.MapPost("/{id:guid}/toekennen", async (Guid id, VerzoekToekenning toekenning, VerzoekService s, CancellationToken ct) =>
            ApiResults.From(await s.ToekennenAsync(id, toekenning.Einddatum, ct), "/api/verzoeken", created: false));

        api.MapEindeApi();

        api.MapGet("/audit", async (AuditService s, CancellationToken ct) => Results.Ok(await s.ListAsync(500, ct)))
            .RequireAuthorization(Policies.Audit);
    }

    /// <summary>An obligation with its clause ("bron") and computed deadline ("deadline": the last day still on time).</summary>
    public sealed record VerplichtingDto(Guid Id, string Regel, string Bron, string Omschrijving, string Soort, string Actor, DateOnly Deadline,
        DateTimeOffset? DeadlineMoment, bool Onverwijld, VerplichtingStatus Status, Guid ContractId, Guid? ClientId, Guid? ToewijzingId,
        Guid? BewijsGebeurtenisId, string Profiel, string? Lezing)
    {
        public static VerplichtingDto From(VerplichtingenService.Regel r)
        {
            var v = r.Verplichting;
            return new(v.Id, v.RegelId, v.Bron, v.Omschrijving, v.Soort, v.Actor, v.Deadline, v.DeadlineMoment, v.Onverwijld, v.Status,
                v.ContractId, v.ClientId, v.ToewijzingId, v.BewijsGebeurtenisId, $"{v.ProfielId}@{v.ProfielVersie}", v.Lezing);
        }
    }

    public sealed record VerzoekAntwoord(bool InOnderzoek, string? Reden);
    public sealed record EvaluatieInvoer(DateOnly Datum, string? Deelnemers, List<string?>? Antwoorden, bool Eindevaluatie);
    public sealed record EvaluatieDelen(DateOnly? ToestemmingClientOp, DateOnly? GedeeldOp);
    public sealed record VerzoekToekenning(DateOnly? Einddatum);

    /// <summary>A user as the API shows it: never the password hash or the TOTP secret.</summary>
    public sealed record GebruikerDto(Guid Id, string Email, string Naam, Guid OrganisatieId, Rol Rol, bool Actief, bool TotpActief, bool Geblokkeerd, Guid Versie)
    {
        public static GebruikerDto From(Gebruiker g, DateTimeOffset nu) =>
            new(g.Id, g.Email, g.Naam, g.OrganisatieId, g.Rol, g.Actief, g.TotpActief, g.IsGeblokkeerd(nu), g.Versie);
    }
}
