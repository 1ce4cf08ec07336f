using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Maatwerk.Bench;
using Maatwerk.IWmo.Validatie;

// dotnet run -c Release --project bench/Maatwerk.Bench -- generate <file> [prestaties]
// dotnet run -c Release --project bench/Maatwerk.Bench -- measure <file>        (one-shot figures + peak memory)
// dotnet run -c Release --project bench/Maatwerk.Bench -- once <file> raw|scan|structuur|alles   (one cold run, for the breakdown)
// dotnet run -c Release --project bench/Maatwerk.Bench -- engine <Sqlite|Postgres> <connection> [yyyy-MM-dd] [herhalingen]   (pure engine on a generated database)
// dotnet run -c Release --project bench/Maatwerk.Bench -- declaratie-db <Sqlite|Postgres> <connection> [registraties]   (the real pre-flight on a generated database)
// dotnet run -c Release --project bench/Maatwerk.Bench -- declaratie [clienten] [registraties] [herhalingen]   (one month's WMO323 built in memory)
// dotnet run -c Release --project bench/Maatwerk.Bench -- beoordeling <file> [regels] [toewijzingen] [herhalingen]   (the gemeente's check of one 323)
// dotnet run -c Release --project bench/Maatwerk.Bench -- beoordeling-db <Sqlite|Postgres> <connection> <file> [regels] [toewijzingen] [herhalingen]   (one real receipt of that 323 on a database)
// dotnet run -c Release --project bench/Maatwerk.Bench -- bdn                    (BenchmarkDotNet suite)
switch (args.FirstOrDefault())
{
    case "generate":
        Generator.Write323(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        Console.WriteLine($"{args[1]}: {new FileInfo(args[1]).Length / 1e6:F1} MB");
        return 0;
    case "measure":
        return Measurement.Execute(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    case "once":
        return Measurement.Once(args[1], args.Length > 2 ? args[2] : "alles");
    case "engine":
        return await EngineMeting.RunAsync(args[1], args[2], args.Length > 3 ? args[3] : "2026-11-10", args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 3);
    case "declaratie-db":
        return await DeclaratieDbMeting.RunAsync(args[1], args[2], Getal(3, 400_000));
    case "declaratie":
        return DeclaratieMeting.Run(Getal(1, 10_000), Getal(2, 400_000), Getal(3, 3));
    case "beoordeling":
        return BeoordelingMeting.Run(args[1], Getal(2, 100_000), Getal(3, 250_000), Getal(4, 3));
    case "beoordeling-db":
        return await BeoordelingDbMeting.RunAsync(args[1], args[2], args[3], Getal(4, 100_000), Getal(5, 250_000), Getal(6, 1));
    case "bdn":
        BenchmarkRunner.Run<ValidationBenchmark>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("Gebruik: Maatwerk.Bench generate <bestand> [aantal] | measure <bestand> [herhalingen] | bdn");
        return 2;
}

int Getal(int i, int standaard) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : standaard;

internal static class Measurement
{
    /// <summary>One run in a fresh process: only the .NET XmlReader ("raw"), only our layer-1 scanner ("scan"),
    /// layers 1–2, or all layers.</summary>
    public static int Once(string pad, string wat)
    {
        var sw = Stopwatch.StartNew();
        switch (wat)
        {
            case "raw":
                using (var r = System.Xml.XmlReader.Create(pad))
                    while (r.Read())
                        if (r.NodeType == System.Xml.XmlNodeType.Text) _ = r.Value;
                break;
            case "scan":
                using (var f = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
                    new Utf8XmlScanner(f, long.MaxValue, new Negeer()).Run();
                break;
            case "structuur":
                BerichtValidator.Validate(pad, new ValidationOptions { Inhoud = false });
                break;
            default:
                BerichtValidator.Validate(pad, new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) });
                break;
        }
        Console.WriteLine($"{wat,-10} {sw.Elapsed.TotalSeconds:F3} s, {GC.GetTotalAllocatedBytes(precise: true) / 1e6:F1} MB allocated, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        return 0;
    }

    public static int Execute(string pad, int herhalingen)
    {
        var bytes = new FileInfo(pad).Length;
        var opties = new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) };
        ValidationResult? r = null;
        var tijden = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < herhalingen + 1; i++)
        {
            var cpuVoor = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            r = BerichtValidator.Validate(pad, opties);
            sw.Stop();
            if (i == 0) continue;
            tijden.Add(sw.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuVoor).TotalSeconds);
        }
        var mediaan = tijden.Order().ElementAt(tijden.Count / 2);
        using var proc = Process.GetCurrentProcess();
        proc.Refresh();
        Console.WriteLine($"bestand:            {pad} ({bytes / 1e6:F1} MB)");
        Console.WriteLine($"bericht:            {r!.Soort?.Naam}, {r.AantalEenheden} eenheden (clients + prestaties), geldig: {r.IsGeldig} ({r.Fouten.Count} fouten)");
        Console.WriteLine($"mediaan ({herhalingen}x):     {mediaan:F3} s");
        // CPU of the whole process (GC and JIT threads included): steadier than wall time on a loaded machine.
        Console.WriteLine($"CPU, mediaan:       {cpu.Order().ElementAt(cpu.Count / 2):F3} s");
        var prestaties = r.AantalEenheden - r.AantalEenheden / 11;
        Console.WriteLine($"doorvoer:           {prestaties / mediaan:N0} prestaties/s, {bytes / 1e6 / mediaan:F1} MB/s");
        Console.WriteLine($"piekgeheugen (RSS): {proc.PeakWorkingSet64 / 1e6:F0} MB; GC-heap na afloop: {GC.GetTotalMemory(false) / 1e6:F0} MB");
        return r.IsGeldig ? 0 : 1;
    }
}

[MemoryDiagnoser]
public class ValidationBenchmark
{
    private string _pad = "";

    [GlobalSetup]
    public void Setup()
    {
        _pad = Path.Combine(Path.GetTempPath(), "maatwerk-bench-323.xml");
        if (!File.Exists(_pad)) Generator.Write323(_pad, 100_000);
    }

    [Benchmark]
    public bool Validate323With100000Prestaties() => BerichtValidator.Validate(_pad, new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) }).IsGeldig;
}

/// <summary>A handler that only lets the scanner check well-formedness.</summary>
internal sealed class Negeer : IXmlTokenHandler
{
    public bool StartElement(string ns, ReadOnlySpan<byte> localName, bool isEmpty) => true;
    public void Attribute(string ns, ReadOnlySpan<byte> localName, ReadOnlySpan<byte> qualifiedName) { }
    public void EndElement() { }
    public void Text(ReadOnlySpan<byte> raw, TextKind kind) { }
}
