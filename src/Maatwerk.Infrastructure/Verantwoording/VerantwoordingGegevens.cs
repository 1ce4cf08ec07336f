using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The WMO323 lines behind a production statement, on both sides of the chain, for one contract and year:
/// the aanbieder's lines the gemeente approved (<see cref="Prestatie"/>: toegekend, gecrediteerd debits and their granted
/// credits) and the gemeente's approved and paid lines (<see cref="OntvangenPrestatie"/>). A line belongs to the contract
/// of its toewijzing; a line without a known toewijzing to the contract between the aanbieder and the line's gemeente.
/// The year is that of the delivery (ProductPeriode begin) or, with <c>jaarbasis: gefactureerd</c> (OCO-A9), of the 323
/// that carried it. Callers check access; this class only reads.</summary>
public sealed class VerantwoordingGegevens(MaatwerkDbContext db)
{
    public async Task<(List<Productieopstelling.Lijn> Lijnen, int Open)> AanbiederLijnenAsync(Contract contract, int jaar, string basis, CancellationToken ct)
    {
        var gemeenten = await GemeentenAsync(contract, ct);
        var (van, tot) = (new DateOnly(jaar - 1, 1, 1), new DateOnly(jaar, 12, 31));
        var regels = await db.Set<Prestatie>().AsNoTracking()
            .Where(p => p.AanbiederId == contract.AanbiederId && gemeenten.Contains(p.GemeenteId) && p.Begindatum >= van && p.Begindatum <= tot
                && p.Status != PrestatieStatus.TeVerzenden && p.Status != PrestatieStatus.Afgewezen)
            .ToListAsync(ct);
        regels = await OfContractAsync(regels, r => r.ToewijzingId, contract.Id, ct);
        var declaratieIds = regels.Where(r => r.DeclaratieId != null).Select(r => r.DeclaratieId!.Value).Distinct().ToList();
        var verzonden = basis == Verantwoordingsregels.Gefactureerd
            ? await db.Set<Declaratie>().AsNoTracking().Where(d => declaratieIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.VerzondenOp, ct)
            : [];
        int JaarVan(Prestatie r) => basis == Verantwoordingsregels.Gefactureerd
            ? Amsterdam.Local(r.DeclaratieId is { } d && verzonden.TryGetValue(d, out var op) ? op : r.AangemaaktOp).Year
            : r.Begindatum.Year;
        var inJaar = regels.Where(r => JaarVan(r) == jaar).ToList();
        var codes = await GemeentecodesAsync(gemeenten, ct);
        var lijnen = inJaar.Where(r => r.Status is PrestatieStatus.Toegekend or PrestatieStatus.Gecrediteerd)
            .Select(r => new Productieopstelling.Lijn(r.Bsn, r.ProductCategorie, r.ProductCode, r.Eenheid, r.GeleverdVolume, r.Bedrag, r.Credit,
                codes.GetValueOrDefault(r.GemeenteId, ""), r.ProductTarief)).ToList();
        return (lijnen, inJaar.Count(r => r.Status == PrestatieStatus.Ingediend));
    }

    /// <summary>The gemeente's approved lines (answered with a 325) and, of those, the paid ones.</summary>
    public async Task<(List<Productieopstelling.Lijn> Goedgekeurd, List<Productieopstelling.Lijn> Betaald)> GemeenteLijnenAsync(Contract contract, int jaar, string basis,
        CancellationToken ct)
    {
        var gemeenten = await GemeentenAsync(contract, ct);
        var (van, tot) = (new DateOnly(jaar - 1, 1, 1), new DateOnly(jaar, 12, 31));
        var rijen = await (from p in db.Set<OntvangenPrestatie>().AsNoTracking()
                           join d in db.Set<OntvangenDeclaratie>().AsNoTracking() on p.DeclaratieId equals d.Id
                           where d.AanbiederId == contract.AanbiederId && gemeenten.Contains(d.GemeenteId) && d.Status == DeclaratieStatus.Beantwoord
                               && p.Beoordeling == Beoordeling.Goedgekeurd && p.Begindatum >= van && p.Begindatum <= tot
                           select new { p, d.Ontvangen, d.BetaaldOp }).ToListAsync(ct);
        var eigen = await OfContractAsync(rijen, r => r.p.ToewijzingId, contract.Id, ct);
        var inJaar = eigen.Where(r => (basis == Verantwoordingsregels.Gefactureerd ? Amsterdam.Local(r.Ontvangen).Year : r.p.Begindatum.Year) == jaar).ToList();
        Productieopstelling.Lijn Lijn(OntvangenPrestatie p) => new(p.Bsn, p.ProductCategorie, p.ProductCode, p.Eenheid, p.GeleverdVolume, p.Bedrag, p.IsCredit);
        return (inJaar.Select(r => Lijn(r.p)).ToList(), inJaar.Where(r => r.BetaaldOp != null).Select(r => Lijn(r.p)).ToList());
    }

