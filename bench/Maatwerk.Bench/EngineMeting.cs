using System.Diagnostics;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Bench;

/// <summary>The pure obligations engine on every event of a generated database (`maatwerk demo genereer`): the events
/// are read into memory first (not timed), then every subject is evaluated in-process as the re-evaluation does,
/// without the database. Prints events, subjects, obligations, the time of the evaluation and the managed memory.</summary>
internal static class EngineMeting
{
    public static async Task<int> RunAsync(string provider, string connection, string vandaag, int herhalingen)
    {
        var options = new DatabaseOptions { Provider = provider, ConnectionString = connection };
        var peildatum = DateOnly.Parse(vandaag, System.Globalization.CultureInfo.InvariantCulture);
        var catalogus = ContractProfileStore.LoadDefault().Catalogus;
        var laden = Stopwatch.StartNew();
        await using var db = DatabaseSetup.CreateContext(options);
        var contracten = await db.Contracten.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var partities = new Dictionary<Partition, List<Gebeurtenis>>();
        await foreach (var g in db.Gebeurtenissen.AsNoTracking().AsAsyncEnumerable())
        {
            var partitie = Partition.From(g);
            if (!partities.TryGetValue(partitie, out var lijst))
                partities[partitie] = lijst = [];
            lijst.Add(g.ToEngine(Amsterdam.Local(g.Moment), g.GeregistreerdOp is { } op ? Amsterdam.Local(op) : null));
        }
        var aantal = partities.Values.Sum(l => l.Count);
        Console.WriteLine($"{aantal:N0} gebeurtenissen in {partities.Count:N0} onderwerpen geladen in {laden.Elapsed.TotalSeconds:F1} s");
        var engines = new VerplichtingenEngines();
        var werk = partities.Select(p => (Engine: engines.For(catalogus.Find(contracten[p.Key.ContractId].ProfielId, contracten[p.Key.ContractId].ProfielVersie)!), p.Value)).ToList();
        for (var i = 0; i < herhalingen + 1; i++)
            Measure(i == 0 ? "opwarmen" : $"run {i}", aantal, () => werk.Sum(w => w.Engine.Evaluate(w.Value, peildatum).Count));
        // Subjects are independent and the engine is thread-safe: the re-evaluation may spread them over the cores.
        for (var i = 1; i <= herhalingen; i++)
            Measure($"parallel {i}", aantal, () => werk.AsParallel().Sum(w => w.Engine.Evaluate(w.Value, peildatum).Count));
        return 0;
    }

    private static void Measure(string naam, int aantal, Func<int> evalueer)
    {
        var voor = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var verplichtingen = evalueer();
        sw.Stop();
        var cpuTijd = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"{naam,-10} {sw.Elapsed.TotalSeconds:F2} s (CPU {cpuTijd:F2} s)  {verplichtingen:N0} verplichtingen  " +
            $"{aantal / sw.Elapsed.TotalSeconds:N0} gebeurtenissen/s  {(GC.GetTotalAllocatedBytes() - voor) / 1e6:N0} MB gealloceerd  " +
            $"piek {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
