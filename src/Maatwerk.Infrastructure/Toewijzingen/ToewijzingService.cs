using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Toewijzingen in view, with the client name and contract for lists, and per toewijzing the next open
/// contract deadline and the number of overdue obligations (the engine's stored evaluation).</summary>
public sealed class ToewijzingService(MaatwerkDbContext db, DataScope scope)
{
    /// <param name="Termijn">The earliest open obligation: its deadline, clause and who must act; null when none is open.</param>
    public sealed record Regel(Toewijzing Toewijzing, string Client, string Contract, Termijn? Termijn = null, int TeLaat = 0);

    public sealed record Termijn(DateOnly Deadline, string Bron, string Omschrijving, string Actor);

    public async Task<List<Regel>> ListAsync(ToewijzingStatus? status = null, Guid? clientId = null, CancellationToken ct = default)
    {
        var toewijzingen = scope.Toewijzingen();
        if (status is { } s)
            toewijzingen = toewijzingen.Where(t => t.Status == s);
        if (clientId is { } c)
            toewijzingen = toewijzingen.Where(t => t.ClientId == c);
        var rows = await (from t in toewijzingen
                          join cl in scope.Clienten() on t.ClientId equals cl.Id into clients
                          from cl in clients.DefaultIfEmpty()
                          join co in scope.Contracten() on t.ContractId equals co.Id
                          orderby t.Ingangsdatum descending
                          select new { t, cl, co.Naam }).ToListAsync(ct);
        var ids = toewijzingen.Select(t => (Guid?)t.Id);
        var lopend = (await db.Verplichtingen
                .Where(v => ids.Contains(v.ToewijzingId) && (v.Status == VerplichtingStatus.Open || v.Status == VerplichtingStatus.TeLaat))
                .Select(v => new { v.ToewijzingId, v.Status, v.Deadline, v.Bron, v.Omschrijving, v.Actor }).ToListAsync(ct))
            .ToLookup(v => v.ToewijzingId!.Value);
        return rows.Select(r =>
        {
            var eerste = lopend[r.t.Id].Where(v => v.Status == VerplichtingStatus.Open).MinBy(v => v.Deadline);
            return new Regel(r.t, r.cl?.VolledigeNaam ?? "", r.Naam,
                eerste is null ? null : new Termijn(eerste.Deadline, eerste.Bron, eerste.Omschrijving, eerste.Actor),
                lopend[r.t.Id].Count(v => v.Status == VerplichtingStatus.TeLaat));
        }).ToList();
    }

    public Task<Toewijzing?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == id, ct);
}
