using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>The staff register (issue 14): kwaliteit and administratie at the aanbieder keep their people, qualifications
/// and the fixed worker and deputy per toewijzing (DEV-Eis6-R10, IB-15a). The gemeente's contractmanager sees the people
/// of its contracted aanbieders with status and validity only, never numbers or documents.</summary>
public sealed class PersoneelService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, VogService vogs, InzetCheck inzet, ContinuiteitService continuiteit, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagBeheren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;
    public bool MagInzien => MagBeheren || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);

    /// <summary>The aanbieder's own people; for the gemeente those of the aanbieders it contracted.</summary>
    private IQueryable<Medewerker> InView()
    {
        if (!MagInzien)
            return db.Set<Medewerker>().Where(_ => false);
        if (scope.IsAanbieder)
            return db.Set<Medewerker>().Where(m => m.AanbiederId == scope.Organisatie.Id);
        var aanbieders = scope.Contracten().Select(c => c.AanbiederId);
        return db.Set<Medewerker>().Where(m => aanbieders.Contains(m.AanbiederId));
    }

    public sealed record Keuze(Guid Id, string Omschrijving);

    /// <summary>The product codes of the aanbieder's contracts, with their names.</summary>
    public async Task<List<Keuze>> ProductenAsync(CancellationToken ct = default)
    {
        var contracten = await scope.Contracten().ToListAsync(ct);
        return contracten.Select(c => catalogus.Find(c.ProfielId, c.ProfielVersie)).OfType<ContractProfile>().SelectMany(p => p.Producten)
            .GroupBy(p => p.Code.ToUpperInvariant()).Select(g => new Keuze(Guid.Empty, $"{g.Key} — {g.First().Naam}")).OrderBy(k => k.Omschrijving).ToList();
    }

    private async Task<List<string>> ProductcodesAsync(CancellationToken ct) =>
        (await scope.Contracten().ToListAsync(ct)).Select(c => catalogus.Find(c.ProfielId, c.ProfielVersie)).OfType<ContractProfile>().SelectMany(p => p.Producten)
            .Select(p => p.Code.ToUpperInvariant()).Distinct().ToList();

    /// <summary>Platform users of the aanbieder a person can be linked to.</summary>
    public async Task<List<Keuze>> GebruikersAsync(CancellationToken ct = default) =>
        MagBeheren ? await db.Gebruikers.Where(g => g.OrganisatieId == scope.Organisatie.Id && g.Actief).OrderBy(g => g.Naam)
            .Select(g => new Keuze(g.Id, g.Naam + " (" + g.Email + ")")).ToListAsync(ct) : [];

    public async Task<Medewerker?> FindAsync(Guid id, CancellationToken ct = default) =>
        MagBeheren ? await InView().FirstOrDefaultAsync(m => m.Id == id, ct) : null;

    public async Task<SaveResult> RegisterAsync(MedewerkerInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var medewerker = new Medewerker { AanbiederId = scope.Organisatie.Id, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow() };
        invoer.ApplyTo(medewerker);
        var fouten = await ValidateAsync(medewerker, ct);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(medewerker);
            await vogs.AddEventsAsync(medewerker, PersoneelGebeurtenis.Indiensttreding, medewerker.InDienst, null, ct);
            return SaveResult.Ok(medewerker.Id);
        }, ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, MedewerkerInput invoer, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } medewerker)
            return SaveResult.NotFound();
        var inDienst = medewerker.InDienst;
        invoer.ApplyTo(medewerker);
        var fouten = await ValidateAsync(medewerker, ct);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        if (invoer.Versie is { } versie)
            db.Entry(medewerker).Property(nameof(Medewerker.Versie)).OriginalValue = versie;
        return await unitOfWork.ExecuteAsync(async () =>
        {
            // A corrected employment start moves its event, so the start terms (IB-9b, BSD-39 …) follow.
            if (medewerker.InDienst != inDienst)
                foreach (var g in await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == PersoneelGebeurtenis.Onderwerp && g.OnderwerpId == medewerker.Id
                    && g.Soort == PersoneelGebeurtenis.Indiensttreding).ToListAsync(ct))
                    g.Moment = Amsterdam.StartOf(medewerker.InDienst);
            return SaveResult.Ok(medewerker.Id);
        }, ct);
    }

    private async Task<IReadOnlyList<ValidationError>> ValidateAsync(Medewerker medewerker, CancellationToken ct)
    {
        var fouten = medewerker.Validate(Vandaag, await ProductcodesAsync(ct)).ToList();
        if (medewerker.GebruikerId is { } gebruiker)
        {
            if (!await db.Gebruikers.AnyAsync(g => g.Id == gebruiker && g.OrganisatieId == scope.Organisatie.Id, ct))
                fouten.Add(new(nameof(MedewerkerInput.GebruikerId), "Kies een gebruiker van uw organisatie (of geen)."));
            else if (await db.Set<Medewerker>().AnyAsync(m => m.GebruikerId == gebruiker && m.Id != medewerker.Id, ct))
                fouten.Add(new(nameof(MedewerkerInput.GebruikerId), "Deze gebruiker is al aan een andere medewerker gekoppeld."));
        }
        return fouten;
    }

    public sealed record Row(Medewerker Medewerker, string Aanbieder, IReadOnlyList<VogService.ContractStatus> Status)
    {
        public bool Geldig => Status.All(s => s.Geldig);
    }

    public sealed record Detail(Row Row, IReadOnlyList<PersoneelOverview.Clientregel> Clienten, IReadOnlyList<Vog> Vogs);

    /// <summary>The people in view, by aanbieder and name (at most 1,000).</summary>
    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        var medewerkers = await InView().OrderBy(m => m.Naam).Take(1000).ToListAsync(ct);
        var aanbiederIds = medewerkers.Select(m => m.AanbiederId).Distinct().ToList();
        var aanbieders = await db.Organisaties.Where(o => aanbiederIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var status = await vogs.StatusAsync(medewerkers, ct);
        return medewerkers.Select(m => new Row(m, aanbieders.GetValueOrDefault(m.AanbiederId, ""), status[m.Id])).OrderBy(r => r.Aanbieder).ThenBy(r => r.Medewerker.Naam).ToList();
    }

    /// <summary>One person with their clients; only for the aanbieder (the gemeente sees the list with status only).</summary>
    public async Task<Detail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } medewerker)
            return null;
        db.LogRead(nameof(Medewerker), id);
        await db.SaveChangesAsync(ct);
        var status = await vogs.StatusAsync([medewerker], ct);
        return new Detail(new Row(medewerker, scope.Organisatie.Naam, status[id]), await Overview.ClientenAsync(id, Vandaag, ct), await vogs.ListAsync(id, ct));
    }

    private PersoneelOverview Overview => new(db, scope);

    /// <summary>The aanbieder's running toewijzingen with their fixed worker and deputy.</summary>
    public async Task<List<PersoneelOverview.Toewijzingregel>> ToewijzingenAsync(CancellationToken ct = default) =>
        MagBeheren ? await Overview.ToewijzingenAsync(null, Vandaag, ct) : [];

    public async Task<PersoneelOverview.Toewijzingregel?> ToewijzingAsync(Guid toewijzingId, CancellationToken ct = default) =>
        MagBeheren ? (await Overview.ToewijzingenAsync(toewijzingId, Vandaag, ct)).SingleOrDefault() : null;

    /// <summary>The people of the aanbieder in service today, to choose a fixed worker or deputy from.</summary>
    public async Task<List<Keuze>> MedewerkerKeuzesAsync(CancellationToken ct = default) =>
        MagBeheren ? (await InView().OrderBy(m => m.Naam).ToListAsync(ct)).Where(m => m.IsInDienst(Vandaag))
            .Select(m => new Keuze(m.Id, $"{m.Naam} — {m.Functie}")).ToList() : [];

    /// <summary>Makes a person the fixed worker (and another the deputy) of a toewijzing from a date (DEV-Eis6-R10, IB-15a).
    /// The current assignment ends the day before; a person the toewijzing's contract does not allow is refused.</summary>
    public async Task<SaveResult> AssignAsync(Guid toewijzingId, VasteMedewerkerInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return SaveResult.NotFound();
        var fouten = new Validator()
            .Check(nameof(VasteMedewerkerInput.MedewerkerId), invoer.MedewerkerId != Guid.Empty, "Kies de vaste medewerker.")
            .Check(nameof(VasteMedewerkerInput.Vanaf), invoer.Vanaf != default, "Vanaf is verplicht.")
            .Check(nameof(VasteMedewerkerInput.VervangerId), invoer.VervangerId is null || invoer.VervangerId != invoer.MedewerkerId,
                "De vervanger is een andere medewerker dan de vaste medewerker (DEV-Eis6-R10).")
            .Optional(nameof(VasteMedewerkerInput.Reden), "Reden", invoer.Reden, 500)
            .Errors.ToList();
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var ids = new[] { invoer.MedewerkerId, invoer.VervangerId ?? Guid.Empty };
        var medewerkers = await InView().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        if (!medewerkers.TryGetValue(invoer.MedewerkerId, out var vast) || !vast.IsInDienst(invoer.Vanaf))
            return SaveResult.Invalid(nameof(VasteMedewerkerInput.MedewerkerId), "Kies een medewerker van uw organisatie die op de ingangsdatum in dienst is.");
        Medewerker? vervanger = null;
        if (invoer.VervangerId is { } vervangerId && (!medewerkers.TryGetValue(vervangerId, out vervanger) || !vervanger.IsInDienst(invoer.Vanaf)))
            return SaveResult.Invalid(nameof(VasteMedewerkerInput.VervangerId), "Kies een vervanger van uw organisatie die op de ingangsdatum in dienst is.");
        var gebreken = await DeploymentProblemsAsync(toewijzing, vast, nameof(VasteMedewerkerInput.MedewerkerId), invoer.Vanaf, ct);
        if (vervanger is not null)
            gebreken.AddRange(await DeploymentProblemsAsync(toewijzing, vervanger, nameof(VasteMedewerkerInput.VervangerId), invoer.Vanaf, ct));
        if (gebreken.Count > 0)
            return SaveResult.Invalid(gebreken);

        var huidige = await db.Set<VasteMedewerker>().Where(v => v.ToewijzingId == toewijzing.Id && (v.Tot == null || v.Tot >= invoer.Vanaf))
            .OrderByDescending(v => v.Vanaf).ToListAsync(ct);
        if (huidige.Any(v => v.Vanaf > invoer.Vanaf))
            return SaveResult.Invalid(nameof(VasteMedewerkerInput.Vanaf), "Er is al een vaste medewerker vanaf een latere datum; kies een datum daarna.");
        var vorige = huidige.FirstOrDefault();
        var toewijzingMedewerker = new VasteMedewerker
        {
            AanbiederId = scope.Organisatie.Id, ToewijzingId = toewijzing.Id, MedewerkerId = vast.Id, VervangerId = vervanger?.Id, Vanaf = invoer.Vanaf,
            Reden = string.IsNullOrWhiteSpace(invoer.Reden) ? null : invoer.Reden.Trim(), GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow(),
        };
        return await unitOfWork.ExecuteAsync(async () =>
        {
            foreach (var v in huidige)
            {
                if (v.Vanaf == invoer.Vanaf)
                    db.Remove(v);
                else
                    v.Tot = invoer.Vanaf.AddDays(-1);
            }
            db.Add(toewijzingMedewerker);
            await OnFixedWorkerChangedAsync(toewijzing, vorige, toewijzingMedewerker, ct);
            return SaveResult.Ok(toewijzingMedewerker.Id);
        }, ct);
    }

    /// <summary>Warnings (not refusals) about the fixed worker and deputy of a toewijzing, each with the clause: a qualification
    /// below the product's minimum under its contract (DEV-B4-Q-*, IB-5/IB-6, BSD-2.7), and a replacement of another fixed
    /// worker for a reason the contract does not permit (BSD-44a). Called after the assignment is saved.</summary>
    public async Task<IReadOnlyList<string>> AssignWarningsAsync(Guid toewijzingId, VasteMedewerkerInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren || await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == toewijzingId, ct) is not { } toewijzing)
            return [];
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        var eisen = inzet.Profiel(contract)?.Kwalificaties ?? [];
        var ids = new[] { invoer.MedewerkerId, invoer.VervangerId ?? Guid.Empty };
        var problemen = (await InView().Where(m => ids.Contains(m.Id)).ToListAsync(ct))
            .Select(m => KwalificatieCheck.Evaluate(m, toewijzing.Productcode, eisen)).OfType<VogProblem>().ToList();
        var vorigeDag = invoer.Vanaf.AddDays(-1);
        var vervangt = await db.Set<VasteMedewerker>().AnyAsync(v => v.ToewijzingId == toewijzing.Id && v.Tot == vorigeDag && v.MedewerkerId != invoer.MedewerkerId, ct);
        if (vervangt && inzet.Profiel(contract) is { } profiel && Wisselreden.Evaluate(profiel, invoer.Reden) is { } reden)
            problemen.Add(reden);
        return problemen.Select(p => p.ToString()).ToList();
    }

    /// <summary>Why the toewijzing's contract does not allow this person (VOG, qualification), as field messages naming the clause.</summary>
    private async Task<List<ValidationError>> DeploymentProblemsAsync(Toewijzing toewijzing, Medewerker medewerker, string veld, DateOnly datum, CancellationToken ct)
    {
        var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
        return (await inzet.ProblemsAsync(medewerker, contract, datum, ct))
            .Select(p => new ValidationError(veld, $"{p.Message} Daarom kan {medewerker.Naam} niet de vaste medewerker of vervanger van deze cliënt worden ({p.Bron}).")).ToList();
    }

    /// <summary>A change of the fixed worker starts the contract's continuity terms (BSD-44b–d, IB-15c).</summary>
    private Task OnFixedWorkerChangedAsync(Toewijzing toewijzing, VasteMedewerker? vorige, VasteMedewerker nieuw, CancellationToken ct) =>
        vorige is null ? Task.CompletedTask : continuiteit.RegisterWisselingAsync(toewijzing, vorige, nieuw, ct);

}
