using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.ApiSleutels;

/// <summary>API keys of the beheerder's own organisation (issue 13): create (the key is returned once), list with last
/// use, revoke. A beheerder (gemeente) or kwaliteit/beheer (aanbieder) manages them; another organisation's key is 404.</summary>
public sealed class ApiSleutelService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock)
{
    public bool MagBeheren => scope.Rol is Rol.Beheerder or Rol.Kwaliteit;

    /// <summary>The roles a key of this organisation may act in.</summary>
    public IEnumerable<Rol> Rollen => RolInfo.Alle.Where(r => r.FitsWith(scope.Organisatie.Soort) && r is not (Rol.Beheerder or Rol.Kwaliteit));

    private IQueryable<ApiSleutel> Own() => MagBeheren
        ? db.Set<ApiSleutel>().Where(s => s.OrganisatieId == scope.Organisatie.Id)
        : db.Set<ApiSleutel>().Where(_ => false);

    public async Task<List<ApiSleutel>> ListAsync(CancellationToken ct = default) =>
        (await Own().AsNoTracking().ToListAsync(ct)).OrderBy(s => s.Ingetrokken is not null).ThenByDescending(s => s.Aangemaakt).ToList();

    /// <summary>Creates the key; <c>Sleutel</c> is the only moment the secret exists outside the caller.</summary>
    public async Task<(SaveResult Result, string? Sleutel)> CreateAsync(ApiSleutelInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return (SaveResult.NotFound(), null);
        var scopes = invoer.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var errors = ApiSleutel.Validate(invoer.Naam, invoer.Rol, scopes, scope.Organisatie.Soort);
        if (errors.Count > 0)
            return (SaveResult.Invalid(errors), null);
        var (sleutel, prefix, hash) = ApiSleutelSecret.New();
        var nieuw = new ApiSleutel
        {
            OrganisatieId = scope.Organisatie.Id,
            Naam = invoer.Naam!.Trim(),
            Prefix = prefix,
            Hash = hash,
            Rol = invoer.Rol!.Value,
            Scopes = string.Join(' ', scopes.Order(StringComparer.Ordinal)),
            Aangemaakt = clock.GetUtcNow(),
            AangemaaktDoor = actor.Email,
        };
        db.Add(nieuw);
        var result = await db.SaveAsync(nieuw, [], null, ct: ct);
        return (result, result.Status == SaveStatus.Ok ? sleutel : null);
    }

    public async Task<SaveResult> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        if (await Own().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } sleutel)
            return SaveResult.NotFound();
        if (sleutel.Ingetrokken is null)
        {
            sleutel.Ingetrokken = clock.GetUtcNow();
            sleutel.IngetrokkenDoor = actor.Email;
            sleutel.Versie = Guid.NewGuid();
        }
        return await db.SaveAsync(sleutel, [], null, ct: ct);
    }
}
