using Maatwerk.Infrastructure.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Re-evaluates obligations once a day (the "nacht" run of <see cref="RecalculationRunner"/>), so that deadlines
/// that passed become "te laat" or "verlopen" and events whose date has come start their obligations: at start-up when
/// today's run has not finished yet (the app was down at night, or a run crashed), and at the first quarter of an hour of
/// each new day (Europe/Amsterdam). Every quarter of an hour in between, hour-based deadlines that passed are judged
/// (<see cref="RecalculationRunner.HourDeadlinesAsync"/>). With several instances the run's lease lets only one of them
/// do the nightly work.</summary>
public sealed class DailyRecalculation(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyRecalculation> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync(stoppingToken);
            var middernacht = Amsterdam.StartOf(Amsterdam.Today(clock).AddDays(1));
            var wachten = middernacht - clock.GetUtcNow() is var tot && tot > TimeSpan.Zero && tot < Interval ? tot : Interval;
            await Task.Delay(wachten, clock, stoppingToken);
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var runner = scope.ServiceProvider.GetRequiredService<RecalculationRunner>();
            var uitkomst = await runner.ExecuteAsync(RecalculationRunner.Nacht, Amsterdam.Today(clock), ct);
            if (uitkomst.Uitgevoerd)
                logger.LogInformation("Herberekening verplichtingen: {Melding}", uitkomst.Melding);
            if (await runner.HourDeadlinesAsync(ct) is > 0 and var gewijzigd)
                logger.LogInformation("Uurtermijnen verstreken: {Aantal} verplichtingen bijgewerkt.", gewijzigd);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Herberekenen van verplichtingen mislukt");
        }
    }
}
