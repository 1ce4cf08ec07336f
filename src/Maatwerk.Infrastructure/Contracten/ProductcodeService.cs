using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Contracten;

/// <summary>The iWmo ProductCode of each product of a contract (TR381: the gemeente's product code list). Everyone who
/// sees the contract sees the codes; the opdrachtgever's contractmanager or beheerder sets them.</summary>
public sealed class ProductcodeService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ContractService contracten)
{
    public sealed record Row(Product Product, string? Gekoppeld, string? Effectief);

    public bool MagWijzigen => contracten.MagWijzigen;

    public async Task<(Contract Contract, List<Row> Regels)?> ListAsync(Guid contractId, CancellationToken ct = default)
    {
        if (await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
            return null;
        var koppelingen = await db.ProductcodeKoppelingen.Where(k => k.ContractId == contractId).ToDictionaryAsync(k => k.Productcode, k => k.IWmoProductcode, ct);
        var producten = catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Producten ?? [];
        return (contract, producten.Select(p => new Row(p, koppelingen.GetValueOrDefault(p.Code), Effective(koppelingen.GetValueOrDefault(p.Code), p.Code))).ToList());
    }

    /// <summary>Saves the codes of all products at once (an empty code removes the mapping); all or nothing.</summary>
    public async Task<SaveResult> SaveAsync(Guid contractId, IReadOnlyDictionary<string, string?> codes, CancellationToken ct = default)
    {
        if (!MagWijzigen || await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
            return SaveResult.NotFound();
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var bestaand = await db.ProductcodeKoppelingen.Where(k => k.ContractId == contractId).ToListAsync(ct);
        var fouten = new List<ValidationError>();
        foreach (var (productcode, waarde) in codes)
        {
            var code = waarde?.Trim().ToUpperInvariant();
            var koppeling = bestaand.FirstOrDefault(k => k.Productcode == productcode);
            if (string.IsNullOrEmpty(code))
            {
                if (koppeling is not null)
                    db.ProductcodeKoppelingen.Remove(koppeling);
                continue;
            }
            if (koppeling is null)
            {
                koppeling = new ProductcodeKoppeling { ContractId = contractId, Productcode = productcode };
                db.ProductcodeKoppelingen.Add(koppeling);
                bestaand.Add(koppeling);
            }
            koppeling.IWmoProductcode = code;
            fouten.AddRange(koppeling.Validate(profiel).Select(f => f with { Field = $"{productcode}.{f.Field}", Message = $"{productcode}: {f.Message}" }));
        }
        var actief = bestaand.Where(k => db.Entry(k).State != EntityState.Deleted).ToList();
        foreach (var dubbel in actief.GroupBy(k => k.IWmoProductcode).Where(g => g.Count() > 1))
            fouten.Add(new($"{dubbel.Last().Productcode}.IWmoProductcode",
                $"iWmo-productcode {dubbel.Key} is gekoppeld aan {string.Join(" en ", dubbel.Select(k => k.Productcode))}: één code per product, anders is een ontvangen toewijzing niet te herleiden."));
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(contractId);
    }

    /// <summary>The code a toewijzing of this product goes out with: the mapping, else the contract code when it fits iWmo.</summary>
    public async Task<string?> IWmoCodeAsync(Guid contractId, string productcode, CancellationToken ct = default) =>
        Effective(await db.ProductcodeKoppelingen.Where(k => k.ContractId == contractId && k.Productcode == productcode)
            .Select(k => k.IWmoProductcode).FirstOrDefaultAsync(ct), productcode);

    /// <summary>The contract product an iWmo category and code stand for (an incoming 301 or 315).</summary>
    public async Task<Product?> ContractProductAsync(Contract contract, string categorie, string? iwmoCode, CancellationToken ct = default)
    {
        var producten = catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Producten ?? [];
        var koppelingen = await db.ProductcodeKoppelingen.Where(k => k.ContractId == contract.Id).ToDictionaryAsync(k => k.Productcode, k => k.IWmoProductcode, ct);
        var inCategorie = producten.Where(p => p.Productcategorie == categorie).ToList();
        return iwmoCode is null
            ? inCategorie.Count == 1 ? inCategorie[0] : null
            : inCategorie.FirstOrDefault(p => Effective(koppelingen.GetValueOrDefault(p.Code), p.Code) == iwmoCode);
    }

    private static string? Effective(string? gekoppeld, string productcode) => ProductcodeKoppeling.Effective(gekoppeld, productcode);
}
