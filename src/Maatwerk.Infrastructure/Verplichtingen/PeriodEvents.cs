using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>
/// Registers the end of every month, quarter and year a contract's rules count from (profile: an event with
/// <c>periode</c>, used by a term rule — e.g. maandeinde for DEV-Art8.1 "declare within 30 days after the month", jaareinde
/// for the annual accounts), each about its own period subject (<see cref="Periode"/>), once. The nightly run calls it
/// before it re-evaluates, so the obligations appear the day after a period ends and a run after downtime catches up.
/// <list type="bullet">
/// <item>Only periods that ended on or after the day the platform began tracking the contract (<see cref="PeriodeTracking"/>)
/// and within the contract's term.</item>
/// <item>A month counts only when care ran under the contract in it (a toewijzing whose care started by the month's end and
/// did not end before its start): with nothing delivered there is nothing to declare, and a declaration obligation would
/// be false. Quarters and years always count (reports and accounts are due regardless).</item>
/// </list>
/// </summary>
public sealed class PeriodEvents(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider clock)
{
    public const string Door = "platform";

    /// <summary>Adds the missing period events up to <paramref name="vandaag"/> and saves; returns the subjects they touch.</summary>
    public async Task<IReadOnlyList<Partition>> RegisterAsync(DateOnly vandaag, CancellationToken ct = default)
    {
        var tracking = await db.Set<PeriodeTracking>().ToDictionaryAsync(t => t.ContractId, ct);
        var nieuw = new List<ContractGebeurtenis>();
        foreach (var contract in await db.Contracten.AsNoTracking().ToListAsync(ct))
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel)
                continue;
            if (!tracking.TryGetValue(contract.Id, out var start))
            {
                start = new PeriodeTracking { ContractId = contract.Id, Vanaf = Max(vandaag, contract.Ingangsdatum) };
                db.Add(start);
            }
            var vanaf = Max(start.Vanaf, contract.Ingangsdatum);
            foreach (var (soort, periodeSoort) in PeriodEventsOf(profiel))
            {
                var perioden = Periode.EndedBetween(periodeSoort, vanaf, vandaag)
                    .Where(p => p.Einde >= vanaf && (contract.Einddatum is not { } einde || p.Begin <= einde)).ToList();
                if (perioden.Count == 0)
                    continue;
                var ids = perioden.Select(p => p.SubjectId(contract.Id)).ToList();
                var bestaand = (await db.Gebeurtenissen.AsNoTracking()
                    .Where(g => g.ContractId == contract.Id && g.Soort == soort && g.OnderwerpId != null && ids.Contains(g.OnderwerpId.Value))
                    .Select(g => g.OnderwerpId!.Value).ToListAsync(ct)).ToHashSet();
                foreach (var periode in perioden.Where(p => !bestaand.Contains(p.SubjectId(contract.Id))))
                {
                    if (periodeSoort == Periode.Maand && !await CareRanAsync(contract.Id, periode, ct))
                        continue;
                    nieuw.Add(new ContractGebeurtenis
                    {
                        ContractId = contract.Id, Soort = soort, Moment = Amsterdam.StartOf(periode.Einde.AddDays(1)).AddSeconds(-1),
                        OnderwerpSoort = Periode.OnderwerpSoort, OnderwerpId = periode.SubjectId(contract.Id),
                        Toelichting = $"Einde van {periode.Name}", GeregistreerdDoor = Door, GeregistreerdOp = clock.GetUtcNow(),
                    });
                }
            }
        }
        db.Gebeurtenissen.AddRange(nieuw);
        await db.SaveChangesAsync(ct);
        foreach (var g in nieuw)
            db.Entry(g).State = EntityState.Detached;
        return nieuw.Select(Partition.From).Distinct().ToList();
    }

    /// <summary>The subject of the period of this kind that contains <paramref name="datum"/>, as a declaration over that
    /// month must name it to meet the period's obligations.</summary>
    public static Partition PeriodOf(Guid contractId, string periodeSoort, DateOnly datum) =>
        new(contractId, Periode.OnderwerpSoort, Periode.Containing(periodeSoort, datum).SubjectId(contractId));

    /// <summary>Event kinds of this profile that mark the end of a period and start a term rule.</summary>
    private static IEnumerable<(string Soort, string Periode)> PeriodEventsOf(ContractProfile profiel) =>
        profiel.Gebeurtenissen.Where(g => g.Periode is not null && !profiel.Ignores(g.Id)
                && profiel.Regels.Any(r => r.Type == RegelType.Termijn && r.Gebeurtenissen.Contains(g.Id)))
            .Select(g => (g.Id, g.Periode!));

    private Task<bool> CareRanAsync(Guid contractId, Periode maand, CancellationToken ct) =>
        db.Toewijzingen.AnyAsync(t => t.ContractId == contractId && t.StartdatumZorg != null && t.StartdatumZorg <= maand.Einde
            && (t.EinddatumZorg == null || t.EinddatumZorg >= maand.Begin), ct);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
