using System.Diagnostics;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Tests.Shared;

/// <summary>What a freshly started demo app has done once it is settled: besides migrating and seeding, its background
/// service (DailyRecalculation) runs the day's "nacht" recalculation at start-up. A template database is copied only
/// after that run finished, so that every copy is the database of a settled app and no copy inherits a half-done
/// run's lease.</summary>
public static class DemoStart
{
    public static void WaitUntilSettled(DatabaseOptions options)
    {
        var wachten = Stopwatch.StartNew(); // a real timeout on the test machine, not the app's pinned clock
        while (wachten.Elapsed < TimeSpan.FromSeconds(120))
        {
            using (var db = DatabaseSetup.CreateContext(options))
                if (db.Set<RecalculationRun>().AsNoTracking().Any(r => r.Soort == RecalculationRunner.Nacht && r.Voltooid != null))
                    return;
            Thread.Sleep(100);
        }
        throw new TimeoutException("De herberekening bij de start van de demo-app werd niet binnen 120 seconden voltooid.");
    }
}
