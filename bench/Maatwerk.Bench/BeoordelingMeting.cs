using System.Diagnostics;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Bench;

/// <summary>The gemeente's check of one received WMO323 (issue 12): a generated 323 of N lines (10 per client, each on its
/// own toewijzing, March 2025, hours at € 12,50) checked against an index of T toewijzingen (the first N referred to,
/// Deventer's contract rules: DEV-Art8.13, DEV-Art8.8b, no-show) and one earlier month of N approved lines (February),
/// exactly as <c>DeclaratieOntvangst.RegisterAsync</c> runs it: <see cref="Wmo323Reader"/> streams the message (all four
/// validation layers), every line goes through <see cref="Ontvangstcontrole.Check"/> (every TR of
/// <see cref="PrestatieChecks"/>) and its checks are serialised as they are stored (<see cref="PrestatieCheck.Write"/>).
/// Timed apart: building the index (in the app: two queries) and the streaming check. Not in it: the database.</summary>
internal static class BeoordelingMeting
{
    private static readonly DateOnly Maart = new(2025, 3, 1);

    public static int Run(string pad, int regels, int toewijzingen, int herhalingen)
    {
        if (!File.Exists(pad))
            Generator.Write323(pad, regels);
        var profiel = ContractProfileStore.LoadDefault().Catalogus.Find("deventer-wmo-2023", null)!;
        var contract = Contractcontroles.From(profiel);
        var tarief = new ContractTarief(12.50m, "uur", new DateOnly(2025, 1, 1), "bench");
        var context = new Berichtcontext(Maart, Maart.AddMonths(-1), new DateOnly(2025, 4, 5), new HashSet<int> { 2024 });

        var sw = Stopwatch.StartNew();
        var stand = new Dictionary<string, ToewijzingStand>(toewijzingen, StringComparer.Ordinal);
        for (var i = 0; i < toewijzingen; i++)
        {
            var nummer = (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            stand[nummer] = new ToewijzingStand(Guid.NewGuid(), nummer, Generator.Bsn(i / 10), "02", "02A01", new DateOnly(2025, 1, 1), null, 20, "04", "4",
                Contract: contract);
        }
        Console.WriteLine($"toewijzingen:       {toewijzingen:N0} in {sw.Elapsed.TotalSeconds:F2} s (not timed in the check)");

        for (var run = 0; run <= herhalingen; run++)
        {
            GC.Collect();
            var voor = GC.GetTotalAllocatedBytes(precise: true);
            sw.Restart();
            var eerder = new EerdereRegels();
            for (var i = 0; i < regels; i++)
                eerder.Add(new EerderePrestatie($"FEB{i:D8}", null, (100000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "02", "02A01",
                    Maart.AddMonths(-1), Maart.AddDays(-1), 4 + i % 8, "04", (4 + i % 8) * 1250L, false, Beoordeling.Goedgekeurd));
            var index = sw.Elapsed.TotalSeconds;
            var controle = new Ontvangstcontrole(stand, (_, _) => tarief, eerder, (_, _) => true);
            long gecontroleerd = 0, afgewezen = 0, tekens = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            sw.Restart();
            var uitslag = Wmo323Reader.Read(File.OpenRead(pad), (_, bsn, p, _) =>
            {
                var checks = controle.Check(bsn, p, context);
                gecontroleerd++;
                if (checks.Any(c => c.Outcome == CheckOutcome.Rejected)) afgewezen++;
                tekens += PrestatieCheck.Write(checks).Length;
            }, new ValidationOptions { Vandaag = new DateOnly(2025, 4, 5) });
            var check = sw.Elapsed.TotalSeconds;
            var cpuCheck = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - voor;
            using var proc = Process.GetCurrentProcess();
            proc.Refresh();
            Console.WriteLine($"{(run == 0 ? "warm-up (cold JIT)" : $"run {run}"),-19} index of {regels:N0} earlier lines {index:F2} s; check {gecontroleerd:N0} lines " +
                $"{check:F2} s = {gecontroleerd / check * 60:N0} lines/min (CPU {cpuCheck:F2} s = {gecontroleerd / cpuCheck * 60:N0} lines per CPU-minute); rejected {afgewezen:N0}; findings {uitslag.Fouten.Count}; " +
                $"allocated {allocated / 1e6:N0} MB; peak working set {proc.PeakWorkingSet64 / 1e6:N0} MB; stored text {tekens / 1e6:N0} MB");
        }
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }
}
