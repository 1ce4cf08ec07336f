using Maatwerk.Infrastructure.Beschikkingen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Beschikkingen;

/// <summary>Beschikkingen: recorded by the consulent from the client page; no menu item of their own (the pages and
/// endpoints use the policies of Toewijzingen and Clienten).</summary>
public sealed class BeschikkingenModule : IFeatureModule
{
    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<BeschikkingService>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapBeschikkingenApi();
}
