using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Tarieven;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Tarieven;

/// <summary>Tariffs per contract, product and period (DEV-Art7, DEV-Art7.3; entered for IB, BSD and OCO).</summary>
public sealed class TarievenModule : IFeatureModule
{
    public const string Policy = "tarieven";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Tarieven", "/Tarieven", Policy, [Rol.Contractmanager, Rol.Declaratiebeoordelaar, Rol.Beheerder, Rol.Administratie], 65)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<TariefService>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapTarievenApi();
}
