using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Organisaties;

/// <summary>Organisations in view; only a functioneel beheerder (gemeente/regio) creates and changes them.</summary>
public sealed class OrganisatieService(MaatwerkDbContext db, DataScope scope)
{
    public const string DuplicaatMelding = "Er bestaat al een organisatie met deze AGB-code of CBS-gemeentecode.";

    public bool MagWijzigen => scope.Rol == Rol.Beheerder;

    public Task<List<Organisatie>> ListAsync(CancellationToken ct = default) =>
        scope.Organisaties().OrderBy(o => o.Soort).ThenBy(o => o.Naam).ToListAsync(ct);

    public Task<Organisatie?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.Organisaties().FirstOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>All aanbieders (public AGB registry data), e.g. to name the new aanbieder of a warm hand-over.</summary>
    public Task<List<Organisatie>> AanbiedersAsync(CancellationToken ct = default) =>
        db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Aanbieder && o.Id != scope.Organisatie.Id).OrderBy(o => o.Naam).ToListAsync(ct);

    public Task<List<Organisatie>> RegiosAsync(CancellationToken ct = default) =>
        db.Organisaties.Where(o => o.Soort == OrganisatieSoort.Regio).OrderBy(o => o.Naam).ToListAsync(ct);

    public async Task<SaveResult> CreateAsync(OrganisatieInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var organisatie = new Organisatie();
        invoer.ApplyTo(organisatie);
        db.Organisaties.Add(organisatie);
        return await db.SaveAsync(organisatie, await ValidateAsync(organisatie, ct), null, ("AgbCode", DuplicaatMelding), ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, OrganisatieInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var organisatie = await GetAsync(id, ct);
        if (organisatie is null)
            return SaveResult.NotFound();
        var soortVoor = organisatie.Soort;
        invoer.ApplyTo(organisatie);
        var errors = (await ValidateAsync(organisatie, ct)).ToList();
        if (organisatie.Soort != soortVoor)
            errors.Add(new(nameof(Organisatie.Soort), "De soort van een bestaande organisatie kan niet worden gewijzigd."));
        return await db.SaveAsync(organisatie, errors, invoer.Versie, ("AgbCode", DuplicaatMelding), ct);
    }

    private async Task<IReadOnlyList<Domain.Common.ValidationError>> ValidateAsync(Organisatie organisatie, CancellationToken ct)
    {
        var errors = organisatie.Validate().ToList();
        if (organisatie.RegioId is { } regioId && !await db.Organisaties.AnyAsync(o => o.Id == regioId && o.Soort == OrganisatieSoort.Regio, ct))
            errors.Add(new(nameof(Organisatie.RegioId), "De gekozen regio bestaat niet."));
        return errors;
    }
}
