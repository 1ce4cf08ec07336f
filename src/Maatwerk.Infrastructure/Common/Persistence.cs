using Maatwerk.Domain.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Common;

public static class Persistence
{
    /// <summary>Saves one create or update: refuses invalid input, turns a lost race into a clear conflict and a
    /// duplicate key into a field message, so callers never see a half-saved record or a database exception.</summary>
    public static async Task<SaveResult> SaveAsync(this MaatwerkDbContext db, Entity entity, IReadOnlyList<ValidationError> errors,
        Guid? expectedVersie, (string Field, string Message)? onDuplicate = null, CancellationToken ct = default)
    {
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(errors);
        }
        var entry = db.Entry(entity);
        if (expectedVersie is { } versie && entry.State != EntityState.Added)
            entry.Property(nameof(Entity.Versie)).OriginalValue = versie;
        try
        {
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(entity.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Conflict();
        }
        catch (DbUpdateException) when (onDuplicate is { } dup)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(dup.Field, dup.Message);
        }
    }
}
