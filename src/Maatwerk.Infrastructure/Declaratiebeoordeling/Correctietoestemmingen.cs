using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The years for which a gemeente allowed an aanbieder's corrections after the last correction window (DEV-Art8.8b
/// "tenzij", <see cref="BesluitSoort.Correctietoestemming"/>): read at receipt (gemeente) and when the aanbieder corrects.</summary>
public static class Correctietoestemmingen
{
    public static async Task<IReadOnlySet<int>> YearsAsync(MaatwerkDbContext db, Guid gemeenteId, Guid? aanbiederId, CancellationToken ct) =>
        aanbiederId is not { } a ? new HashSet<int>()
        : (await db.Set<Declaratiebesluit>().Where(b => b.GemeenteId == gemeenteId && b.AanbiederId == a && b.Soort == BesluitSoort.Correctietoestemming && b.Jaar != null)
            .Select(b => b.Jaar!.Value).ToListAsync(ct)).ToHashSet();
}
