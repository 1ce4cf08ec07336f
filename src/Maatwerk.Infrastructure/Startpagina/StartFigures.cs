using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Autorisatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Startpagina;

/// <summary>The figures on the start page, counted through the user's data scope.</summary>
public sealed record StartFigures(int Clienten, int Contracten, int Toewijzingen, IReadOnlyDictionary<ToewijzingStatus, int> ToewijzingenPerStatus)
{
    public static async Task<StartFigures> CalculateAsync(DataScope scope, CancellationToken ct = default)
    {
        var perStatus = await scope.Toewijzingen().GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Aantal = g.Count() }).ToListAsync(ct);
        var dict = Enum.GetValues<ToewijzingStatus>().ToDictionary(s => s, s => perStatus.FirstOrDefault(p => p.Status == s)?.Aantal ?? 0);
        return new StartFigures(
            await scope.Clienten().CountAsync(ct),
            await scope.Contracten().CountAsync(ct),
            dict.Values.Sum(),
            dict);
    }
}
