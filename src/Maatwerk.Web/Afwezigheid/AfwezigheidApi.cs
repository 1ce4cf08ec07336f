using Maatwerk.Infrastructure.Afwezigheid;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Afwezigheid;

/// <summary>/api/afwezigheid: the cancellations in view with no-show yes/no and the rule that decided it, the rolling-window
/// counts and the obligations; registering, correcting and deleting a cancellation (aanbieder; audited), what was done about a no-show and reminders (IB-22a).</summary>
public static class AfwezigheidApi
{
    public static void MapAfwezigheidApi(this IEndpointRouteBuilder api)
    {
        var groep = api.MapGroup("/afwezigheid").RequireAuthorization(AfwezigheidModule.Policy);
        groep.MapGet("/", async (Guid? toewijzingId, AfwezigheidService s, CancellationToken ct) =>
            Results.Ok((await s.ListAsync(toewijzingId, ct)).Select(ClientDto.From)));
        groep.MapPost("/", async (AfmeldingInput invoer, AfwezigheidService s, CancellationToken ct) =>
        {
            var result = await s.RegisterAsync(invoer, ct);
            return ApiResults.From(result, "/api/afwezigheid", created: true);
        });
        groep.MapGet("/herinneringen", async (Guid? toewijzingId, AfwezigheidService s, CancellationToken ct) =>
            Results.Ok((await s.HerinneringenAsync(toewijzingId, ct)).Select(HerinneringDto.From)));
        groep.MapPost("/herinneringen", async (HerinneringInput invoer, AfwezigheidService s, CancellationToken ct) =>
            ApiResults.From(await s.RegisterHerinneringAsync(invoer, ct), "/api/afwezigheid/herinneringen", created: true));
        groep.MapGet("/{id:guid}", async (Guid id, AfwezigheidService s, CancellationToken ct) => ApiResults.OkOrNotFound(await s.GetAsync(id, ct)));
        groep.MapPut("/{id:guid}", async (Guid id, AfmeldingInput invoer, AfwezigheidService s, CancellationToken ct) =>
            ApiResults.From(await s.UpdateAsync(id, invoer, ct), "/api/afwezigheid", created: false));
        groep.MapDelete("/{id:guid}", async (Guid id, AfwezigheidService s, CancellationToken ct) =>
            ApiResults.From(await s.DeleteAsync(id, ct), "/api/afwezigheid", created: false));
        groep.MapPost("/{id:guid}/afhandeling", async (Guid id, AfhandelingInput invoer, AfwezigheidService s, CancellationToken ct) =>
            ApiResults.From(await s.RecordAsync(id, invoer, ct), "/api/afwezigheid", created: false));
    }

    public sealed record VerplichtingDto(string RegelId, string Bron, string Omschrijving, DateOnly Deadline, DateTimeOffset? DeadlineMoment, bool Onverwijld, string Status);

    public sealed record AfmeldingDto(Guid Id, Guid ToewijzingId, string ToewijzingNummer, string? Productcode, DateTimeOffset GeplandOp, DateTimeOffset? AfgemeldOp,
        string Door, string Reden, bool NoShow, string Uitleg, string? Bron, bool? Declarabel, string? DeclarabelUitleg, IReadOnlyList<VerplichtingDto> Verplichtingen,
        bool? Herinnerd, string? HerinneringUitleg);

    /// <summary>A reminder of an appointment (IB-22a); <c>Kanaal</c> as the enum name (Sms, Telefoon, Email, Brief, App).</summary>
    public sealed record HerinneringDto(Guid Id, Guid ToewijzingId, string ToewijzingNummer, string Client, DateTimeOffset AfspraakOp, DateTimeOffset VerzondenOp,
        string Kanaal, string? Toelichting, string GeregistreerdDoor)
    {
        public static HerinneringDto From(AfwezigheidService.HerinneringRow r) => new(r.Herinnering.Id, r.Herinnering.ToewijzingId, r.ToewijzingNummer, r.Client,
            r.Herinnering.AfspraakOp, r.Herinnering.VerzondenOp, r.Herinnering.Kanaal.ToString(), r.Herinnering.Toelichting, r.Herinnering.GeregistreerdDoor);
    }

    public sealed record VensterDto(int Drempel, int VensterDagen, string Gevolg, string Bron, int Aantal, bool Bereikt);

    public sealed record ClientDto(Guid ClientId, string Client, string Contract, int NoShows, IReadOnlyList<VensterDto> Vensters, IReadOnlyList<AfmeldingDto> Afmeldingen)
    {
        public static ClientDto From(AfwezigheidService.ClientOverview c) => new(c.ClientId, c.Client, c.Contract, c.NoShows,
            c.Vensters.Select(v => new VensterDto(v.Drempel.Aantal, v.Drempel.VensterDagen, v.Drempel.Gevolg, v.Drempel.Bron, v.Aantal, v.Bereikt)).ToList(),
            c.Rows.Select(r => new AfmeldingDto(r.Afmelding.Id, r.Afmelding.ToewijzingId, r.ToewijzingNummer, r.Afmelding.Productcode, r.Afmelding.GeplandOp,
                r.Afmelding.AfgemeldOp, r.Afmelding.Door.ToString(), r.Afmelding.Reden.ToString(), r.Outcome.IsNoShow, r.Outcome.Uitleg, r.Outcome.Bron,
                r.Outcome.Declarabel, r.Outcome.DeclarabelUitleg,
                r.Verplichtingen.Select(v => new VerplichtingDto(v.RegelId, v.Bron, v.Omschrijving, v.Deadline, v.DeadlineMoment, v.Onverwijld, v.Status.ToString())).ToList(),
                r.Herinnerd, r.HerinneringUitleg))
                .ToList());
    }
}
