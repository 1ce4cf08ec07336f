using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>One subject's obligations under one contract: a toewijzing, a client, a complaint … or, with no subject, the
/// contract's organisation-wide obligations. Subjects are independent (an obligation is met only by evidence about its
/// own subject), so each is evaluated on its own.</summary>
public sealed record Partition(Guid ContractId, string? OnderwerpSoort, Guid? OnderwerpId)
{
    /// <summary>Orders partitions stably, for batches and the resume point of a run.</summary>
    public string Sleutel => $"{ContractId:N}|{OnderwerpSoort}|{OnderwerpId:N}";

    public static Partition From(ContractGebeurtenis g)
    {
        g.RecordOnderwerp();
        return new(g.ContractId, g.OnderwerpSoort, g.OnderwerpId);
    }
}

/// <summary>Evaluates the obligations of subjects with the engine and stores the result: only the subjects a step
/// touched (inside the step's transaction, see <see cref="UnitOfWork"/>), or batches of subjects for the nightly run
/// (see <see cref="RecalculationRunner"/>). Obligations already met are passed in as recorded and never rewritten; open
/// ones follow the profile version the contract points at. A right whose term lapsed unused applies its consequence
/// (profile: gevolg), e.g. a toewijzing deemed accepted (DEV-Art4.3).</summary>
public sealed class Recalculation(MaatwerkDbContext db, ContractProfileCatalog catalogus, VerplichtingenEngines engines, TimeProvider clock)
{
    /// <summary>The profiles this re-evaluation reads (the runner registers period events under the same profiles).</summary>
    public ContractProfileCatalog Catalog => catalogus;

    /// <summary>Re-evaluates these subjects as of <paramref name="peildatum"/> and saves. Returns how many obligations changed.</summary>
    public async Task<int> PartitionsAsync(IReadOnlyCollection<Partition> partities, DateOnly peildatum, CancellationToken ct = default)
    {
        if (partities.Count == 0)
            return 0;
        var contractIds = partities.Select(p => p.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var ids = partities.Where(p => p.OnderwerpId is not null).Select(p => p.OnderwerpId!.Value).Distinct().ToList();
        var zonderOnderwerp = partities.Where(p => p.OnderwerpId is null).Select(p => p.ContractId).Distinct().ToList();
        // Read without tracking: a batch of the nightly run holds thousands of rows, and only the few that change are written.
        var gebeurtenissen = (await db.Gebeurtenissen.AsNoTracking()
                .Where(g => (g.OnderwerpId != null && ids.Contains(g.OnderwerpId.Value)) || (g.OnderwerpId == null && zonderOnderwerp.Contains(g.ContractId)))
                .ToListAsync(ct))
            .ToLookup(Partition.From);
        var opgeslagen = (await db.Verplichtingen.AsNoTracking()
                .Where(v => (v.OnderwerpId != null && ids.Contains(v.OnderwerpId.Value)) || (v.OnderwerpId == null && zonderOnderwerp.Contains(v.ContractId)))
                .ToListAsync(ct))
            .ToLookup(v => new Partition(v.ContractId, v.OnderwerpSoort, v.OnderwerpId));
        var clientIds = gebeurtenissen.SelectMany(g => g).Where(g => g.ClientId is not null).Select(g => g.ClientId!.Value).Distinct().ToList();
        var gemeenten = await db.Clienten.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.GemeenteId, ct);
        var gewijzigd = 0;
        var bijgehouden = new HashSet<VastgelegdeVerplichting>(ReferenceEqualityComparer.Instance);
        var nieuw = new HashSet<VastgelegdeVerplichting>(ReferenceEqualityComparer.Instance);
        foreach (var partitie in partities.Distinct())
        {
            if (!contracten.TryGetValue(partitie.ContractId, out var contract) || catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel)
                continue;
            gewijzigd += await EvaluateAsync(contract, profiel, partitie, gebeurtenissen[partitie].ToList(), opgeslagen[partitie].ToList(), gemeenten,
                bijgehouden, nieuw, peildatum, ct);
        }
        await db.SaveChangesAsync(ct);
        await InsertAsync(nieuw, ct);
        var toewijzingen = gebeurtenissen.SelectMany(g => g).Where(g => g.ToewijzingId is not null).Select(g => g.ToewijzingId!.Value)
            .Concat(db.ChangeTracker.Entries<ContractGebeurtenis>().Where(e => e.Entity.ToewijzingId is not null).Select(e => e.Entity.ToewijzingId!.Value)) // a consequence's event
            .ToHashSet();
        await ToewijzingUrgentie.UpdateAsync(db, toewijzingen, ct);
        return gewijzigd;
    }

