using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Toewijzingen;

/// <summary>The care chain (toewijzing → start → stop), its plan, evaluations, warm hand-over, the end of the indication
/// and the Wlz indication: services, API and menu item.</summary>
public sealed class ToewijzingenModule : IFeatureModule
{
    public const string Policy = "toewijzingen";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Toewijzingen", "/Toewijzingen", Policy, [Rol.Consulent, Rol.Contractmanager, Rol.Declaratiebeoordelaar, Rol.Administratie, Rol.Begeleider], 30)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ToewijzingService>();
        builder.Services.AddScoped<ZorgketenService>();
        builder.Services.AddScoped<KetenStappen>();
        builder.Services.AddScoped<WlzService>();
        builder.Services.AddScoped<EindeIndicatieService>();
        builder.Services.AddScoped<IWerkvoorraadBron, ToewijzingenWerkbron>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapToewijzingenApi();
        api.MapEindeApi();
    }
}
