using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>IB-47a/IB-A16: every night, each client in care this year under a contract that knows <c>zorg-in-jaar</c> gets
/// that event (once per year), so the survey obligation stands for every client, not only for those who answered. In
/// January the previous year is completed too (a client whose care ended while the platform was down). The button on
/// /Ervaringsonderzoek stays for an earlier year.</summary>
public sealed class ZorgInJaarNightly(MaatwerkDbContext db, ContractProfileCatalog catalogus) : INightlyEventSource
{
    public async Task<int> RegisterAsync(DateOnly vandaag, CancellationToken ct = default)
    {
        var aanbieders = (await db.Contracten.AsNoTracking().Select(c => new { c.AanbiederId, c.ProfielId, c.ProfielVersie }).ToListAsync(ct))
            .Where(c => catalogus.Find(c.ProfielId, c.ProfielVersie) is { } p && p.KnowsGebeurtenis(ErvaringGebeurtenis.ZorgInJaar)
                && !p.Ignores(ErvaringGebeurtenis.ZorgInJaar))
            .Select(c => c.AanbiederId).Distinct().ToList();
        int[] jaren = vandaag.Month == 1 ? [vandaag.Year - 1, vandaag.Year] : [vandaag.Year];
        var aantal = 0;
        foreach (var aanbieder in aanbieders)
            foreach (var jaar in jaren)
                aantal += await ErvaringEvents.AddZorgInJaarAsync(db, catalogus, aanbieder, jaar, PeriodEvents.Door, ct);
        await db.SaveChangesAsync(ct);
        return aantal;
    }
}
