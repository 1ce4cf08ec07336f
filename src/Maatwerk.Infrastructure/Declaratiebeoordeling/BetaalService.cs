using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>Payment of approved lines (DEV-Art8.5) in batches: an aanbieder whose payments are suspended (DEV-Art8.9) is
/// held out, with the reason; what an aanbieder owes (penalty DEV-Art8.8c, set-off or recovery DEV-Art8.11) is set off
/// against its payment; and per aanbieder per batch a specification (<see cref="Betaalspecificatie"/>) that both sides see.</summary>
public sealed class BetaalService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork, DeclaratieOntvangst ontvangst)
{
    public bool MagBetalen => !scope.IsAanbieder && scope.Rol is Rol.Declaratiebeoordelaar;

    /// <summary>Event of the Deventer profile (DEV-Art8.5, MR-22) that a payment meets.</summary>
    public const string Betaald = "betaling-ontvangen";

    /// <summary>An aanbieder held out of the batch and why.</summary>
    public sealed record Aangehouden(Guid AanbiederId, string Aanbieder, string Reden, string Bron, DateTimeOffset Sinds);

    public sealed record Uitkomst(SaveResult Result, int Declaraties, long Bruto, long Verrekend, IReadOnlyList<Aangehouden> Aangehouden);

    /// <summary>One aanbieder's part of one batch.</summary>
    public sealed record BatchRow(Guid BatchId, DateTimeOffset Betaald, Guid AanbiederId, string Aanbieder, int Declaraties, long Bruto, long Verrekend)
    {
        public long Netto => Bruto + Verrekend;
    }

    private IQueryable<OntvangenDeclaratie> Declaraties() =>
        scope.IsAanbieder ? db.Set<OntvangenDeclaratie>().Where(d => d.AanbiederId == scope.Organisatie.Id)
        : MagBetalen ? db.Set<OntvangenDeclaratie>().Where(d => scope.GemeenteIds.Contains(d.GemeenteId))
        : db.Set<OntvangenDeclaratie>().Where(_ => false);

    private IQueryable<Declaratiebesluit> Besluiten() =>
        scope.IsAanbieder ? db.Set<Declaratiebesluit>().Where(b => b.AanbiederId == scope.Organisatie.Id)
        : MagBetalen ? db.Set<Declaratiebesluit>().Where(b => scope.GemeenteIds.Contains(b.GemeenteId))
        : db.Set<Declaratiebesluit>().Where(_ => false);

    /// <summary>The suspensions that hold now (DEV-Art8.9), for the queue page.</summary>
    public async Task<List<Aangehouden>> SuspendedAsync(CancellationToken ct = default)
    {
        var opschortingen = await Besluiten().Where(b => b.Soort == BesluitSoort.Opschorting && b.OpgehevenOp == null).ToListAsync(ct);
        var namen = await Namen(opschortingen.Select(b => b.AanbiederId), ct);
        return opschortingen.Select(b => new Aangehouden(b.AanbiederId, namen.GetValueOrDefault(b.AanbiederId, ""), b.Reden, b.Bron, b.Op)).ToList();
    }

    /// <summary>The payment batch (DEV-Art8.5): the approved lines of every answered, unpaid declaration in view, except
    /// those of a suspended aanbieder (DEV-Art8.9), are paid at once; per aanbieder the open amounts it owes are set off
    /// (DEV-Art8.11) as far as the payment goes; each declaration registers betaling-ontvangen about itself, which meets
    /// the payment term its receipt started (Deventer MR-22: 30 days). The lines go from goedgekeurd to betaald.</summary>
    public async Task<Uitkomst> PayAsync(CancellationToken ct = default)
    {
        var (aantal, bruto, verrekend) = (0, 0L, 0L);
        var aangehouden = new List<Aangehouden>();
        var result = await unitOfWork.ExecuteAsync(async () =>
        {
            if (!MagBetalen)
                return SaveResult.NotFound();
            var open = await Declaraties().Where(d => d.Status == DeclaratieStatus.Beantwoord && d.BetaaldOp == null && d.TotaalToegekend != null).ToListAsync(ct);
            aangehouden = (await SuspendedAsync(ct)).Where(a => open.Any(d => d.AanbiederId == a.AanbiederId)).ToList();
            var declaraties = open.Where(d => aangehouden.All(a => a.AanbiederId != d.AanbiederId)).ToList();
            if (declaraties.Count == 0)
                return SaveResult.Invalid("Betaalbatch", "Er zijn geen beantwoorde declaraties met goedgekeurde regels die nog niet zijn betaald"
                    + (aangehouden.Count > 0 ? $"; aangehouden wegens opschorting (DEV-Art8.9): {string.Join(", ", aangehouden.Select(a => a.Aanbieder))}." : "."));
            var batch = Guid.NewGuid();
            var nu = clock.GetUtcNow();
            foreach (var d in declaraties)
            {
                (d.BetaaldOp, d.BetaaldDoor, d.BetaalbatchId, d.Versie) = (nu, actor.Email, batch, Guid.NewGuid());
                var contractIds = await db.Gebeurtenissen.Where(g => g.OnderwerpSoort == DeclaratieOntvangst.OnderwerpSoort && g.OnderwerpId == d.Id)
                    .Select(g => g.ContractId).Distinct().ToListAsync(ct);
                await ontvangst.RegisterEventAsync(d, d.AanbiederId, contractIds, Betaald, nu,
                    $"Betaalbatch {batch:N}: declaratie {d.DeclaratieNummer}, {PrestatieChecks.Cents(d.TotaalToegekend ?? 0)}", actor.Email, ct);
                bruto += d.TotaalToegekend ?? 0;
            }
            foreach (var perAanbieder in declaraties.Where(d => d.AanbiederId is not null).GroupBy(d => d.AanbiederId!.Value))
            {
                var schuld = await Besluiten().Where(b => b.AanbiederId == perAanbieder.Key && b.Soort != BesluitSoort.Opschorting && b.BetaalbatchId == null).ToListAsync(ct);
                foreach (var b in Verrekening.Select(perAanbieder.Sum(d => d.TotaalToegekend ?? 0), schuld))
                {
                    (b.BetaalbatchId, b.VerrekendOp, b.Versie) = (batch, nu, Guid.NewGuid());
                    verrekend -= b.Bedrag;
                }
            }
            aantal = declaraties.Count;
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(batch);
        }, ct);
        return new Uitkomst(result, aantal, bruto, verrekend, aangehouden);
    }

