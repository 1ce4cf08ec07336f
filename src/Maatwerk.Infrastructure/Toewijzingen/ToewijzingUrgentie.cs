using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>How urgent a toewijzing is, for the list's default order (issue 9: te laat first, then the nearest open
/// deadline): two columns on the toewijzing, read-only for the domain, kept by the re-evaluation of obligations in the
/// same transaction, so ordering 70,000 toewijzingen never looks at their obligations.</summary>
public static class ToewijzingUrgentie
{
    public const string EersteDeadline = nameof(EersteDeadline);
    public const string TeLaat = nameof(TeLaat);

    private static readonly DateOnly Nooit = new(9999, 12, 31);

    /// <summary>Te laat first, then the nearest open deadline, then the newest.</summary>
    public static IOrderedQueryable<Toewijzing> Order(IQueryable<Toewijzing> q) => q
        .OrderByDescending(t => EF.Property<int>(t, TeLaat) > 0)
        .ThenBy(t => EF.Property<DateOnly?>(t, EersteDeadline) ?? Nooit)
        .ThenByDescending(t => t.Ingangsdatum).ThenBy(t => t.Id);

    /// <summary>Recomputes the two columns of these toewijzingen from their obligations; writes only rows that change.</summary>
    public static Task<int> UpdateAsync(MaatwerkDbContext db, IReadOnlyCollection<Guid> toewijzingIds, CancellationToken ct = default)
    {
        if (toewijzingIds.Count == 0)
            return Task.FromResult(0);
        var ids = toewijzingIds.ToList();
        return db.Toewijzingen
            .Where(t => ids.Contains(t.Id) && (
                EF.Property<DateOnly?>(t, EersteDeadline) != db.Verplichtingen
                    .Where(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.Open).Min(v => (DateOnly?)v.Deadline)
                || EF.Property<int>(t, TeLaat) != db.Verplichtingen.Count(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.TeLaat)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => EF.Property<DateOnly?>(t, EersteDeadline),
                    t => db.Verplichtingen.Where(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.Open).Min(v => (DateOnly?)v.Deadline))
                .SetProperty(t => EF.Property<int>(t, TeLaat),
                    t => db.Verplichtingen.Count(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.TeLaat)), ct);
    }
}
