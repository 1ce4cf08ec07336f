using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>Writes the lines of a received 323 in batches as the reader checks them (<see cref="BulkInsert"/>, in the
/// context's current transaction, untracked), and remembers only each line's id by its path in the message (for the
/// findings the validator reports after the line has passed). Memory holds one batch, not the message.</summary>
internal sealed class Regelschrijver(MaatwerkDbContext db, int batchgrootte, CancellationToken ct)
{
    private readonly List<OntvangenPrestatie> _batch = new(Math.Max(1, batchgrootte));
    private readonly Dictionary<string, Guid> _idPerPad = new(StringComparer.Ordinal);

    public Guid? IdVan(string pad) => _idPerPad.TryGetValue(pad, out var id) ? id : null;

    /// <summary>Called from the reader's synchronous callback: a full batch is written there and then. On SQLite the
    /// write completes synchronously anyway; on PostgreSQL this thread waits for one batch's COPY, which keeps memory
    /// bounded (the reader cannot run ahead of the database).</summary>
    public void Add(OntvangenPrestatie regel)
    {
        _batch.Add(regel);
        _idPerPad[regel.Pad] = regel.Id;
        if (_batch.Count >= batchgrootte)
            FlushAsync().GetAwaiter().GetResult();
    }

    public async Task FlushAsync()
    {
        if (_batch.Count == 0)
            return;
        await BulkInsert.AddAsync(db, _batch, ct);
        _batch.Clear();
    }
}
