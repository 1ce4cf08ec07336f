using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Audit;

/// <summary>The audit trail as a beheerder may see it: everything done by users of its own organisation, and every
/// read or change of the clients in its scope by anyone.</summary>
public sealed class AuditService(MaatwerkDbContext db, DataScope scope)
{
    public bool MagInzien => scope.Rol == Rol.Beheerder;

    public async Task<List<AuditRegel>> ListAsync(int maximum = 500, CancellationToken ct = default)
    {
        if (!MagInzien)
            return [];
        var clientIds = (await scope.Clienten().Select(c => c.Id).ToListAsync(ct)).Select(id => id.ToString()).ToList();
        var org = scope.Organisatie.Id;
        return await db.AuditRegels
            .Where(a => a.OrganisatieId == org || (a.Entiteit == "Client" && clientIds.Contains(a.EntiteitId)))
            .OrderByDescending(a => a.Moment).Take(maximum).ToListAsync(ct);
    }
}
