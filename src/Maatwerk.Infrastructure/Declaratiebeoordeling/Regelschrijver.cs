using System.Threading.Channels;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>Writes the lines of a received 323 in batches as the reader checks them (<see cref="BulkInsert"/>, in the
/// context's current transaction, untracked); it keeps nothing of a line once its batch is written.
/// <para>A full batch goes to a writer task through a channel of one place, so the database writes one batch while the
/// reader checks the next (bench/README.md, "a database step"). Memory holds at most three batches (one being written,
/// one waiting, one being filled), not the message; the reader waits when the database falls behind. The context is not
/// thread-safe: anything else the reader asks of it while the writer runs goes through <see cref="Exclusief{T}"/>.</para>
/// <para>Only on PostgreSQL, where the server does the writing: on SQLite the INSERTs are work of this process, and on two
/// cores a second thread made the receipt slower (21 → 26–33 s, bench/README.md), so there the reader writes each batch itself.</para></summary>
internal sealed class Regelschrijver : IAsyncDisposable
{
    private readonly MaatwerkDbContext _db;
    private readonly int _batchgrootte;
    private readonly CancellationToken _ct;
    private readonly Channel<List<OntvangenPrestatie>> _kanaal = Channel.CreateBounded<List<OntvangenPrestatie>>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly SemaphoreSlim _verbinding = new(1, 1);
    private readonly Task _schrijver;
    private readonly bool _parallel;
    private List<OntvangenPrestatie> _batch;

    public Regelschrijver(MaatwerkDbContext db, int batchgrootte, CancellationToken ct)
    {
        (_db, _batchgrootte, _ct) = (db, Math.Max(1, batchgrootte), ct);
        _batch = new List<OntvangenPrestatie>(_batchgrootte);
        _parallel = db.Database.IsNpgsql();
        _schrijver = _parallel ? Task.Run(WriteAllAsync, CancellationToken.None) : Task.CompletedTask;
    }

    /// <summary>Called from the reader's synchronous callback; hands a full batch to the writer (waits while the writer
    /// still has one waiting). A failure of the writer surfaces here, so the reader stops at once.</summary>
    public void Add(OntvangenPrestatie regel)
    {
        _batch.Add(regel);
        if (_batch.Count >= _batchgrootte)
            HandOver();
    }

    /// <summary>Runs <paramref name="vraag"/> on the context while no batch is being written.</summary>
    public T Exclusief<T>(Func<T> vraag)
    {
        _verbinding.Wait(_ct);
        try { return vraag(); }
        finally { _verbinding.Release(); }
    }

    /// <summary>Writes the last batch and waits until every line is in the database (or throws the writer's failure).</summary>
    public async Task FlushAsync()
    {
        if (!_parallel)
        {
            if (_batch.Count > 0)
                await BulkInsert.AddAsync(_db, _batch, _ct);
            _batch.Clear();
            return;
        }
        if (_batch.Count > 0)
            HandOver();
        _kanaal.Writer.TryComplete();
        await _schrijver;
    }

    /// <summary>Stops the writer after what it was given (also when the reader failed), so nothing uses the context after
    /// the receipt returns or its transaction is rolled back.</summary>
    public async ValueTask DisposeAsync()
    {
        _kanaal.Writer.TryComplete();
        try { await _schrijver; }
        catch (Exception) when (_schrijver.IsFaulted || _schrijver.IsCanceled) { } // already thrown to the reader, or the reader's own failure wins
        _verbinding.Dispose();
    }

    private void HandOver()
    {
        if (!_parallel)
        {
            BulkInsert.AddAsync(_db, _batch, _ct).GetAwaiter().GetResult(); // SQLite completes synchronously
            _batch.Clear();
            return;
        }
        var batch = _batch;
        _batch = new List<OntvangenPrestatie>(_batchgrootte);
        try
        {
            _kanaal.Writer.WriteAsync(batch, _ct).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            _schrijver.GetAwaiter().GetResult(); // the writer's own exception
            throw;
        }
    }

    private async Task WriteAllAsync()
    {
        try
        {
            await foreach (var batch in _kanaal.Reader.ReadAllAsync(_ct))
            {
                await _verbinding.WaitAsync(_ct);
                try { await BulkInsert.AddAsync(_db, batch, _ct); }
                finally { _verbinding.Release(); }
            }
        }
        catch (Exception e)
        {
            _kanaal.Writer.TryComplete(e);
            throw;
        }
    }
}
