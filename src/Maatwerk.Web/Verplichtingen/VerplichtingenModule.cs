using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verplichtingen;

/// <summary>Obligations from the contract profiles: the engine's services, the nightly re-evaluation, the API and the
/// menu item (every role sees the obligations of its own scope).</summary>
public sealed class VerplichtingenModule : IFeatureModule
{
    public const string Policy = "verplichtingen";

    public IEnumerable<Navigation.Item> Navigation => [new("Verplichtingen", "/Verplichtingen", Policy, Enum.GetValues<Rol>(), 10)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<Recalculation>();
        builder.Services.AddScoped<RecalculationRunner>();
        builder.Services.AddSingleton<VerplichtingenEngines>();
        builder.Services.AddScoped<VerplichtingenService>();
        builder.Services.AddScoped<IWerkvoorraadBron, VerplichtingenWerkbron>();
        builder.Services.AddScoped<IWerkvoorraadBron, AanbiedersWerkbron>();
        builder.Services.AddHostedService<DailyRecalculation>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapVerplichtingenApi();
}
