using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The aanbieder's side of a received 323 that is still in review at the gemeente: which of its declarations have
/// lines waiting for a motivation (DEV-Art8.8b), and adding that motivation afterwards (<see cref="MotiveringAchteraf"/>).
/// Only the sending aanbieder sees or changes its declarations; any other id is not found.</summary>
public sealed class MotiveringService(MaatwerkDbContext db, DataScope scope, UnitOfWork unitOfWork, DeclaratieOntvangst ontvangst)
{
    public sealed record MotiveringInput
    {
        public string? Motivering { get; init; }
    }

    /// <summary>A declaration in review with the number of its lines that wait for a motivation.</summary>
    public sealed record Rij(OntvangenDeclaratie Declaratie, string Gemeente, int WachtOpMotivering);

    private IQueryable<OntvangenDeclaratie> Eigen() => scope.IsAanbieder
        ? db.Set<OntvangenDeclaratie>().Where(d => d.AanbiederId == scope.Organisatie.Id)
        : db.Set<OntvangenDeclaratie>().Where(_ => false);

    private IQueryable<OntvangenPrestatie> Wachtend() => db.Set<OntvangenPrestatie>()
        .Where(p => p.Beoordeling == Beoordeling.Open && p.Checks.Contains(ContractChecks.ZonderMotivering));

    public async Task<List<Rij>> InBeoordelingAsync(CancellationToken ct = default)
    {
        var declaraties = await Eigen().AsNoTracking().Where(d => d.Status == DeclaratieStatus.InBeoordeling).OrderByDescending(d => d.Ontvangen).Take(100).ToListAsync(ct);
        var ids = declaraties.Select(d => d.Id).ToList();
        var wachtend = await Wachtend().Where(p => ids.Contains(p.DeclaratieId)).GroupBy(p => p.DeclaratieId)
            .Select(g => new { g.Key, Aantal = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Aantal, ct);
        var gemeenteIds = declaraties.Select(d => d.GemeenteId).Distinct().ToList();
        var namen = await db.Organisaties.AsNoTracking().Where(o => gemeenteIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, ct);
        return declaraties.Select(d => new Rij(d, namen.GetValueOrDefault(d.GemeenteId, ""), wachtend.GetValueOrDefault(d.Id))).ToList();
    }

    /// <summary>Stores the motivation and re-runs DEV-Art8.8b for the open lines that waited for it, in one transaction.</summary>
    public Task<SaveResult> MotiveerAsync(Guid id, MotiveringInput input, CancellationToken ct = default) => unitOfWork.ExecuteAsync(async () =>
    {
        if (await Eigen().FirstOrDefaultAsync(d => d.Id == id, ct) is not { } d)
            return SaveResult.NotFound();
        var fouten = MotiveringAchteraf.Validate(d, input.Motivering);
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var controles = await ontvangst.ControlsAsync(d, ct);
        var regels = await Wachtend().Where(p => p.DeclaratieId == id).ToListAsync(ct);
        MotiveringAchteraf.Apply(d, regels, controles, DateOnly.FromDateTime(Amsterdam.Local(d.Ontvangen)), input.Motivering!);
        return SaveResult.Ok(d.Id);
    }, ct);
}
