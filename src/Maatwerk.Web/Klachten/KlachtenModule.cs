using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Klachten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Klachten;

/// <summary>The complaints register (IB-48b, IB-49/50, DEV-Eis16): kwaliteit and administratie at the aanbieder register and
/// handle complaints; the gemeente's contractmanager sees those put to it (DEV-Eis16-R6) and answers (R7).</summary>
public sealed class KlachtenModule : IFeatureModule
{
    public const string Policy = "klachten";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Klachten", "/Klachten", Policy, [Rol.Contractmanager, Rol.Administratie, Rol.Kwaliteit], 42)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<KlachtService>();
        builder.Services.AddScoped<KlachtenRapportageService>();
        builder.Services.AddScoped<IWerkvoorraadBron, KlachtenWerkbron>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapKlachtenApi();
}
