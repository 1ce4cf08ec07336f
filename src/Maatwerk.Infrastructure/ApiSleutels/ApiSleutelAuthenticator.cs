using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.ApiSleutels;

/// <summary>Finds the active key behind a presented secret and records each call made with it (last use and one line
/// in the audit trail, as that key). Runs before there is a signed-in user, so it reads the key table directly.</summary>
public sealed class ApiSleutelAuthenticator(MaatwerkDbContext db, TimeProvider clock)
{
    public async Task<ApiSleutel?> FindAsync(string sleutel, CancellationToken ct = default)
    {
        if (ApiSleutelSecret.PrefixOf(sleutel) is not { } prefix)
            return null;
        var gevonden = await db.Set<ApiSleutel>().AsNoTracking().FirstOrDefaultAsync(s => s.Prefix == prefix, ct);
        return gevonden is { IsActief: true } && ApiSleutelSecret.Matches(sleutel, gevonden.Hash) ? gevonden : null;
    }

    /// <summary>The name of a key as the audit trail and the current-actor show it.</summary>
    public static string ActorName(ApiSleutel s) => $"API-sleutel {s.Prefix} ({s.Naam})";

    public async Task RecordUseAsync(ApiSleutel sleutel, string method, string path, CancellationToken ct = default)
    {
        var nu = clock.GetUtcNow();
        // Not through the change tracker: last use is bookkeeping, not a change of the key to audit as such.
        await db.Set<ApiSleutel>().Where(s => s.Id == sleutel.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LaatstGebruikt, nu), ct);
        var aanroep = $"{method} {path}";
        db.AuditRegels.Add(new AuditEntry
        {
            Moment = nu,
            Gebruiker = ActorName(sleutel),
            OrganisatieId = sleutel.OrganisatieId,
            Actie = AuditAction.ApiAanroep,
            Entiteit = "ApiSleutel",
            EntiteitId = aanroep.Length > 100 ? aanroep[..100] : aanroep,
        });
        await db.SaveChangesAsync(ct);
    }
}
