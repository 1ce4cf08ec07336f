using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clienten;

/// <summary>Clients (BSN, address, gemeente): pages, API and who may see them.</summary>
public sealed class ClientenModule : IFeatureModule
{
    public const string Policy = "clienten";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Cliënten", "/Clienten", Policy, [Rol.Consulent, Rol.Declaratiebeoordelaar, Rol.Administratie, Rol.Begeleider], 20)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ClientService>();
        builder.Services.AddScoped<DossierService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapClientenApi();
}
