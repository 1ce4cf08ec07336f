using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>
/// A client obtained a Wlz indication: the gemeente ends the client's running Wmo toewijzingen with a gewijzigde 301
/// (reden 06, uitstroom naar ander domein) on the stop date the contract prescribes (IB-34a/b, see
/// <see cref="WlzStopdatum"/>), registers the dating event and "stopdatum-vastgesteld", all in one save. Also the
/// weekly check for issued Wlz indications (IB-34c), an organisation-level event under the gemeente's contracts.
/// </summary>
public sealed class WlzService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ZorgketenService keten, UnitOfWork unitOfWork,
    ICurrentActor actor, TimeProvider clock)
{
    public sealed record Row(Toewijzing Toewijzing, Contract Contract, string Aanbieder, bool WlzAanbieder, WlzStopdatum.Proposal Voorstel);

    public sealed record Stop(Guid ToewijzingId, string ToewijzingNummer, DateOnly Stopdatum, bool Terugwerkend);

    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>Only a consulent of the client's gemeente registers a Wlz indication.</summary>
    public bool MagRegistreren => !scope.IsAanbieder && scope.Rol == Rol.Consulent;

    public Task<bool> ClientInViewAsync(Guid clientId, CancellationToken ct = default) =>
        MagRegistreren ? scope.Clienten().AnyAsync(c => c.Id == clientId, ct) : Task.FromResult(false);

    /// <summary>The client's running toewijzingen that run past the proposed stop date, each with its proposal; null
    /// when the client is not in view or the user may not register.</summary>
    public async Task<List<Row>?> ProposeAsync(Guid clientId, DateOnly afgifte, DateOnly? zichtbaar, CancellationToken ct = default)
    {
        if (!await ClientInViewAsync(clientId, ct))
            return null;
        var rijen = await (from t in scope.Toewijzingen()
                           where t.ClientId == clientId && t.Status != ToewijzingStatus.Afgewezen && t.Status != ToewijzingStatus.Gestopt
                           join c in db.Contracten on t.ContractId equals c.Id
                           join a in db.Organisaties on c.AanbiederId equals a.Id
                           orderby t.ToewijzingNummer
                           select new { t, c, a.Naam, a.IsWlzAanbieder }).ToListAsync(ct);
        return rijen
            .Select(r => new Row(r.t, r.c, r.Naam, r.IsWlzAanbieder,
                WlzStopdatum.Calculate(catalogus.Find(r.c.ProfielId, r.c.ProfielVersie), r.IsWlzAanbieder, afgifte, zichtbaar ?? afgifte)))
            .Where(r => r.Toewijzing.Einddatum is null || r.Toewijzing.Einddatum > r.Voorstel.Stopdatum)
            .ToList();
    }

    /// <summary>Ends every listed toewijzing (or none): gewijzigde 301 with reden 06, the dating event, stopdatum-vastgesteld.</summary>
    public async Task<(SaveResult Result, IReadOnlyList<Stop> Stops)> RegisterAsync(Guid clientId, WlzInput invoer, CancellationToken ct = default)
    {
        if (!await ClientInViewAsync(clientId, ct))
            return (SaveResult.NotFound(), []);
        var fouten = WlzStopdatum.Validate(invoer.Afgiftedatum, invoer.ZichtbaarOp ?? invoer.Afgiftedatum, Vandaag);
        if (fouten.Count > 0)
            return (SaveResult.Invalid(fouten), []);
        var regels = (await ProposeAsync(clientId, invoer.Afgiftedatum, invoer.ZichtbaarOp, ct))!;
        if (regels.Count == 0)
            return (SaveResult.Invalid("Toewijzingen", "Deze cliënt heeft geen lopende toewijzing die na de voorgestelde stopdatum doorloopt; er is niets te beëindigen."), []);
        var stopdatums = invoer.Stopdatums ?? [];
        var errors = stopdatums.Keys.Where(id => regels.All(r => r.Toewijzing.Id != id))
            .Select(id => new ValidationError("Stopdatums", $"Toewijzing {id} is geen lopende toewijzing van deze cliënt.")).ToList();
        var stops = new List<Stop>();
        var result = await unitOfWork.ExecuteAsync(async () =>
        {
            foreach (var r in regels)
            {
                var t = r.Toewijzing;
                var stop = stopdatums.TryGetValue(t.Id, out var aangepast) ? aangepast : r.Voorstel.Stopdatum;
                var veld = $"Stopdatums[{t.Id}]";
                if (t.Einddatum is { } einde && stop > einde)
                {
                    errors.Add(new(veld, $"Toewijzing {t.ToewijzingNummer}: de stopdatum ligt na de huidige einddatum ({einde:dd-MM-yyyy})."));
                    continue;
                }
                var wijziging = await keten.ChangeEinddatumInWijzigingAsync(t, r.Contract, stop, WlzStopdatum.RedenWijziging, ct);
                errors.AddRange(wijziging.Select(e => new ValidationError(veld, $"Toewijzing {t.ToewijzingNummer}: {e.Message}")));
                if (wijziging.Count > 0)
                    continue;
                var bron = r.Voorstel.Regel?.Bron is { } b ? $" ({b})" : "";
                Add(t, r.Contract, r.Voorstel.Gebeurtenis, r.Voorstel.Referentie,
                    r.WlzAanbieder ? $"Wlz-indicatie afgegeven op {invoer.Afgiftedatum:dd-MM-yyyy}" : $"Wlz-indicatie zichtbaar op {r.Voorstel.Referentie:dd-MM-yyyy}");
                Add(t, r.Contract, WlzStopdatum.StopdatumVastgesteld, Vandaag, $"Stopdatum {stop:dd-MM-yyyy} na Wlz-indicatie{bron}, reden wijziging 06");
                stops.Add(new(t.Id, t.ToewijzingNummer, stop, stop < Vandaag));
            }
            return errors.Count > 0 ? SaveResult.Invalid(errors) : SaveResult.Ok(clientId);
        }, ct);
        return (result, result.Status == SaveStatus.Ok ? stops : []);
    }

    /// <summary>The Dutch warning for retroactive stops (IB-A11): delivered and declared care after the stop date must be checked.</summary>
    public static string? Warning(IEnumerable<Stop> stops)
    {
        var terug = stops.Where(s => s.Terugwerkend).ToList();
        return terug.Count == 0 ? null
            : "Let op: de stopdatum ligt in het verleden voor toewijzing " + string.Join(", ", terug.Select(s => $"{s.ToewijzingNummer} ({s.Stopdatum:dd-MM-yyyy})"))
              + ". Controleer de zorg die na de stopdatum is geleverd of gedeclareerd (IB-A11).";
    }

    /// <summary>The contracts in view whose profile asks for the weekly Wlz check (IB-34c).</summary>
    public async Task<List<Contract>> CheckContractenAsync(CancellationToken ct = default) =>
        !MagRegistreren ? [] : (await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct))
            .Where(c => catalogus.Find(c.ProfielId, c.ProfielVersie)?.Regels.Any(r => r.Gebeurtenissen.Contains(WlzStopdatum.Controle)) == true).ToList();

    /// <summary>When the gemeente last registered the weekly Wlz check (IB-34c) under a contract in view.</summary>
    public async Task<DateTimeOffset?> LastCheckAsync(CancellationToken ct = default)
    {
        var contracten = scope.Contracten().Select(c => c.Id);
        var momenten = await db.Gebeurtenissen.Where(g => g.Soort == WlzStopdatum.Controle && contracten.Contains(g.ContractId)).Select(g => g.Moment).ToListAsync(ct);
        return momenten.Count == 0 ? null : momenten.Max();
    }

    /// <summary>IB-34c: registers "wlz-controle" (organisation-level, no client) under every such contract, in one save.</summary>
    public async Task<SaveResult> CheckAsync(WlzCheckInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var v = new Validator()
            .Check("Datum", invoer.Datum != default, "Datum van de Wlz-controle is verplicht.")
            .Check("Datum", invoer.Datum <= Vandaag, "De Wlz-controle kan niet in de toekomst liggen.")
            .Optional("Toelichting", "Toelichting", invoer.Toelichting, 500);
        var contracten = await CheckContractenAsync(ct);
        v.Check("Contract", contracten.Count > 0, "Geen van de contracten van uw gemeente vraagt een wekelijkse Wlz-controle (IB-34c).");
        if (!v.IsValid)
            return SaveResult.Invalid(v.Errors);
        var moment = invoer.Datum == Vandaag ? clock.GetUtcNow() : Amsterdam.StartOf(invoer.Datum).AddHours(9);
        return await unitOfWork.ExecuteAsync(() =>
        {
            foreach (var c in contracten)
                db.Gebeurtenissen.Add(new ContractGebeurtenis
                {
                    ContractId = c.Id, Soort = WlzStopdatum.Controle, Moment = moment, AlleenDatum = invoer.Datum != Vandaag, GeregistreerdDoor = actor.Email,
                    Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? "Wekelijkse Wlz-controle uitgevoerd" : invoer.Toelichting.Trim(),
                });
            return Task.FromResult(SaveResult.Ok(contracten[0].Id));
        }, ct);
    }

    private void Add(Toewijzing t, Contract contract, string soort, DateOnly datum, string toelichting) =>
        KetenGebeurtenissen.Add(db, catalogus, clock, actor.Email, t, contract, soort, datum, toelichting);
}
