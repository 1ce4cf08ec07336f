using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Klachten;

/// <summary>The complaints register. Kwaliteit and administratie at the aanbieder register every expression of
/// dissatisfaction (IB-48b) and record its handling; each step is an event about the complaint, so the contract's terms
/// (IB-49/50, DEV-Eis16-R2/R3) show as obligations with deadline and clause. The gemeente's contractmanager sees the
/// complaints put to it (DEV-Eis16-R6) and records its answer (R7).</summary>
public sealed class KlachtService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagRegistreren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;
    public bool MagTerugkoppelen => !scope.IsAanbieder && scope.Rol == Rol.Contractmanager;
    public bool MagLezen => MagRegistreren || MagTerugkoppelen;

    /// <summary>The aanbieder's own complaints; for the gemeente only those put to it under its contracts.</summary>
    private IQueryable<Klacht> InView()
    {
        if (!MagLezen)
            return db.Set<Klacht>().Where(_ => false);
        var contracten = scope.Contracten().Select(c => c.Id);
        var query = db.Set<Klacht>().Where(k => contracten.Contains(k.ContractId));
        return scope.IsAanbieder ? query.Where(k => k.AanbiederId == scope.Organisatie.Id) : query.Where(k => k.GeescaleerdOp != null);
    }

    public sealed record Row(Klacht Klacht, string Contract, string? Client, IReadOnlyList<VastgelegdeVerplichting> Verplichtingen)
    {
        public IEnumerable<VastgelegdeVerplichting> Open => Verplichtingen.Where(v => v.Status is VerplichtingStatus.Open or VerplichtingStatus.TeLaat);
    }

    public sealed record Detail(Row Row, IReadOnlyList<ContractGebeurtenis> Gebeurtenissen, IReadOnlyDictionary<string, string> Namen);

    /// <summary>The complaints in view, newest first (at most 500), optionally only the unsettled ones.</summary>
    public async Task<List<Row>> ListAsync(bool alleenOpen = false, CancellationToken ct = default)
    {
        var query = InView();
        if (alleenOpen)
            query = query.Where(k => k.AfgehandeldOp == null);
        var klachten = await query.OrderByDescending(k => k.Ontvangen).Take(500).ToListAsync(ct);
        return await RowsAsync(klachten, ct);
    }

    private async Task<List<Row>> RowsAsync(List<Klacht> klachten, CancellationToken ct)
    {
        var contractIds = klachten.Select(k => k.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Naam, ct);
        var clientIds = klachten.Where(k => k.ClientId is not null).Select(k => k.ClientId!.Value).Distinct().ToList();
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.VolledigeNaam, ct);
        var ids = klachten.Select(k => (Guid?)k.Id).ToList();
        var verplichtingen = (await db.Verplichtingen.Where(v => v.OnderwerpSoort == KlachtGebeurtenis.Onderwerp && ids.Contains(v.OnderwerpId)).ToListAsync(ct))
            .ToLookup(v => v.OnderwerpId!.Value);
        return klachten.Select(k => new Row(k, contracten.GetValueOrDefault(k.ContractId, ""), k.ClientId is { } c ? clienten.GetValueOrDefault(c) : null,
            verplichtingen[k.Id].OrderBy(v => v.Deadline).ThenBy(v => v.RegelId).ToList())).ToList();
    }

    /// <summary>One complaint with its obligations and its timeline; reading it is audited (it may name a client).</summary>
    public async Task<Detail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await InView().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } klacht)
            return null;
        var row = (await RowsAsync([klacht], ct)).Single();
        var gebeurtenissen = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == KlachtGebeurtenis.Onderwerp && g.OnderwerpId == id)
            .OrderBy(g => g.Moment).ToListAsync(ct);
        var contract = await db.Contracten.FirstAsync(c => c.Id == klacht.ContractId, ct);
        var namen = (catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Gebeurtenissen ?? [])
            .GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.Last().Omschrijving.Split(';')[0]);
        db.LogRead(nameof(Klacht), id);
        if (klacht.ClientId is { } client)
            db.LogRead("Client", client);
        await db.SaveChangesAsync(ct);
        return new Detail(row, gebeurtenissen, namen);
    }

    public sealed record Keuze(Guid Id, string Omschrijving);

    public async Task<List<Keuze>> ContractenAsync(CancellationToken ct = default) =>
        MagRegistreren ? await scope.Contracten().OrderBy(c => c.Naam).Select(c => new Keuze(c.Id, c.Naam)).ToListAsync(ct) : [];

    /// <summary>The clients a complaint can be about: those with a toewijzing of the aanbieder (at most 1,000, by name).</summary>
    public async Task<List<ClientKeuze>> ClientenAsync(CancellationToken ct = default) =>
        MagRegistreren ? await ClientKeuze.ListAsync(scope, ct) : [];

    public async Task<SaveResult> RegisterAsync(KlachtInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var contract = await scope.Contracten().FirstOrDefaultAsync(c => c.Id == invoer.ContractId, ct);
        if (contract is null)
            return SaveResult.Invalid(nameof(KlachtInput.ContractId), "Kies een contract van uw organisatie.");
        if (invoer.ClientId is { } clientId && !await scope.Clienten().AnyAsync(c => c.Id == clientId, ct))
            return SaveResult.Invalid(nameof(KlachtInput.ClientId), "Kies een cliënt van uw organisatie (of laat het veld leeg).");
        var nu = clock.GetUtcNow();
        var klacht = new Klacht
        {
            AanbiederId = scope.Organisatie.Id, ContractId = contract.Id, OpdrachtgeverId = contract.OpdrachtgeverId, ClientId = invoer.ClientId,
            Ontvangen = invoer.OntvangenDatum == default ? default : Amsterdam.ToUtc(invoer.OntvangenDatum.ToDateTime(invoer.OntvangenTijd ?? TimeOnly.MinValue)),
            Wijze = invoer.Wijze, Indiener = invoer.Indiener.Trim(), Omschrijving = invoer.Omschrijving.Trim(), DirectOpgelost = invoer.DirectOpgelost,
            Afhandeling = string.IsNullOrWhiteSpace(invoer.Afhandeling) ? null : invoer.Afhandeling.Trim(),
            GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        var fouten = klacht.Validate(nu);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        if (klacht.DirectOpgelost)
            (klacht.BevestigdOp, klacht.AfgehandeldOp) = (klacht.Ontvangen, klacht.Ontvangen);
        var profiel = Profiel(contract);
        return await unitOfWork.ExecuteAsync(() =>
        {
            db.Add(klacht);
            Add(profiel, contract, klacht, KlachtGebeurtenis.Ontvangen, klacht.Ontvangen, Kort(klacht.Omschrijving));
            if (klacht.DirectOpgelost)
            {
                Add(profiel, contract, klacht, KlachtGebeurtenis.Bevestigd, klacht.Ontvangen, "Direct opgelost (IB-48b)");
                Add(profiel, contract, klacht, KlachtGebeurtenis.Afgehandeld, klacht.Ontvangen, klacht.Afhandeling);
            }
            return Task.FromResult(SaveResult.Ok(klacht.Id));
        }, ct);
    }

    /// <summary>The steps, by their name in the URL (<c>/api/klachten/{id}/stappen/{stap}</c>) and form.</summary>
    public static readonly IReadOnlyList<string> Stappen = ["bevestigen", "termijn", "voortgang", "verlengen", "voorleggen", "terugkoppeling", "afhandelen"];

    /// <summary>One step in handling the complaint; its event is stored with it, so its obligations follow in the same transaction.</summary>
    public async Task<SaveResult> ExecuteAsync(Guid id, string stap, KlachtStapInput invoer, CancellationToken ct = default)
    {
        var gemeenteStap = stap == "terugkoppeling";
        if ((gemeenteStap ? !MagTerugkoppelen : !MagRegistreren) || await InView().FirstOrDefaultAsync(k => k.Id == id, ct) is not { } klacht)
            return SaveResult.NotFound();
        var nu = clock.GetUtcNow();
        var moment = invoer.Datum == default ? default : Amsterdam.ToUtc(invoer.Datum.ToDateTime(invoer.Tijd ?? TimeOnly.MinValue));
        var (fouten, soort, gebeurtenisMoment) = stap switch
        {
            "bevestigen" => (klacht.Acknowledge(moment, nu), KlachtGebeurtenis.Bevestigd, moment),
            "termijn" => (klacht.CommunicateTermijn(moment, invoer.VerwachteAfhandeling, invoer.Toelichting, nu), KlachtGebeurtenis.TermijnGecommuniceerd, moment),
            "voortgang" => (klacht.RecordVoortgang(moment, nu), KlachtGebeurtenis.Voortgangsbericht, moment),
            "verlengen" => (klacht.Extend(invoer.VerlengdTot, invoer.ToestemmingClient, moment, invoer.Toelichting, Vandaag, nu), KlachtGebeurtenis.Verlengd,
                invoer.VerlengdTot is { } tot ? Amsterdam.StartOf(tot) : moment),
            "voorleggen" => (klacht.Escalate(moment, invoer.Toelichting, nu), KlachtGebeurtenis.Geescaleerd, moment),
            "terugkoppeling" => (klacht.RecordTerugkoppeling(moment, invoer.Toelichting, nu), KlachtGebeurtenis.TerugkoppelingGemeente, moment),
            "afhandelen" => (klacht.Settle(moment, invoer.Toelichting, invoer.Verbetermaatregel, nu), KlachtGebeurtenis.Afgehandeld, moment),
            _ => ((IReadOnlyList<ValidationError>)[new ValidationError("stap", $"Onbekende stap '{stap}'; kies uit {string.Join(", ", Stappen)}.")], "", default(DateTimeOffset)),
        };
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        var contract = await db.Contracten.FirstAsync(c => c.Id == klacht.ContractId, ct);
        var profiel = Profiel(contract);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            // A later extension moves the agreed date: the one extension event of the complaint follows it.
            var eerder = soort == KlachtGebeurtenis.Verlengd
                ? await db.Gebeurtenissen.FirstOrDefaultAsync(g => g.OnderwerpSoort == KlachtGebeurtenis.Onderwerp && g.OnderwerpId == id && g.Soort == soort, ct)
                : null;
            var toelichting = stap == "verlengen" ? $"Toestemming cliënt op {Amsterdam.Local(moment):dd-MM-yyyy}: {invoer.Toelichting}" : invoer.Toelichting;
            if (eerder is not null)
                (eerder.Moment, eerder.Toelichting) = (gebeurtenisMoment, Kort(toelichting));
            else
                Add(profiel, contract, klacht, soort, gebeurtenisMoment, toelichting);
            return SaveResult.Ok(klacht.Id);
        }, ct);
    }

    private ContractProfile Profiel(Contract contract) => catalogus.Require(contract);

    private void Add(ContractProfile profiel, Contract contract, Klacht klacht, string soort, DateTimeOffset moment, string? toelichting) =>
        OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(KlachtGebeurtenis.Onderwerp, klacht.Id.ToString()), klacht.ClientId, soort, moment,
            toelichting, actor.Email);

    private static string? Kort(string? tekst) => tekst is { Length: > 500 } ? tekst[..500] : tekst;
}
