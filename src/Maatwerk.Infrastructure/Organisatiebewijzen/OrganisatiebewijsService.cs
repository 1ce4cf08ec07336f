using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Organisatiebewijzen;

/// <summary>Insurance, quality certificates and the VOG rechtspersoon of an aanbieder (issue 14). Kwaliteit at the
/// aanbieder registers and edits them as facts (no file is stored); each one registers its events under every contract of
/// the aanbieder whose profile knows them, so the renewal terms show on Verplichtingen. The gemeente's contractmanager
/// sees per contract only the status and validity of each kind the contract requires; another organisation's record is
/// 404.</summary>
public sealed class OrganisatiebewijsService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagBeheren => scope.IsAanbieder && scope.Rol == Rol.Kwaliteit;
    public bool MagInzien => MagBeheren || (!scope.IsAanbieder && scope.Rol == Rol.Contractmanager);

    private IQueryable<Organisatiebewijs> Eigen() => MagBeheren
        ? db.Set<Organisatiebewijs>().Where(b => b.AanbiederId == scope.Organisatie.Id)
        : db.Set<Organisatiebewijs>().Where(_ => false);

    public async Task<List<Organisatiebewijs>> ListAsync(CancellationToken ct = default) =>
        (await Eigen().ToListAsync(ct)).OrderBy(b => b.Soort).ThenByDescending(b => b.GeldigVanaf).ToList();

    public Task<Organisatiebewijs?> FindAsync(Guid id, CancellationToken ct = default) => Eigen().FirstOrDefaultAsync(b => b.Id == id, ct);

    /// <summary>The status per contract in view: the aanbieder's own contracts, or the contracts of the gemeente with its
    /// aanbieders. Only the kinds the contract's profile requires, with the clause.</summary>
    public sealed record ContractRow(Guid ContractId, string Contract, Guid AanbiederId, string Aanbieder, IReadOnlyList<Bewijsstatus> Status);

    public async Task<List<ContractRow>> StatusAsync(CancellationToken ct = default)
    {
        if (!MagInzien)
            return [];
        var contracten = await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);
        var aanbieders = contracten.Select(c => c.AanbiederId).Distinct().ToList();
        var namen = await db.Organisaties.Where(o => aanbieders.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        var bewijzen = (await db.Set<Organisatiebewijs>().Where(b => aanbieders.Contains(b.AanbiederId)).ToListAsync(ct)).ToLookup(b => b.AanbiederId);
        return contracten.Select(c => new ContractRow(c.Id, c.Naam, c.AanbiederId, namen.GetValueOrDefault(c.AanbiederId, ""),
                Bewijsstatus.For(Eisen(c), bewijzen[c.AanbiederId].ToList(), Vandaag)))
            .OrderBy(r => r.Aanbieder).ThenBy(r => r.Contract).ToList();
    }

    /// <summary>Warnings for a record against every contract of the aanbieder (cover below a contract's minimum).</summary>
    public async Task<List<string>> WarningsAsync(Organisatiebewijs bewijs, CancellationToken ct = default) =>
        (await db.Contracten.Where(c => c.AanbiederId == bewijs.AanbiederId).ToListAsync(ct))
            .SelectMany(c => Bewijseisen.Check(bewijs, Eisen(c).FirstOrDefault(e => e.Soort == bewijs.Soort))).Distinct().ToList();

    public async Task<SaveResult> RegisterAsync(OrganisatiebewijsInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var bewijs = new Organisatiebewijs { AanbiederId = scope.Organisatie.Id, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow() };
        invoer.ApplyTo(bewijs);
        var fouten = bewijs.Validate(Vandaag);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            var vorige = await Eigen().Where(b => b.Soort == bewijs.Soort).ToListAsync(ct);
            db.Add(bewijs);
            OrganisatiebewijsGebeurtenissen.Add(db, await Contracten(ct), bewijs, vorige, Vandaag, actor.Email);
            return SaveResult.Ok(bewijs.Id);
        }, ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, OrganisatiebewijsInput invoer, CancellationToken ct = default)
    {
        if (await FindAsync(id, ct) is not { } bewijs)
            return SaveResult.NotFound();
        var (soort, vanaf, tot) = (bewijs.Soort, bewijs.GeldigVanaf, bewijs.GeldigTot);
        invoer.ApplyTo(bewijs);
        var fouten = bewijs.Validate(Vandaag).ToList();
        if (bewijs.Soort != soort)
            fouten.Add(new(nameof(OrganisatiebewijsInput.Soort), "De soort van een geregistreerd bewijs kan niet worden gewijzigd; registreer een nieuw bewijs."));
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        if (invoer.Versie is { } versie)
            db.Entry(bewijs).Property(nameof(Organisatiebewijs.Versie)).OriginalValue = versie;
        return await unitOfWork.ExecuteAsync(async () =>
        {
            // A corrected date moves its event, so the terms follow.
            var contractIds = db.Contracten.Where(c => c.AanbiederId == bewijs.AanbiederId).Select(c => c.Id);
            var (oudMoment, verloopt) = (Amsterdam.StartOf(vanaf), OrganisatiebewijsGebeurtenis.Verloopt(soort));
            if (soort == Bewijssoort.VogRechtspersoon && vanaf != bewijs.GeldigVanaf)
                foreach (var g in await db.Gebeurtenissen.Where(g => contractIds.Contains(g.ContractId) && g.OnderwerpSoort == null
                    && g.Soort == OrganisatiebewijsGebeurtenis.VogRpAfgegeven && g.Moment == oudMoment).ToListAsync(ct))
                    g.Moment = Amsterdam.StartOf(bewijs.GeldigVanaf);
            if (soort != Bewijssoort.VogRechtspersoon && tot != bewijs.GeldigTot)
                foreach (var g in await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == OrganisatiebewijsGebeurtenis.Onderwerp && g.OnderwerpId == bewijs.Id
                    && g.Soort == verloopt).ToListAsync(ct))
                    g.Moment = Amsterdam.StartOf(bewijs.GeldigTot!.Value);
            return SaveResult.Ok(bewijs.Id);
        }, ct);
    }

    private IReadOnlyList<Bewijseis> Eisen(Contract c) =>
        catalogus.Find(c.ProfielId, c.ProfielVersie) is { } profiel ? Bewijseisen.From(profiel) : [];

    private async Task<List<(Contract Contract, ContractProfile Profiel)>> Contracten(CancellationToken ct) =>
        (await db.Contracten.Where(c => c.AanbiederId == scope.Organisatie.Id).ToListAsync(ct))
            .Select(c => (c, catalogus.Find(c.ProfielId, c.ProfielVersie))).Where(x => x.Item2 is not null).Select(x => (x.c, x.Item2!)).ToList();
}
