using System.Globalization;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Tarieven;

/// <summary>Tariffs as data: per contract and product, the profile's tariffs plus those the opdrachtgever's contract manager
/// enters (with a start date) or imports from the gemeente's yearly table (DEV-Art7.3). Everyone who sees the contract sees
/// its tariffs; only the opdrachtgever's contract manager or beheerder changes them.</summary>
public sealed class TariefService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, ContractService contracten, ICurrentActor actor, TimeProvider clock)
{
    public bool MagWijzigen => contracten.MagWijzigen;

    public DateOnly Vandaag => Amsterdam.Today(clock);

    public sealed record ProductTarieven(Product Product, IReadOnlyList<Tariefbepaling.GeldendTarief> Historie, Tariefbepaling.GeldendTarief? Vandaag);

    public async Task<List<Contract>> ContractenAsync(CancellationToken ct = default) =>
        await scope.Contracten().OrderBy(c => c.Naam).ToListAsync(ct);

    public async Task<(Contract Contract, List<ProductTarieven> Producten)?> ListAsync(Guid contractId, CancellationToken ct = default)
    {
        if (await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
            return null;
        var ingevoerd = await db.Set<Contracttarief>().Where(t => t.ContractId == contractId).ToListAsync(ct);
        var producten = catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.Producten ?? [];
        return (contract, producten.Select(p => new ProductTarieven(p, Tariefbepaling.Historie(p, ingevoerd), Tariefbepaling.Op(p, ingevoerd, Vandaag))).ToList());
    }

    /// <summary>The tariff in force for a product of a contract on a date, or the message that blocks declaring.</summary>
    public async Task<(Tariefbepaling.GeldendTarief? Tarief, string? Melding)> TariefOpAsync(Guid contractId, string productcode, DateOnly datum, CancellationToken ct = default)
    {
        var contract = await db.Contracten.FirstOrDefaultAsync(c => c.Id == contractId, ct);
        var product = contract is null ? null : catalogus.Find(contract.ProfielId, contract.ProfielVersie)?.FindProduct(productcode);
        if (product is null)
            return (null, $"Product '{productcode}' staat niet in het contract.");
        var ingevoerd = await db.Set<Contracttarief>().Where(t => t.ContractId == contractId && t.Productcode == product.Code).ToListAsync(ct);
        return Tariefbepaling.Op(product, ingevoerd, datum) is { } tarief ? (tarief, null) : (null, Tariefbepaling.GeenTarief(product, datum));
    }

    /// <summary>Enters one tariff from a date (replacing an entered tariff of the same product and date).</summary>
    public Task<SaveResult> AddAsync(TariefInvoer invoer, CancellationToken ct = default) =>
        SaveAsync(invoer.ContractId, [invoer], import: false, invoer.Bron, ct);

    /// <summary>Imports the gemeente's table (CSV lines "product;vanaf;bedrag"), all or nothing. For a frozen tariff the
    /// table's amount is its indexed shadow tariff (B7).</summary>
    public async Task<SaveResult> ImportAsync(Guid contractId, string csv, string? bron, CancellationToken ct = default)
    {
        var regels = new List<TariefInvoer>();
        var fouten = new List<ValidationError>();
        var nummer = 0;
        foreach (var lijn in (csv ?? "").Split('\n').Select(l => l.Trim()))
        {
            nummer++;
            if (lijn.Length == 0 || lijn.StartsWith('#') || lijn.StartsWith("product", StringComparison.OrdinalIgnoreCase))
                continue;
            var delen = lijn.Split(';', ',').Select(d => d.Trim()).ToArray();
            if (delen.Length == 4 && lijn.Contains(';'))
                delen = lijn.Split(';').Select(d => d.Trim()).ToArray(); // "PO-B;2025-01-01;65,40" with a decimal comma
            if (delen.Length < 3 || !DateOnly.TryParseExact(delen[1], "yyyy-MM-dd", out var vanaf) || !TryBedrag(string.Join(",", delen[2..]), out var bedrag))
            {
                fouten.Add(new("Tabel", $"Regel {nummer}: verwacht 'product;jjjj-mm-dd;bedrag' (bijv. PO-B;2025-01-01;65,40), niet '{lijn}'."));
                continue;
            }
            regels.Add(new TariefInvoer { ContractId = contractId, Productcode = delen[0], Vanaf = vanaf, Bedrag = bedrag });
        }
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        if (regels.Count == 0)
            return SaveResult.Invalid("Tabel", "De tabel bevat geen tarieven.");
        return await SaveAsync(contractId, regels, import: true, bron, ct);
    }

    private static bool TryBedrag(string tekst, out decimal bedrag)
    {
        tekst = tekst.Replace("€", "").Trim();
        if (tekst.Contains(','))
            tekst = tekst.Replace(".", "").Replace(',', '.');
        return decimal.TryParse(tekst, NumberStyles.Number, CultureInfo.InvariantCulture, out bedrag);
    }

    private async Task<SaveResult> SaveAsync(Guid contractId, IReadOnlyList<TariefInvoer> regels, bool import, string? bron, CancellationToken ct)
    {
        if (!MagWijzigen || await scope.Contracten().FirstOrDefaultAsync(c => c.Id == contractId, ct) is not { } contract)
            return SaveResult.NotFound();
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var bestaand = await db.Set<Contracttarief>().Where(t => t.ContractId == contractId).ToListAsync(ct);
        var fouten = new List<ValidationError>();
        var nu = clock.GetUtcNow();
        var bronTekst = string.IsNullOrWhiteSpace(bron) ? (import ? $"Tarieventabel van de gemeente, ingelezen op {Vandaag:dd-MM-yyyy}" : "") : bron.Trim();
        for (var i = 0; i < regels.Count; i++)
        {
            var invoer = regels[i];
            var veld = (string f) => regels.Count == 1 && !import ? f : $"regels[{i}].{f}";
            var product = profiel?.FindProduct(invoer.Productcode ?? "");
            Contracttarief tarief;
            if (product is not null && import)
            {
                // Index against the tariff in force the day before: a frozen one stays until its indexed shadow is higher.
                var vorig = Tariefbepaling.Op(product, bestaand, invoer.Vanaf.AddDays(-1));
                tarief = Tariefbepaling.Indexeer(product, vorig, invoer.Vanaf, invoer.Bedrag, bronTekst + $" ({product.Indexatie?.Bron ?? "indexatie"})");
            }
            else
                tarief = new Contracttarief { Productcode = product?.Code ?? invoer.Productcode ?? "", Vanaf = invoer.Vanaf, Bedrag = invoer.Bedrag, Bron = bronTekst };
            (tarief.ContractId, tarief.IngevoerdDoor, tarief.IngevoerdOp) = (contractId, actor.Email, nu);
            var errors = tarief.Validate(profiel);
            if (errors.Count > 0)
            {
                fouten.AddRange(errors.Select(e => e with { Field = veld(e.Field), Message = import ? $"Regel {i + 1} ({invoer.Productcode}): {e.Message}" : e.Message }));
                continue;
            }
            if (bestaand.FirstOrDefault(b => b.Productcode == tarief.Productcode && b.Vanaf == tarief.Vanaf) is { } zelfdeDag)
            {
                (zelfdeDag.Bedrag, zelfdeDag.Schaduwbedrag, zelfdeDag.Bevroren, zelfdeDag.Bron) = (tarief.Bedrag, tarief.Schaduwbedrag, tarief.Bevroren, tarief.Bron);
                (zelfdeDag.IngevoerdDoor, zelfdeDag.IngevoerdOp) = (tarief.IngevoerdDoor, tarief.IngevoerdOp);
            }
            else
            {
                db.Add(tarief);
                bestaand.Add(tarief);
            }
        }
        if (fouten.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(contractId);
    }
}

/// <summary>A tariff as the contract manager enters it; who entered it and when are set by the platform.</summary>
public sealed record TariefInvoer
{
    public Guid ContractId { get; init; }
    public string? Productcode { get; init; }
    public DateOnly Vanaf { get; init; }
    public decimal Bedrag { get; init; }
    /// <summary>Where the amount comes from (letter, table, decision).</summary>
    public string? Bron { get; init; }
}

/// <summary>The gemeente's yearly table as CSV ("product;vanaf;bedrag" per line).</summary>
public sealed record TariefImport
{
    public Guid ContractId { get; init; }
    public string Tabel { get; init; } = "";
    public string? Bron { get; init; }
}
