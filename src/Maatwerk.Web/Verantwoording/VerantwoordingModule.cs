using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verantwoording;

/// <summary>Accountability (issue 12): the aanbieder's annual production statement with its deadlines and accountant's
/// statement, the gemeente's reconciliation, and the gemeente's spending overview.</summary>
public sealed class VerantwoordingModule : IFeatureModule
{
    public const string Policy = "verantwoording";
    public const string UitgavenPolicy = "uitgaven";
    public const string JaarrekeningenPolicy = "jaarrekeningen";

    public IEnumerable<Navigation.Item> Navigation =>
    [
        new("Verantwoording", "/Verantwoording", Policy, [Rol.Administratie, Rol.Kwaliteit, Rol.Contractmanager, Rol.Declaratiebeoordelaar], 62),
        new("Uitgaven", "/Verantwoording/Uitgaven", UitgavenPolicy, [Rol.Contractmanager, Rol.Declaratiebeoordelaar], 63),
        new("Jaarrekeningen", "/Verantwoording/Jaarrekeningen", JaarrekeningenPolicy, [Rol.Administratie, Rol.Kwaliteit, Rol.Contractmanager, Rol.Declaratiebeoordelaar], 64),
    ];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<VerantwoordingGegevens>();
        builder.Services.AddScoped<VerantwoordingService>();
        builder.Services.AddScoped<JaarrekeningService>();
        builder.Services.AddScoped<WinstService>();
        builder.Services.AddScoped<VerzuimService>();
        builder.Services.AddScoped<VerantwoordingExport>();
        builder.Services.AddScoped<LandelijkeExport>();
        builder.Services.AddScoped<VerantwoordingUploadService>();
        builder.Services.AddScoped<UitgavenService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapVerantwoordingApi();
}