    /// <summary>The batches in view, per aanbieder: the gemeente sees every aanbieder's part, an aanbieder its own.</summary>
    public async Task<List<BatchRow>> BatchesAsync(CancellationToken ct = default)
    {
        var betaald = await Declaraties().Where(d => d.BetaalbatchId != null)
            .Select(d => new { Batch = d.BetaalbatchId!.Value, d.BetaaldOp, d.AanbiederId, d.TotaalToegekend }).ToListAsync(ct);
        var verrekend = await Besluiten().Where(b => b.BetaalbatchId != null).Select(b => new { Batch = b.BetaalbatchId!.Value, b.AanbiederId, b.Bedrag }).ToListAsync(ct);
        var namen = await Namen(betaald.Select(b => b.AanbiederId ?? Guid.Empty), ct);
        return betaald.Where(b => b.AanbiederId is not null).GroupBy(b => (b.Batch, Aanbieder: b.AanbiederId!.Value))
            .Select(g => new BatchRow(g.Key.Batch, g.Max(x => x.BetaaldOp!.Value), g.Key.Aanbieder, namen.GetValueOrDefault(g.Key.Aanbieder, ""), g.Count(),
                g.Sum(x => x.TotaalToegekend ?? 0), -verrekend.Where(v => v.Batch == g.Key.Batch && v.AanbiederId == g.Key.Aanbieder).Sum(v => v.Bedrag)))
            .OrderByDescending(r => r.Betaald).ThenBy(r => r.Aanbieder).ToList();
    }

    /// <summary>The specification of one aanbieder in one batch; an aanbieder only its own (another's gives null: 404).</summary>
    public async Task<Betaalspecificatie?> SpecificationAsync(Guid batchId, Guid aanbiederId, CancellationToken ct = default)
    {
        if (scope.IsAanbieder && aanbiederId != scope.Organisatie.Id)
            return null;
        var declaraties = await Declaraties().Where(d => d.BetaalbatchId == batchId && d.AanbiederId == aanbiederId).OrderBy(d => d.PeriodeBegin).ThenBy(d => d.DeclaratieNummer).ToListAsync(ct);
        if (declaraties.Count == 0)
            return null;
        var besluiten = await Besluiten().Where(b => b.BetaalbatchId == batchId && b.AanbiederId == aanbiederId).OrderBy(b => b.Op).ToListAsync(ct);
        var ids = besluiten.Select(b => b.DeclaratieId).OfType<Guid>().ToList();
        var nummers = await db.Set<OntvangenDeclaratie>().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.DeclaratieNummer, ct);
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => o.Id == aanbiederId || o.Id == declaraties[0].GemeenteId).ToListAsync(ct);
        var aanbieder = organisaties.Single(o => o.Id == aanbiederId);
        var gemeente = organisaties.Single(o => o.Id == declaraties[0].GemeenteId);
        return new Betaalspecificatie(batchId, declaraties.Max(d => d.BetaaldOp!.Value), gemeente.Naam, aanbieder.Naam, aanbieder.AgbCode,
            declaraties.Select(Betaalspecificatie.Line).Concat(besluiten.Select(b => Betaalspecificatie.Line(b, b.DeclaratieId is { } i ? nummers.GetValueOrDefault(i) : null))).ToList());
    }

    /// <summary>Every aanbieder's specification in one batch (the gemeente's CSV for its financial system).</summary>
    public async Task<List<Betaalspecificatie>> BatchAsync(Guid batchId, CancellationToken ct = default)
    {
        if (!MagBetalen)
            return [];
        var aanbieders = await Declaraties().Where(d => d.BetaalbatchId == batchId && d.AanbiederId != null).Select(d => d.AanbiederId!.Value).Distinct().ToListAsync(ct);
        var uit = new List<Betaalspecificatie>();
        foreach (var a in aanbieders)
            if (await SpecificationAsync(batchId, a, ct) is { } s)
                uit.Add(s);
        return uit.OrderBy(s => s.Aanbieder).ToList();
    }

    private async Task<Dictionary<Guid, string>> Namen(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var lijst = ids.Distinct().ToList();
        return await db.Organisaties.Where(o => lijst.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }
}
