using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Gebruikers;

/// <summary>User accounts a beheerder (or kwaliteit/beheer at an aanbieder) may manage.</summary>
public sealed class GebruikerService(MaatwerkDbContext db, DataScope scope, IPasswordHasher<Gebruiker> hasher)
{
    public const string DuplicaatMelding = "Er bestaat al een gebruiker met dit e-mailadres.";

    public bool MagBeheren => scope.Rol is Rol.Beheerder or Rol.Kwaliteit;

    public Task<List<Gebruiker>> ListAsync(CancellationToken ct = default) =>
        scope.ManageableGebruikers().OrderBy(g => g.Naam).ToListAsync(ct);

    public Task<Gebruiker?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.ManageableGebruikers().FirstOrDefaultAsync(g => g.Id == id, ct);

    /// <summary>Organisations for which this user may create accounts.</summary>
    public async Task<List<Domain.Organisaties.Organisatie>> OrganisatiesAsync(CancellationToken ct = default)
    {
        var ids = await scope.ManageableGebruikers().Select(g => g.OrganisatieId).Distinct().ToListAsync(ct);
        ids.Add(scope.Organisatie.Id);
        if (scope.Rol == Rol.Beheerder)
            ids.AddRange(await scope.Contracten().Select(c => c.AanbiederId).ToListAsync(ct));
        return await db.Organisaties.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Naam).ToListAsync(ct);
    }

    public async Task<SaveResult> CreateAsync(GebruikerInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var gebruiker = new Gebruiker();
        var errors = await ApplyAsync(gebruiker, invoer, ct);
        var wachtwoordFout = PasswordPolicy.Validate(invoer.Wachtwoord);
        if (wachtwoordFout is not null)
            errors.Add(new(nameof(GebruikerInput.Wachtwoord), wachtwoordFout));
        else
            gebruiker.WachtwoordHash = hasher.HashPassword(gebruiker, invoer.Wachtwoord!);
        db.Gebruikers.Add(gebruiker);
        return await db.SaveAsync(gebruiker, errors, null, (nameof(Gebruiker.Email), DuplicaatMelding), ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, GebruikerInput invoer, CancellationToken ct = default)
    {
        if (!MagBeheren)
            return SaveResult.NotFound();
        var gebruiker = await GetAsync(id, ct);
        if (gebruiker is null)
            return SaveResult.NotFound();
        var errors = await ApplyAsync(gebruiker, invoer, ct);
        if (!string.IsNullOrEmpty(invoer.Wachtwoord))
        {
            var wachtwoordFout = PasswordPolicy.Validate(invoer.Wachtwoord);
            if (wachtwoordFout is not null)
                errors.Add(new(nameof(GebruikerInput.Wachtwoord), wachtwoordFout));
            else
                gebruiker.WachtwoordHash = hasher.HashPassword(gebruiker, invoer.Wachtwoord);
        }
        if (gebruiker.Actief)
            gebruiker.RegisterSuccessfulLogin(); // a beheerder who saves an active account also lifts a lockout
        return await db.SaveAsync(gebruiker, errors, invoer.Versie, (nameof(Gebruiker.Email), DuplicaatMelding), ct);
    }

    private async Task<List<Domain.Common.ValidationError>> ApplyAsync(Gebruiker gebruiker, GebruikerInput invoer, CancellationToken ct)
    {
        gebruiker.Email = (invoer.Email ?? "").Trim().ToLowerInvariant();
        gebruiker.Naam = (invoer.Naam ?? "").Trim();
        gebruiker.Rol = invoer.Rol;
        gebruiker.Actief = invoer.Actief;
        gebruiker.OrganisatieId = invoer.OrganisatieId;
        var organisaties = await OrganisatiesAsync(ct);
        var organisatie = organisaties.FirstOrDefault(o => o.Id == invoer.OrganisatieId);
        if (organisatie is null)
            return [new(nameof(GebruikerInput.OrganisatieId), "Kies een organisatie waarvoor u gebruikers mag beheren.")];
        return gebruiker.Validate(organisatie.Soort).ToList();
    }
}
