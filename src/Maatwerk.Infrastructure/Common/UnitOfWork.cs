using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Maatwerk.Infrastructure.Common;

/// <summary>One use case, one transaction: the step, its events, the obligations of the subjects it touched, its iWmo
/// message and the audit rows commit together or not at all. The work adds and changes entities (it may save on the way);
/// the unit then re-evaluates only the subjects whose events changed — never the whole contract — and commits. A refused
/// step (any result but Ok) or a failure rolls everything back and leaves nothing tracked.</summary>
public sealed class UnitOfWork(MaatwerkDbContext db, Recalculation herberekening, TimeProvider clock)
{
    private HashSet<Partition>? _geraakt;

    public async Task<SaveResult> ExecuteAsync(Func<Task<SaveResult>> werk, CancellationToken ct = default)
    {
        if (_geraakt is not null)
            return await werk(); // part of a larger unit: that one re-evaluates and commits
        _geraakt = [];
        db.SavingChanges += Collect;
        try
        {
            await using var transactie = await db.Database.BeginTransactionAsync(ct);
            var resultaat = await werk();
            if (resultaat.Status != SaveStatus.Ok)
            {
                await transactie.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return resultaat;
            }
            await db.SaveChangesAsync(ct);
            db.SavingChanges -= Collect;
            await herberekening.PartitionsAsync(_geraakt, Amsterdam.Today(clock), ct);
            await transactie.CommitAsync(ct);
            return resultaat;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Conflict();
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.SavingChanges -= Collect;
            _geraakt = null;
        }
    }

    private void Collect(object? sender, SavingChangesEventArgs e)
    {
        foreach (var entry in db.ChangeTracker.Entries<ContractGebeurtenis>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
                _geraakt!.Add(Partition.From(entry.Entity));
        }
    }
}
