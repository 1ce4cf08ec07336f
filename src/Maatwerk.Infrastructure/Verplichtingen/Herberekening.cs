using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Evaluates the obligations of a contract with the engine and stores the result. Obligations already met
/// are passed in as recorded and never rewritten; open ones follow the profile version the contract points at.</summary>
public sealed class Herberekening(MaatwerkDbContext db, ProfielCatalogus catalogus)
{
    public async Task<int> ContractAsync(Guid contractId, DateOnly peildatum, CancellationToken ct = default)
    {
        var contract = await db.Contracten.FirstOrDefaultAsync(c => c.Id == contractId, ct);
        if (contract is null || catalogus.Zoek(contract.ProfielId, contract.ProfielVersie) is not { } profiel)
            return 0;
        var gebeurtenissen = await db.Gebeurtenissen.Where(g => g.ContractId == contractId).ToListAsync(ct);
        var engineGebeurtenissen = gebeurtenissen.ToDictionary(g => g.Id.ToString(), g => g.NaarEngine(Amsterdam.Lokaal(g.Moment), g.GeregistreerdOp is { } op ? Amsterdam.Lokaal(op) : null));
        var bronnen = gebeurtenissen.ToDictionary(g => g.Id.ToString());
        var opgeslagen = await db.Verplichtingen.Where(v => v.ContractId == contractId).ToDictionaryAsync(v => v.Sleutel, ct);
        var vastgelegd = opgeslagen.Values.Select(v => v.NaarEngine(engineGebeurtenissen, Amsterdam.Lokaal));

        var engine = new VerplichtingenEngine(profiel);
        var resultaat = engine.Evalueer(engineGebeurtenissen.Values, peildatum, vastgelegd);
        foreach (var v in resultaat)
        {
            if (!opgeslagen.Remove(v.Id, out var rij))
            {
                var trigger = bronnen[v.GebeurtenisId];
                rij = new VastgelegdeVerplichting { ContractId = contractId, ClientId = trigger.ClientId, ToewijzingId = trigger.ToewijzingId };
                db.Verplichtingen.Add(rij);
            }
            else if (rij.Status != VerplichtingStatus.Open && rij.BewijsGebeurtenisId is not null)
            {
                continue; // met (or late with evidence): frozen
            }
            rij.NeemOver(v, Amsterdam.NaarUtc);
        }
        // Obligations whose triggering event is gone (and that were never met) no longer exist.
        db.Verplichtingen.RemoveRange(opgeslagen.Values.Where(v => v.BewijsGebeurtenisId is null));
        await db.SaveChangesAsync(ct);
        return resultaat.Count;
    }

    public async Task AllesAsync(DateOnly peildatum, CancellationToken ct = default)
    {
        var contracten = await db.Contracten.Select(c => c.Id).ToListAsync(ct);
        foreach (var id in contracten)
            await ContractAsync(id, peildatum, ct);
    }
}
