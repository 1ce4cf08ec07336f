using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>The events of the aanbieder's declaration terms, each about one sent declaration (its own subject, so the
/// evidence for one declaration never meets the term of another): when a WMO325 rejects lines, <c>retour-ontvangen</c>
/// (DEV-Art8.7 MR-24: resubmit within 30 days) and <c>correctie-nodig</c> at the first rejected line's delivery date
/// (DEV-Art8.8b MR-25b: corrections on year Y by 1 February Y+1); when every rejected line has been sent again or
/// marked "niet opnieuw indienen", <c>declaratie-herindiend</c>, which meets both. Registered under the contracts of the
/// lines' toewijzingen whose profile knows the event; the caller saves (in its own unit of work).</summary>
public sealed class HerindieningGebeurtenissen(MaatwerkDbContext db, ContractProfileCatalog catalogus, TimeProvider clock)
{
    public const string OnderwerpSoort = "declaratie";
    public const string RetourOntvangen = "retour-ontvangen";
    public const string CorrectieNodig = "correctie-nodig";
    public const string Herindiend = "declaratie-herindiend";

    /// <summary>After a WMO325 was applied to <paramref name="declaratie"/>: once per declaration with rejected lines.</summary>
    public async Task AfterRetourAsync(Declaratie declaratie, IReadOnlyCollection<Prestatie> regels, string door, CancellationToken ct)
    {
        var afgewezen = regels.Where(r => r.Status == PrestatieStatus.Afgewezen && !r.Credit).ToList();
        if (afgewezen.Count == 0 || await HasAsync(declaratie.Id, RetourOntvangen, ct))
            return;
        var nu = clock.GetUtcNow();
        var eerste = afgewezen.Min(r => r.Begindatum);
        await AddAsync(declaratie, afgewezen, RetourOntvangen, nu,
            $"WMO325 op declaratie {declaratie.Nummer}: {afgewezen.Count} regel(s) afgewezen; opnieuw indienen binnen de termijn", door, ct);
        await AddAsync(declaratie, afgewezen, CorrectieNodig, Amsterdam.ToUtc(eerste.ToDateTime(TimeOnly.MinValue)),
            $"Afgewezen regels van declaratie {declaratie.Nummer} vanaf {eerste:dd-MM-yyyy} (boekjaar {eerste.Year}) te corrigeren", door, ct);
    }

    /// <summary>After corrections were sent or a line was marked "niet opnieuw indienen": every declaration of
    /// <paramref name="origineleRegels"/> whose rejected lines are now all dealt with gets <c>declaratie-herindiend</c>.</summary>
    public async Task AfterCorrectieAsync(IEnumerable<Guid> origineleRegels, string door, CancellationToken ct)
    {
        var ids = origineleRegels.Distinct().ToList();
        var declaratieIds = await db.Set<Prestatie>().Where(p => ids.Contains(p.Id) && p.DeclaratieId != null).Select(p => p.DeclaratieId!.Value).Distinct().ToListAsync(ct);
        foreach (var id in declaratieIds)
        {
            if (await HasAsync(id, Herindiend, ct))
                continue;
            var afgewezen = await db.Set<Prestatie>().Where(p => p.DeclaratieId == id && p.Status == PrestatieStatus.Afgewezen && !p.Credit).ToListAsync(ct);
            var afgewezenIds = afgewezen.Select(a => a.Id).ToList();
            var correcties = await db.Set<Prestatie>().Where(p => p.CorrectieVan != null && afgewezenIds.Contains(p.CorrectieVan.Value)).ToListAsync(ct);
            if (!Prestatiecorrectie.Herindiend(afgewezen, correcties))
                continue;
            var declaratie = await db.Set<Declaratie>().FirstAsync(d => d.Id == id, ct);
            await AddAsync(declaratie, afgewezen, Herindiend, clock.GetUtcNow(),
                $"Alle {afgewezen.Count} afgewezen regel(s) van declaratie {declaratie.Nummer} opnieuw ingediend of afgehandeld", door, ct);
        }
    }

    private Task<bool> HasAsync(Guid declaratieId, string soort, CancellationToken ct) =>
        db.Gebeurtenissen.AnyAsync(g => g.OnderwerpSoort == OnderwerpSoort && g.OnderwerpId == declaratieId && g.Soort == soort, ct);

    private async Task AddAsync(Declaratie declaratie, List<Prestatie> regels, string soort, DateTimeOffset moment, string toelichting, string door, CancellationToken ct)
    {
        var toewijzingIds = regels.Where(r => r.ToewijzingId is not null).Select(r => r.ToewijzingId!.Value).Distinct().ToList();
        var contractIds = await db.Toewijzingen.Where(t => toewijzingIds.Contains(t.Id)).Select(t => t.ContractId).Distinct().ToListAsync(ct);
        if (contractIds.Count == 0)
        {
            var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == declaratie.GemeenteId, ct);
            var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
            contractIds = await db.Contracten.Where(c => c.AanbiederId == declaratie.AanbiederId && opdrachtgevers.Contains(c.OpdrachtgeverId)).Select(c => c.Id).ToListAsync(ct);
        }
        foreach (var contract in await db.Contracten.AsNoTracking().Where(c => contractIds.Contains(c.Id)).ToListAsync(ct))
        {
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel || !profiel.KnowsGebeurtenis(soort))
                continue;
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = soort, Moment = moment, OnderwerpSoort = OnderwerpSoort, OnderwerpId = declaratie.Id,
                GeregistreerdDoor = door, GeregistreerdOp = clock.GetUtcNow(), Toelichting = toelichting,
            });
        }
    }
}
