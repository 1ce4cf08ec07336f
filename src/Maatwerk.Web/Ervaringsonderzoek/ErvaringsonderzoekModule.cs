using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Ervaringsonderzoek;

/// <summary>The client-experience survey (IB-47a/b/c, OCO-2.21, BSD-63f): kwaliteit and administratie at the aanbieder
/// register responses, send one-time links and register survey rounds; the gemeente's contractmanager sees the summaries
/// (never names). The client's link page needs no login.</summary>
public sealed class ErvaringsonderzoekModule : IFeatureModule
{
    public const string Policy = "ervaringsonderzoek";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Ervaringsonderzoek", "/Ervaringsonderzoek", Policy, [Rol.Contractmanager, Rol.Administratie, Rol.Kwaliteit], 46)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ErvaringService>();
        builder.Services.AddScoped<ErvaringslinkService>();
        builder.Services.AddScoped<INightlyEventSource, ZorgInJaarNightly>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapErvaringsonderzoekApi();
}
