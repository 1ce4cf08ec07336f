using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>
/// Re-evaluates obligations in batches of subjects, each batch in its own transaction, so memory stays bounded and a
/// crash loses at most one batch: the run records the last finished subject and a new run for the same day resumes after
/// it. The run holds a lease in the database, so with several web instances (or the command line beside them) it runs
/// once; another instance finds the lease held and leaves. Works the same on SQLite and PostgreSQL.
/// <list type="bullet">
/// <item>"nacht": only the subjects whose status can change by the passing of time — an open obligation whose deadline
/// has come, an event dated in the last two days (registered ahead, e.g. a planned intake), an event registered since
/// yesterday (the period events, <see cref="PeriodEvents"/>, and those of every <see cref="INightlyEventSource"/>, which
/// every run registers first) — and every contract's
/// organisation-wide obligations.</item>
/// <item>"alles": every subject (e.g. after a profile version changed).</item>
/// </list>
/// </summary>
public sealed class RecalculationRunner(MaatwerkDbContext db, Recalculation herberekening, TimeProvider clock,
    IEnumerable<INightlyEventSource>? bronnen = null)
{
    public const string Nacht = "nacht";
    public const string Alles = "alles";

    public sealed record Outcome(bool Uitgevoerd, int Onderwerpen, int Gewijzigd, string Melding);

    /// <summary>Who holds the lease: this process on this machine.</summary>
    public string Eigenaar { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public TimeSpan LeaseDuur { get; init; } = TimeSpan.FromMinutes(5);
    public int BatchGrootte { get; init; } = 500;

    /// <summary>Runs (or resumes) the run of this kind for this day; does nothing when it finished or another holds it.</summary>
    public async Task<Outcome> ExecuteAsync(string soort, DateOnly peildatum, CancellationToken ct = default)
    {
        var run = await ClaimAsync(soort, peildatum, ct);
        if (run is null)
            return new(false, 0, 0, $"De herberekening '{soort}' van {peildatum:dd-MM-yyyy} is al uitgevoerd of loopt elders.");
        // Periods that ended since the last run become events first (maandeinde, jaareinde …), so their obligations are in this run.
        await new PeriodEvents(db, herberekening.Catalog, clock).RegisterAsync(peildatum, ct);
        foreach (var bron in bronnen ?? [])
        {
            db.ChangeTracker.Clear();
            await bron.RegisterAsync(peildatum, ct);
        }
        db.ChangeTracker.Clear();
        var partities = (await PartitionsAsync(soort, peildatum, ct))
            .OrderBy(p => p.Sleutel, StringComparer.Ordinal)
            .Where(p => run.Positie is null || string.CompareOrdinal(p.Sleutel, run.Positie) > 0)
            .ToList();
        for (var i = 0; i < partities.Count; i += BatchGrootte)
        {
            var batch = partities.Skip(i).Take(BatchGrootte).ToList();
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            var gewijzigd = await herberekening.PartitionsAsync(batch, peildatum, ct);
            var verlengd = await ExtendAsync(run.Id, batch[^1].Sleutel, batch.Count, gewijzigd, ct);
            if (!verlengd)
                return new(false, run.Onderwerpen, run.Gewijzigd, "De lease is verlopen en door een ander overgenomen; deze run stopt.");
            await transactie.CommitAsync(ct);
            (run.Onderwerpen, run.Gewijzigd) = (run.Onderwerpen + batch.Count, run.Gewijzigd + gewijzigd);
            db.ChangeTracker.Clear(); // bounded memory: nothing of a finished batch stays tracked
        }
        await db.Set<RecalculationRun>().Where(r => r.Id == run.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Voltooid, clock.GetUtcNow()).SetProperty(r => r.LeaseTot, clock.GetUtcNow()), ct);
        return new(true, run.Onderwerpen, run.Gewijzigd, $"{run.Onderwerpen} onderwerpen herberekend, {run.Gewijzigd} verplichtingen gewijzigd.");
    }

    /// <summary>Between nightly runs: the subjects with an hour-based deadline (e.g. MR-59a, a data breach reported within
    /// 24 hours) that has passed by now while the obligation is still open are re-evaluated, so "te laat" shows within a
    /// quarter of an hour, not the next night. No lease: the work is small and idempotent; when two instances race, the
    /// loser's write conflicts and it leaves the rest to the winner. Returns how many obligations changed.</summary>
    public async Task<int> HourDeadlinesAsync(CancellationToken ct = default)
    {
        var nu = clock.GetUtcNow();
        var vandaag = Amsterdam.Today(clock);
        var partities = (await db.Verplichtingen
                .Where(v => v.Status == VerplichtingStatus.Open && v.Deadline <= vandaag && v.DeadlineMoment != null && v.DeadlineMoment < nu)
                .Select(v => new { v.ContractId, v.OnderwerpSoort, v.OnderwerpId }).Distinct().ToListAsync(ct))
            .Select(p => new Partition(p.ContractId, p.OnderwerpSoort, p.OnderwerpId)).ToList();
        if (partities.Count == 0)
            return 0;
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            var gewijzigd = await herberekening.PartitionsAsync(partities, vandaag, ct);
            await transactie.CommitAsync(ct);
            return gewijzigd;
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Forgets a finished run of this kind for this day, so that it can run again on demand (e.g. after the
    /// profiles changed). A run that has not finished is left alone: it resumes, or its holder finishes it.</summary>
    public Task<int> ForgetFinishedAsync(string soort, DateOnly peildatum, CancellationToken ct = default) =>
        db.Set<RecalculationRun>().Where(r => r.Soort == soort && r.Peildatum == peildatum && r.Voltooid != null).ExecuteDeleteAsync(ct);

    /// <summary>Takes the run's lease: creates the run, or takes over one whose lease expired (a crashed run resumes).</summary>
    private async Task<RecalculationRun?> ClaimAsync(string soort, DateOnly peildatum, CancellationToken ct)
    {
        var runs = db.Set<RecalculationRun>();
        var nu = clock.GetUtcNow();
        if (await runs.AsNoTracking().FirstOrDefaultAsync(r => r.Soort == soort && r.Peildatum == peildatum, ct) is null)
        {
            runs.Add(new RecalculationRun { Soort = soort, Peildatum = peildatum, Gestart = nu, Eigenaar = Eigenaar, LeaseTot = nu + LeaseDuur });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance created it at the same moment (unique soort + peildatum): that one runs.
            }
            db.ChangeTracker.Clear();
        }
        var geclaimd = await runs.Where(r => r.Soort == soort && r.Peildatum == peildatum && r.Voltooid == null && (r.Eigenaar == Eigenaar || r.LeaseTot < nu))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Eigenaar, Eigenaar).SetProperty(r => r.LeaseTot, nu + LeaseDuur), ct);
        return geclaimd == 1 ? await runs.AsNoTracking().FirstAsync(r => r.Soort == soort && r.Peildatum == peildatum, ct) : null;
    }

    /// <summary>Records a finished batch and extends the lease, only while this instance still holds it.</summary>
    private async Task<bool> ExtendAsync(Guid runId, string positie, int onderwerpen, int gewijzigd, CancellationToken ct)
    {
        var nu = clock.GetUtcNow();
        return await db.Set<RecalculationRun>().Where(r => r.Id == runId && r.Eigenaar == Eigenaar)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Positie, positie).SetProperty(r => r.LeaseTot, nu + LeaseDuur)
                .SetProperty(r => r.Onderwerpen, r => r.Onderwerpen + onderwerpen).SetProperty(r => r.Gewijzigd, r => r.Gewijzigd + gewijzigd), ct) == 1;
    }

    private async Task<List<Partition>> PartitionsAsync(string soort, DateOnly peildatum, CancellationToken ct)
    {
        if (soort == Alles)
            return (await db.Gebeurtenissen.Select(g => new { g.ContractId, g.OnderwerpSoort, g.OnderwerpId }).Distinct().ToListAsync(ct))
                .Select(p => new Partition(p.ContractId, p.OnderwerpSoort, p.OnderwerpId)).ToList();
        var verstreken = await db.Verplichtingen.Where(v => v.Status == VerplichtingStatus.Open && v.Deadline <= peildatum)
            .Select(v => new { v.ContractId, v.OnderwerpSoort, v.OnderwerpId }).Distinct().ToListAsync(ct);
        var vanaf = Amsterdam.StartOf(peildatum.AddDays(-1));
        var tot = Amsterdam.StartOf(peildatum.AddDays(1));
        // Events whose moment came (registered ahead, e.g. a planned intake), and events registered since yesterday (the
        // period events of this run, also after downtime or a crash between registering and evaluating them).
        var nieuwBekend = await db.Gebeurtenissen.Where(g => (g.Moment >= vanaf && g.Moment < tot) || g.GeregistreerdOp >= vanaf)
            .Select(g => new { g.ContractId, g.OnderwerpSoort, g.OnderwerpId }).Distinct().ToListAsync(ct);
        var organisatie = await db.Contracten.Select(c => c.Id).ToListAsync(ct);
        return verstreken.Concat(nieuwBekend).Select(p => new Partition(p.ContractId, p.OnderwerpSoort, p.OnderwerpId))
            .Concat(organisatie.Select(c => new Partition(c, null, null)))
            .Distinct().ToList();
    }
}