    /// <summary>The gemeenten whose residents a contract serves: its opdrachtgever, or the members of a regio.</summary>
    public async Task<List<Guid>> GemeentenAsync(Contract contract, CancellationToken ct) =>
        await db.Organisaties.AsNoTracking().Where(o => o.Id == contract.OpdrachtgeverId || o.RegioId == contract.OpdrachtgeverId)
            .Where(o => o.Soort == OrganisatieSoort.Gemeente).Select(o => o.Id).ToListAsync(ct);

    /// <summary>The gemeentecode (CBS) of each of these gemeenten.</summary>
    public async Task<Dictionary<Guid, string>> GemeentecodesAsync(IEnumerable<Guid> gemeenten, CancellationToken ct)
    {
        var lijst = gemeenten.Distinct().ToList();
        return await db.Organisaties.AsNoTracking().Where(o => lijst.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Gemeentecode ?? "", ct);
    }

    /// <summary>The gemeenten a contract serves, by gemeentecode, with their names (national format, upload check).</summary>
    public async Task<Dictionary<string, string>> GemeentenVanAsync(Contract contract, CancellationToken ct)
    {
        var ids = await GemeentenAsync(contract, ct);
        return await db.Organisaties.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Gemeentecode != null)
            .ToDictionaryAsync(o => o.Gemeentecode!, o => o.Naam, ct);
    }

    /// <summary>The iWmo product codes of a contract with their names: the profile's products whose code fits iWmo (≤ 5) and
    /// the contract's mappings (<see cref="ProductcodeKoppeling"/>, e.g. BSD-MBO4 → an iWmo code).</summary>
    public async Task<Dictionary<string, Product>> ProductenAsync(Contract contract, ContractProfile? profiel, CancellationToken ct)
    {
        var producten = new Dictionary<string, Product>(StringComparer.OrdinalIgnoreCase);
        if (profiel is null)
            return producten;
        foreach (var p in profiel.Producten.Where(p => p.Code.Length <= 5))
            producten[p.Code] = p;
        foreach (var k in await db.ProductcodeKoppelingen.AsNoTracking().Where(k => k.ContractId == contract.Id).ToListAsync(ct))
            if (profiel.FindProduct(k.Productcode) is { } p)
                producten[k.IWmoProductcode] = p;
        return producten;
    }

    /// <summary>An organisation's name and AGB-code (the aanbieder in the header of the national format).</summary>
    public Task<Organisatie?> OrganisatieAsync(Guid id, CancellationToken ct) => db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<Dictionary<Guid, string>> NamenAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var lijst = ids.Distinct().ToList();
        return await db.Organisaties.AsNoTracking().Where(o => lijst.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
    }

    /// <summary>Keeps the lines whose toewijzing is under the contract, and those without a toewijzing on the platform.</summary>
    private async Task<List<T>> OfContractAsync<T>(List<T> regels, Func<T, Guid?> toewijzing, Guid contractId, CancellationToken ct)
    {
        var ids = regels.Select(toewijzing).OfType<Guid>().Distinct().ToList();
        var contractVan = new Dictionary<Guid, Guid>();
        foreach (var deel in ids.Chunk(500))
            foreach (var t in await db.Toewijzingen.AsNoTracking().Where(t => deel.Contains(t.Id)).Select(t => new { t.Id, t.ContractId }).ToListAsync(ct))
                contractVan[t.Id] = t.ContractId;
        return regels.Where(r => toewijzing(r) is not { } t || !contractVan.TryGetValue(t, out var c) || c == contractId).ToList();
    }
}
