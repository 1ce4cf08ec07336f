using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Audit;

/// <summary>The append-only audit trail, for the functioneel beheerder.</summary>
public sealed class AuditModule : IFeatureModule
{
    public const string Policy = "audit";

    public IEnumerable<Navigation.Item> Navigation => [new("Auditlog", "/Audit", Policy, [Rol.Beheerder], 90)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<AuditService>();

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").RequireAuthorization(Policy);
        audit.MapListPage<AuditService, AuditService.Filter, AuditEntry>("/", AuditService.Sorteringen, AuditService.Filter.Read,
            (s, f, q, ct) => s.PageAsync(f, q, ct), a => a);
        audit.MapListExport<AuditService, AuditService.Filter, AuditEntry>("/export", "auditlog", AuditService.Sorteringen, AuditService.Csv,
            AuditService.Filter.Read, (s, f, q, ct) => s.ExportAsync(f, q, ct));
    }
}
