using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>May this person be deployed under this contract (issue 14)? The VOG rules of the contract's profile
/// (<see cref="VogCheck"/>), used when a person is made a client's fixed worker (any problem refuses) and when time is
/// registered (no VOG at all under a contract that forbids deployment without one refuses; anything else warns).</summary>
public sealed class InzetCheck(MaatwerkDbContext db, ContractProfileCatalog catalogus)
{
    public async Task<Dictionary<Guid, List<Vog>>> VogsAsync(IEnumerable<Guid> medewerkerIds, CancellationToken ct)
    {
        var ids = medewerkerIds.Distinct().ToList();
        var vogs = await db.Set<Vog>().Where(v => ids.Contains(v.MedewerkerId)).ToListAsync(ct);
        return ids.ToDictionary(id => id, id => vogs.Where(v => v.MedewerkerId == id).ToList());
    }

    public ContractProfile? Profiel(Contract contract) => catalogus.Find(contract.ProfielId, contract.ProfielVersie);

    /// <summary>Everything the contract has against deploying the person on the date, each naming its clause.</summary>
    public async Task<IReadOnlyList<VogProblem>> ProblemsAsync(Medewerker medewerker, Contract contract, DateOnly datum, CancellationToken ct) =>
        VogCheck.Evaluate(medewerker, (await VogsAsync([medewerker.Id], ct))[medewerker.Id], Profiel(contract)?.Vog, datum);

    /// <summary>Time registered by people in the staff register (linked to the platform user who delivered it): refusals
    /// (field messages) and warnings, each with the clause. A user not in the register is not checked.</summary>
    public async Task<(List<ValidationError> Fouten, List<string> Waarschuwingen)> CheckAsync(
        IReadOnlyList<(int Index, Tijdregistratie Registratie)> batch, Func<int, string, string> veld, CancellationToken ct)
    {
        var fouten = new List<ValidationError>();
        var waarschuwingen = new List<string>();
        if (batch.Count == 0)
            return (fouten, waarschuwingen);
        var gebruikers = batch.Select(b => (Guid?)b.Registratie.MedewerkerId).Distinct().ToList();
        var aanbieder = batch[0].Registratie.AanbiederId;
        var medewerkers = await db.Set<Medewerker>().Where(m => m.AanbiederId == aanbieder && gebruikers.Contains(m.GebruikerId)).ToListAsync(ct);
        if (medewerkers.Count == 0)
            return (fouten, waarschuwingen);
        var perGebruiker = medewerkers.ToDictionary(m => m.GebruikerId!.Value);
        var vogs = await VogsAsync(medewerkers.Select(m => m.Id), ct);
        var contractIds = batch.Select(b => b.Registratie.ContractId).Distinct().ToList();
        var profielen = (await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id, Profiel);
        foreach (var (index, r) in batch)
        {
            if (!perGebruiker.TryGetValue(r.MedewerkerId, out var medewerker) || profielen.GetValueOrDefault(r.ContractId) is not { } profiel)
                continue;
            foreach (var probleem in VogCheck.Evaluate(medewerker, vogs[medewerker.Id], profiel.Vog, r.Datum))
            {
                if (probleem.RefusesDeployment)
                    fouten.Add(new(veld(index, nameof(Tijdregistratie.MedewerkerId)), $"{probleem.Message} Deze tijd wordt niet geregistreerd ({probleem.Bron})."));
                else
                    waarschuwingen.Add($"Tijd op {r.Datum:dd-MM-yyyy}: {probleem}");
            }
            // Qualification per product (DEV-B4-Q-*, IB-5/IB-6, BSD-2.7): the care was delivered, so it warns.
            if (KwalificatieCheck.Evaluate(medewerker, r.Productcode, profiel.Kwalificaties) is { } kwalificatie)
                waarschuwingen.Add($"Tijd op {r.Datum:dd-MM-yyyy}: {kwalificatie}");
        }
        return (fouten, waarschuwingen.Distinct().ToList());
    }
}
