using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Contracten;

/// <summary>Contracts in view; a beheerder or contractmanager of the opdrachtgever concludes and changes them.</summary>
public sealed class ContractService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus)
{
    /// <summary>The current version of every contract profile the platform carries (contracts/*.yaml).</summary>
    public IReadOnlyList<ContractProfile> Profielen => catalogus.Actueel.Where(p => p.Id != "iwmo-3.2").ToList();

    public bool MagWijzigen => !scope.IsAanbieder && scope.Rol is Rol.Beheerder or Rol.Contractmanager;

    public Task<List<Contract>> ListAsync(CancellationToken ct = default) =>
        scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);

    public Task<Contract?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.Contracten().FirstOrDefaultAsync(c => c.Id == id, ct);

    public async Task<SaveResult> CreateAsync(ContractInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var contract = new Contract();
        invoer.ApplyTo(contract);
        db.Contracten.Add(contract);
        return await db.SaveAsync(contract, await ValidateAsync(contract, ct), null, ct: ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, ContractInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var contract = await GetAsync(id, ct);
        if (contract is null)
            return SaveResult.NotFound();
        invoer.ApplyTo(contract);
        return await db.SaveAsync(contract, await ValidateAsync(contract, ct), invoer.Versie, ct: ct);
    }

    private async Task<IReadOnlyList<Domain.Common.ValidationError>> ValidateAsync(Contract contract, CancellationToken ct)
    {
        var errors = contract.Validate().ToList();
        if (contract.OpdrachtgeverId != Guid.Empty && !scope.OpdrachtgeverIds.Contains(contract.OpdrachtgeverId))
            errors.Add(new(nameof(Contract.OpdrachtgeverId), "U kunt alleen contracten van uw eigen gemeente of regio vastleggen."));
        if (contract.AanbiederId != Guid.Empty && !await db.Organisaties.AnyAsync(o => o.Id == contract.AanbiederId && o.Soort == OrganisatieSoort.Aanbieder, ct))
            errors.Add(new(nameof(Contract.AanbiederId), "De gekozen aanbieder bestaat niet."));
        if (!string.IsNullOrEmpty(contract.ProfielId) && catalogus.Find(contract.ProfielId) is null)
            errors.Add(new(nameof(Contract.ProfielId), $"Het contractprofiel '{contract.ProfielId}' bestaat niet."));
        else if (!string.IsNullOrEmpty(contract.ProfielId) && catalogus.Find(contract.ProfielId, contract.ProfielVersie) is null)
            errors.Add(new(nameof(Contract.ProfielVersie), $"Het contractprofiel '{contract.ProfielId}' heeft geen versie {contract.ProfielVersie}."));
        return errors;
    }
}
