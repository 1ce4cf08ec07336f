using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The contracts between a gemeente (or its regio) and an aanbieder with their profile's rules for received
/// declarations and payment decisions (<see cref="Contractcontroles"/>): which clause, if any, allows a suspension, a
/// set-off or a correction after the last window.</summary>
public static class Aanbiedercontracten
{
    public sealed record Stand(string Namen, IReadOnlyList<(string Naam, Contractcontroles Controles)> Contracten)
    {
        /// <summary>The first contract whose rules pass <paramref name="heeft"/>, else the names of all (for the message
        /// that says which contract lacks the clause).</summary>
        public (string Naam, Contractcontroles Controles) With(Func<Contractcontroles, bool> heeft) =>
            Contracten.FirstOrDefault(c => heeft(c.Controles)) is { Naam: not null } c ? c : (Namen, Contractcontroles.Geen);
    }

    public static async Task<Stand> LoadAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, Guid gemeenteId, Guid aanbiederId, CancellationToken ct)
    {
        var gemeente = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == gemeenteId, ct);
        var opdrachtgevers = new[] { gemeente.Id, gemeente.RegioId ?? gemeente.Id };
        var contracten = (await db.Contracten.AsNoTracking().Where(c => c.AanbiederId == aanbiederId && opdrachtgevers.Contains(c.OpdrachtgeverId)).ToListAsync(ct))
            .Select(c => (c.Naam, catalogus.Find(c.ProfielId, c.ProfielVersie) is { } p ? Contractcontroles.From(p) : Contractcontroles.Geen)).ToList();
        return new(contracten.Count == 0 ? $"(geen contract met {gemeente.Naam})" : string.Join(", ", contracten.Select(c => c.Naam)), contracten);
    }
}
