using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Incidenten;

/// <summary>Incidents, calamities and data breaches (AMB-32, IB-53, IB-58, BSD-88, DEV-B8, DEV-Art9, DEV-Art19.4,
/// DEV-AIV7A.4, AVG art. 33): the aanbieder registers and reports; the gemeente's contractmanager sees what was reported to
/// the gemeente; the toezichthouder (GGD) sees only what was reported to it, each report also as a PDF.</summary>
public sealed class IncidentenModule : IFeatureModule
{
    public const string Policy = "incidenten";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Incidenten", "/Incidenten", Policy, [Rol.Contractmanager, Rol.Toezichthouder, Rol.Administratie, Rol.Kwaliteit], 44)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IncidentService>();
        builder.Services.AddScoped<IWerkvoorraadBron, IncidentenWerkbron>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapIncidentenApi();
}
