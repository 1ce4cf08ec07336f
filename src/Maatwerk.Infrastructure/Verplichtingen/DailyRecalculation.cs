using Maatwerk.Infrastructure.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Re-evaluates obligations once a day (the "nacht" run of <see cref="RecalculationRunner"/>), so that deadlines
/// that passed become "te laat" or "verlopen" and events whose date has come start their obligations: at start-up when
/// today's run has not finished yet (the app was down at night, or a run crashed), and every night at 01:00
/// Europe/Amsterdam. With several instances the run's lease lets only one of them do the work.</summary>
public sealed class DailyRecalculation(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailyRecalculation> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunAsync(stoppingToken);
            var volgende = Amsterdam.StartOf(Amsterdam.Today(clock).AddDays(1)).AddHours(1);
            await Task.Delay(volgende - clock.GetUtcNow(), clock, stoppingToken);
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, Amsterdam.Today(clock), ct);
            logger.LogInformation("Herberekening verplichtingen: {Melding}", uitkomst.Melding);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Herberekenen van verplichtingen mislukt");
        }
    }
}
