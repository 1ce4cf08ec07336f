using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Autorisatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Toewijzingen in view, with the client name and contract for lists.</summary>
public sealed class ToewijzingService(DataScope scope)
{
    public sealed record Regel(Toewijzing Toewijzing, string Client, string Contract);

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
        return rows.Select(r => new Regel(r.t, r.cl?.VolledigeNaam ?? "", r.Naam)).ToList();
    }

    public Task<Toewijzing?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == id, ct);
}
