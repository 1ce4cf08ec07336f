using System.Globalization;
using Maatwerk.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Maatwerk.Infrastructure.Audit;

/// <summary>The old values of a changed or deleted <see cref="IAuditOldValues"/> entity, as one line for the audit trail:
/// for a change only what changed ("Minuten: 60 → 75"), for a deletion every value it had. The id, the concurrency token
/// and who registered or changed it (already in the trail itself) are left out.</summary>
public static class OldValues
{
    public const int MaxLength = 4000;

    private static readonly HashSet<string> Weggelaten = ["Id", "Versie", "GeregistreerdDoor", "GeregistreerdOp", "GewijzigdDoor", "GewijzigdOp"];

    public static string? Describe(EntityEntry entry)
    {
        if (entry.Entity is not IAuditOldValues || entry.State is not (EntityState.Modified or EntityState.Deleted))
            return null;
        var delen = entry.Properties.Where(p => !Weggelaten.Contains(p.Metadata.Name))
            .Where(p => entry.State == EntityState.Deleted || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
            .Select(p => entry.State == EntityState.Deleted
                ? $"{p.Metadata.Name}: {Format(p.OriginalValue)}"
                : $"{p.Metadata.Name}: {Format(p.OriginalValue)} → {Format(p.CurrentValue)}")
            .ToList();
        if (delen.Count == 0)
            return null;
        var tekst = (entry.State == EntityState.Deleted ? "Was: " : "") + string.Join("; ", delen);
        return tekst.Length <= MaxLength ? tekst : tekst[..(MaxLength - 1)] + "…";
    }

    private static string Format(object? waarde) => waarde switch
    {
        null => "(leeg)",
        DateOnly d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset m => m.ToString("dd-MM-yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
        string { Length: 0 } => "(leeg)",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => waarde.ToString() ?? "",
    };
}
