using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>VOGs per person (IB-8a/8b/9b/9c, BSD-39/40a/42, DEV-Eis18, OCO-1.2b): recorded as facts; each one issued is the
/// event <c>vog-afgegeven</c> and the gemeente's assessment <c>vog-beoordeeld</c> about the person under every contract of
/// the aanbieder, so the contracts' start and renewal terms show as obligations. The employment start is the event
/// <c>indiensttreding</c> (registered with the person).</summary>
public sealed class VogService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ICurrentActor actor,
    UnitOfWork unitOfWork, InzetCheck inzet, TimeProvider clock)
{
    public DateOnly Vandaag => Amsterdam.Today(clock);

    public bool MagBeheren => scope.IsAanbieder && scope.Rol is Rol.Kwaliteit or Rol.Administratie;

    private IQueryable<Medewerker> Eigen() => MagBeheren
        ? db.Set<Medewerker>().Where(m => m.AanbiederId == scope.Organisatie.Id)
        : db.Set<Medewerker>().Where(_ => false);

    public sealed record ContractStatus(Guid ContractId, string Contract, IReadOnlyList<VogProblem> Problemen)
    {
        public bool Geldig => Problemen.Count == 0;
    }

    /// <summary>The VOG status of people under the contracts in view (the aanbieder's; for the gemeente its own), per person.</summary>
    public async Task<Dictionary<Guid, List<ContractStatus>>> StatusAsync(IReadOnlyList<Medewerker> medewerkers, CancellationToken ct)
    {
        var aanbieders = medewerkers.Select(m => m.AanbiederId).Distinct().ToList();
        var contracten = await scope.Contracten().Where(c => aanbieders.Contains(c.AanbiederId)).OrderBy(c => c.Naam).ToListAsync(ct);
        var vogs = await inzet.VogsAsync(medewerkers.Select(m => m.Id), ct);
        return medewerkers.ToDictionary(m => m.Id, m => contracten.Where(c => c.AanbiederId == m.AanbiederId)
            .Select(c => new ContractStatus(c.Id, c.Naam, VogCheck.Evaluate(m, vogs[m.Id], inzet.Profiel(c)?.Vog, Vandaag))).ToList());
    }

    /// <summary>A platform user of the aanbieder with a role that opens client data, the person in the staff register linked to
    /// them, and their VOG status under each contract that asks a VOG for system access (DEV-Eis18-b).</summary>
    public sealed record Systeemgebruiker(Gebruiker Gebruiker, Medewerker? Medewerker, IReadOnlyList<ContractStatus> Status)
    {
        public bool Geldig => Status.All(s => s.Geldig);
    }

    /// <summary>DEV-Eis18-b for the aanbieder's kwaliteit and administratie: every active user with a role that opens client
    /// data (<see cref="Systeemtoegang.RollenMetClientgegevens"/>), checked under the contracts whose VOG policy names the
    /// clause. Empty for anyone else.</summary>
    public async Task<List<Systeemgebruiker>> SysteemtoegangAsync(CancellationToken ct = default)
    {
        if (!MagBeheren)
            return [];
        var rollen = Systeemtoegang.RollenMetClientgegevens.ToList();
        var gebruikers = await db.Gebruikers.Where(g => g.OrganisatieId == scope.Organisatie.Id && g.Actief && rollen.Contains(g.Rol))
            .OrderBy(g => g.Naam).ToListAsync(ct);
        var ids = gebruikers.Select(g => (Guid?)g.Id).ToList();
        var medewerkers = await Eigen().Where(m => ids.Contains(m.GebruikerId)).ToListAsync(ct);
        // One person per user; should two be linked, the one employed most recently counts.
        var perGebruiker = medewerkers.GroupBy(m => m.GebruikerId!.Value).ToDictionary(g => g.Key, g => g.OrderByDescending(m => m.InDienst).First());
        var vogs = await inzet.VogsAsync(medewerkers.Select(m => m.Id), ct);
        var contracten = (await scope.Contracten().Where(c => c.AanbiederId == scope.Organisatie.Id).OrderBy(c => c.Naam).ToListAsync(ct))
            .Where(c => inzet.Profiel(c)?.Vog?.BronSysteemtoegang is not null).ToList();
        return gebruikers.Select(g =>
        {
            var m = perGebruiker.GetValueOrDefault(g.Id);
            return new Systeemgebruiker(g, m, contracten.Select(c => new ContractStatus(c.Id, c.Naam,
                Systeemtoegang.Evaluate(g, m, m is null ? [] : vogs[m.Id], inzet.Profiel(c)!.Vog, Vandaag))).ToList());
        }).ToList();
    }

    public async Task<List<Vog>> ListAsync(Guid medewerkerId, CancellationToken ct = default) =>
        await Eigen().AnyAsync(m => m.Id == medewerkerId, ct)
            ? await db.Set<Vog>().Where(v => v.MedewerkerId == medewerkerId).OrderByDescending(v => v.Afgiftedatum).ToListAsync(ct)
            : [];

    public async Task<SaveResult> AddAsync(Guid medewerkerId, VogInput invoer, CancellationToken ct = default)
    {
        if (await Eigen().FirstOrDefaultAsync(m => m.Id == medewerkerId, ct) is not { } medewerker)
            return SaveResult.NotFound();
        var vog = new Vog
        {
            MedewerkerId = medewerker.Id, Afgiftedatum = invoer.Afgiftedatum, Nummer = Leeg(invoer.Nummer), Screeningsprofiel = Leeg(invoer.Screeningsprofiel),
            Risicogebieden = string.Join(",", Medewerker.SplitCodes(invoer.Risicogebieden)) is { Length: > 0 } r ? r : null,
            BeoordeeldDoorGemeenteOp = invoer.BeoordeeldDoorGemeenteOp, GeregistreerdDoor = actor.Email, GeregistreerdOp = clock.GetUtcNow(),
        };
        var fouten = vog.Validate(Vandaag);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(vog);
            await AddEventsAsync(medewerker, PersoneelGebeurtenis.VogAfgegeven, vog.Afgiftedatum, null, ct);
            if (vog.BeoordeeldDoorGemeenteOp is { } beoordeeld)
                await AddEventsAsync(medewerker, PersoneelGebeurtenis.VogBeoordeeld, beoordeeld, null, ct);
            return SaveResult.Ok(vog.Id);
        }, ct);
    }

    /// <summary>Records that the gemeente assessed the VOG (IB-8b), as a step after it was registered.</summary>
    public async Task<SaveResult> RecordBeoordelingAsync(Guid vogId, VogBeoordelingInput invoer, CancellationToken ct = default)
    {
        var eigen = Eigen().Select(m => m.Id);
        if (await db.Set<Vog>().FirstOrDefaultAsync(v => v.Id == vogId && eigen.Contains(v.MedewerkerId), ct) is not { } vog)
            return SaveResult.NotFound();
        if (invoer.Datum == default)
            return SaveResult.Invalid(nameof(VogBeoordelingInput.Datum), "Datum van de beoordeling is verplicht.");
        vog.BeoordeeldDoorGemeenteOp = invoer.Datum;
        var fouten = vog.Validate(Vandaag);
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten.Select(f => f with { Field = f.Field == nameof(Vog.BeoordeeldDoorGemeenteOp) ? nameof(VogBeoordelingInput.Datum) : f.Field }).ToList());
        }
        var medewerker = await db.Set<Medewerker>().FirstAsync(m => m.Id == vog.MedewerkerId, ct);
        return await unitOfWork.ExecuteAsync(async () =>
        {
            await AddEventsAsync(medewerker, PersoneelGebeurtenis.VogBeoordeeld, invoer.Datum, null, ct);
            return SaveResult.Ok(vog.Id);
        }, ct);
    }

    /// <summary>The event about the person under every contract of the aanbieder whose profile knows it.</summary>
    internal async Task AddEventsAsync(Medewerker medewerker, string soort, DateOnly datum, string? toelichting, CancellationToken ct)
    {
        var contracten = await db.Contracten.Where(c => c.AanbiederId == medewerker.AanbiederId).ToListAsync(ct);
        foreach (var contract in contracten)
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } profiel)
                OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(PersoneelGebeurtenis.Onderwerp, medewerker.Id.ToString()), null, soort,
                    Amsterdam.StartOf(datum), toelichting ?? medewerker.Naam, actor.Email);
        }
    }

    private static string? Leeg(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
