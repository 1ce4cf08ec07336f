using Maatwerk.Infrastructure.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>Re-evaluates every contract's obligations each night at 01:00 Europe/Amsterdam, so that deadlines that
/// passed become "te laat" and events whose date has come start their obligations. (At start-up the app evaluates once
/// synchronously, see DatabaseStartup.)</summary>
public sealed class DagelijkseHerberekening(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DagelijkseHerberekening> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var nu = clock.GetUtcNow();
            var volgende = Amsterdam.BeginVan(Amsterdam.Vandaag(clock).AddDays(1)).AddHours(1);
            await Task.Delay(volgende - nu, clock, stoppingToken);
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<Herberekening>().AllesAsync(Amsterdam.Vandaag(clock), stoppingToken);
                logger.LogInformation("Verplichtingen herberekend");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Herberekenen van verplichtingen mislukt");
            }
        }
    }
}
