using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Afwezigheid;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Afwezigheid;

/// <summary>Cancellations and no-shows (IB-21a–IB-23, DEV-B2-NoShow, DEV-Eis28): the aanbieder registers, the gemeente
/// (consulent, contractmanager) reads those of its own residents.</summary>
public sealed class AfwezigheidModule : IFeatureModule
{
    public const string Policy = "afwezigheid";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Afwezigheid", "/Afwezigheid", Policy, [Rol.Consulent, Rol.Contractmanager, Rol.Administratie, Rol.Begeleider], 36)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<AfwezigheidService>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapAfwezigheidApi();
}
