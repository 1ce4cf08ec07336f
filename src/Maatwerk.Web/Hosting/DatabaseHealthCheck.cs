using Maatwerk.Infrastructure.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Maatwerk.Web.Hosting;

public sealed class DatabaseHealthCheck(MaatwerkDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthCheckResult.Healthy("Database bereikbaar")
            : HealthCheckResult.Unhealthy("Database niet bereikbaar");
}