    public Task<int> OnderwerpAsync(Guid contractId, Onderwerp? onderwerp, DateOnly peildatum, CancellationToken ct = default) =>
        PartitionsAsync([new Partition(contractId, onderwerp?.Soort, onderwerp is null ? null : Guid.Parse(onderwerp.Id))], peildatum, ct);

    /// <summary>Every subject of one contract (e.g. after the contract moved to another profile version).</summary>
    public async Task<int> ContractAsync(Guid contractId, DateOnly peildatum, CancellationToken ct = default)
    {
        var partities = await db.Gebeurtenissen.Where(g => g.ContractId == contractId)
            .Select(g => new { g.OnderwerpSoort, g.OnderwerpId }).Distinct().ToListAsync(ct);
        return await PartitionsAsync(partities.Select(p => new Partition(contractId, p.OnderwerpSoort, p.OnderwerpId)).ToList(), peildatum, ct);
    }

    private async Task<int> EvaluateAsync(Domain.Contracten.Contract contract, ContractProfile profiel, Partition partitie, List<ContractGebeurtenis> gebeurtenissen,
        List<VastgelegdeVerplichting> opgeslagen, IReadOnlyDictionary<Guid, Guid> gemeenten, HashSet<VastgelegdeVerplichting> bijgehouden, HashSet<VastgelegdeVerplichting> nieuw, DateOnly peildatum, CancellationToken ct)
    {
        var engine = engines.For(profiel);
        var gewijzigd = 0;
        Guid? GemeenteVan(Guid? clientId) => clientId is { } id && gemeenten.TryGetValue(id, out var gemeente) ? gemeente : null;
        // A consequence adds an event, which may start or meet other obligations: evaluate again (at most once per consequence).
        for (var ronde = 0; ronde < 3; ronde++)
        {
            var engineGebeurtenissen = gebeurtenissen.ToDictionary(g => g.Id.ToString(), ToEngine);
            var perSleutel = opgeslagen.ToDictionary(v => v.Sleutel);
            var vastgelegd = opgeslagen.Select(v => v.ToEngine(engineGebeurtenissen, Amsterdam.Local));
            var resultaat = engine.Evaluate(engineGebeurtenissen.Values, peildatum, vastgelegd, Amsterdam.Local(clock.GetUtcNow()));
            var bronnen = gebeurtenissen.ToDictionary(g => g.Id.ToString());
            foreach (var v in resultaat)
            {
                if (!perSleutel.Remove(v.Id, out var rij))
                {
                    var trigger = bronnen[v.GebeurtenisId];
                    rij = new VastgelegdeVerplichting
                    {
                        ContractId = contract.Id, ClientId = trigger.ClientId, ToewijzingId = trigger.ToewijzingId, GemeenteId = GemeenteVan(trigger.ClientId) ?? trigger.GemeenteId,
                        OnderwerpSoort = partitie.OnderwerpSoort, OnderwerpId = partitie.OnderwerpId,
                    };
                    rij.TakeOver(v, Amsterdam.ToUtc);
                    nieuw.Add(rij);
                    opgeslagen.Add(rij);
                    gewijzigd++;
                    continue;
                }
                // The client's gemeente (or, without a client, the subject's own, e.g. an OCO melding's), also on a frozen
                // row: it decides who sees it.
                var gemeente = rij.ClientId is not null ? GemeenteVan(rij.ClientId) : bronnen.GetValueOrDefault(v.GebeurtenisId)?.GemeenteId;
                var verhuisd = rij.GemeenteId != gemeente;
                rij.GemeenteId = gemeente;
                var bevroren = rij.Status != VerplichtingStatus.Open && rij.BewijsGebeurtenisId is not null; // met (or late with evidence)
                if ((bevroren || !rij.TakeOver(v, Amsterdam.ToUtc)) && !verhuisd)
                    continue;
                if (!nieuw.Contains(rij) && bijgehouden.Add(rij))
                    Track(rij, EntityState.Modified);
                gewijzigd++;
            }
            // Obligations whose triggering event is gone (and that were never met) no longer exist.
            foreach (var weg in perSleutel.Values.Where(v => v.BewijsGebeurtenisId is null))
            {
                opgeslagen.Remove(weg);
                if (nieuw.Remove(weg))
                {
                    gewijzigd--; // added and gone again within this evaluation: nothing to write
                    continue;
                }
                if (bijgehouden.Remove(weg))
                    db.Verplichtingen.Remove(weg);
                else
                    Track(weg, EntityState.Deleted);
                gewijzigd++;
            }
            var gevolg = await GevolgAsync(contract, profiel, partitie, resultaat, gebeurtenissen, peildatum, ct);
            if (gevolg is null)
                break;
            gebeurtenissen.Add(gevolg);
        }
        return gewijzigd;
    }

