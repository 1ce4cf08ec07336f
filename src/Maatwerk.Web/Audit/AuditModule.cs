using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Audit;

/// <summary>The append-only audit trail, for the functioneel beheerder.</summary>
public sealed class AuditModule : IFeatureModule
{
    public const string Policy = "audit";

    public IEnumerable<Navigatie.Item> Navigatie => [new("Auditlog", "/Audit", Policy, [Rol.Beheerder], 90)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<AuditService>();

    public void MapEndpoints(IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (AuditService s, CancellationToken ct) => Results.Ok(await s.ListAsync(500, ct)))
            .RequireAuthorization(Policy);
}
