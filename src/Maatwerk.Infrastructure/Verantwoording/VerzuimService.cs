using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>Measures when the accountability is overdue (DEV-Art22.2c, DEV-Art22.7-8): for an obligation the engine holds "te laat"
/// (MR-31 productieverantwoording, MR-32 controleverklaring) the contract manager records what the profile allows — an accountant
/// appointed at the aanbieder's cost (a <see cref="BesluitSoort.Accountantskosten"/> decision, set off in the next payment batch)
/// or an established ground for termination (<see cref="BesluitSoort.Ontbindingsgrond"/>, note only).</summary>
public sealed class VerzuimService(MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork,
    ContractProfileCatalog catalogus, VerantwoordingService verantwoording)
{
    public sealed record Invoer
    {
        public Guid VerplichtingId { get; init; }
        /// <summary>"accountant" or "ontbindingsgrond".</summary>
        public string? Maatregel { get; init; }
        public string? Accountant { get; init; }
        public decimal? Bedrag { get; init; }
        public string? Notitie { get; init; }
    }

    public sealed record Row(VastgelegdeVerplichting Verplichting, string Contract, int Jaar, IReadOnlyList<Verzuimmaatregel> Maatregelen);

    /// <summary>The overdue obligations for which the profile names a measure, in the contract manager's contracts.</summary>
    public async Task<List<Row>> ListAsync(CancellationToken ct = default)
    {
        if (!verantwoording.MagBeoordelen)
            return [];
        var contracten = await scope.Contracten().AsNoTracking().ToListAsync(ct);
        var maatregelen = contracten.ToDictionary(c => c.Id, c => catalogus.Find(c.ProfielId, c.ProfielVersie) is { } p ? Verzuimmaatregelen.From(p) : []);
        var regels = maatregelen.Values.SelectMany(m => m).SelectMany(m => m.BijVerzuimVan).Distinct().ToList();
        var ids = contracten.Select(c => c.Id).ToList();
        var teLaat = await db.Verplichtingen.AsNoTracking()
            .Where(v => ids.Contains(v.ContractId) && v.Status == VerplichtingStatus.TeLaat && regels.Contains(v.RegelId)).OrderBy(v => v.Deadline).Take(200).ToListAsync(ct);
        return teLaat.Select(v => new Row(v, contracten.First(c => c.Id == v.ContractId).Naam, v.Deadline.Year - 1,
            maatregelen[v.ContractId].Where(m => m.BijVerzuimVan.Contains(v.RegelId)).ToList())).Where(r => r.Maatregelen.Count > 0).ToList();
    }

    public Task<SaveResult> RecordAsync(Invoer invoer, CancellationToken ct = default) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!verantwoording.MagBeoordelen)
                return SaveResult.NotFound();
            var ids = scope.Contracten().Select(c => c.Id);
            if (await db.Verplichtingen.AsNoTracking().FirstOrDefaultAsync(v => v.Id == invoer.VerplichtingId && ids.Contains(v.ContractId), ct) is not { } v)
                return SaveResult.NotFound();
            var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == v.ContractId, ct);
            var mogelijk = catalogus.Find(contract.ProfielId, contract.ProfielVersie) is { } p ? Verzuimmaatregelen.From(p) : [];
            var soort = invoer.Maatregel?.Trim().ToLowerInvariant() switch
            {
                Verzuimmaatregelen.Accountant => BesluitSoort.Accountantskosten,
                Verzuimmaatregelen.Ontbindingsgrond => BesluitSoort.Ontbindingsgrond,
                _ => (BesluitSoort?)null,
            };
            var maatregel = mogelijk.FirstOrDefault(m => m.Soort == soort && m.BijVerzuimVan.Contains(v.RegelId));
            var (besluit, fouten) = Verzuimmaatregelen.Besluit(maatregel, v.RegelId, v.Status == VerplichtingStatus.TeLaat, contract.OpdrachtgeverId,
                contract.AanbiederId, v.Deadline.Year - 1, invoer.Accountant, invoer.Bedrag, invoer.Notitie, actor.Email, clock.GetUtcNow());
            if (besluit is null)
                return SaveResult.Invalid(fouten);
            db.Add(besluit);
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(besluit.Id);
        }, ct);
}