    /// <summary>Writes the new obligations after the events they point at: many at once in bulk (the first evaluation of
    /// a large caseload adds hundreds of thousands) when a transaction holds the batch together, else through the context.</summary>
    private async Task InsertAsync(IReadOnlyCollection<VastgelegdeVerplichting> nieuw, CancellationToken ct)
    {
        if (nieuw.Count >= BulkVanaf && db.Database.CurrentTransaction is not null)
        {
            await BulkInsert.AddAsync(db, nieuw, ct);
            return;
        }
        db.Verplichtingen.AddRange(nieuw);
        await db.SaveChangesAsync(ct);
        foreach (var rij in nieuw)
            db.Entry(rij).State = EntityState.Detached; // as after a bulk insert: the context tracks only what a later step changes
    }

    private const int BulkVanaf = 100;

    /// <summary>Marks a row read without tracking as changed or gone; when the step's own context already tracks that row
    /// (a step that loaded it), the tracked instance takes the new values instead, as one context tracks one instance.</summary>
    private void Track(VastgelegdeVerplichting rij, EntityState state)
    {
        if (db.Verplichtingen.Local.FindEntry(rij.Id) is { } entry && !ReferenceEquals(entry.Entity, rij))
        {
            entry.CurrentValues.SetValues(rij);
            entry.State = state == EntityState.Deleted ? EntityState.Deleted : entry.State == EntityState.Unchanged ? EntityState.Modified : entry.State;
            return;
        }
        db.Entry(rij).State = state;
    }

    /// <summary>Applies the consequence of a lapsed right once (profile: gevolg; e.g. DEV-Art4.3: the toewijzing is deemed
    /// accepted the day after the term), through the toewijzing's own step. Returns the event it registered.</summary>
    private async Task<ContractGebeurtenis?> GevolgAsync(Domain.Contracten.Contract contract, ContractProfile profiel, Partition partitie,
        IReadOnlyList<Verplichting> resultaat, List<ContractGebeurtenis> gebeurtenissen, DateOnly peildatum, CancellationToken ct)
    {
        if (partitie.OnderwerpSoort != "toewijzing")
            return null;
        foreach (var v in resultaat.Where(v => v.Gevolg is not null && gebeurtenissen.All(g => g.Soort != v.Gevolg)))
        {
            if (StappenTable.ForGevolg(v.Gevolg!) is not { } stap
                || await db.Toewijzingen.FirstOrDefaultAsync(t => t.Id == partitie.OnderwerpId, ct) is not { } toewijzing)
                continue;
            var ingang = v.Deadline.Datum.AddDays(1);
            var uitkomst = toewijzing.Execute(stap.Stap, new StapInput { Datum = ingang, Toelichting = $"De termijn van {v.Bron} is ongebruikt verstreken op {v.Deadline.Datum:dd-MM-yyyy}." },
                new StapContext(peildatum) { Profiel = profiel });
            if (!uitkomst.IsGelukt)
                continue;
            return uitkomst.Feiten.Select(f => KetenGebeurtenissen.Add(db, catalogus, clock, "platform", toewijzing, contract, f.Soort, f.Datum, f.Toelichting,
                Amsterdam.StartOf(ingang))).OfType<ContractGebeurtenis>().FirstOrDefault();
        }
        return null;
    }

    private static Gebeurtenis ToEngine(ContractGebeurtenis g) =>
        g.ToEngine(Amsterdam.Local(g.Moment), g.GeregistreerdOp is { } op ? Amsterdam.Local(op) : null);
}
