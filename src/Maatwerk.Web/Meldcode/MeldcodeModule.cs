using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Meldcode;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Meldcode;

/// <summary>The Meldcode huiselijk geweld en kindermishandeling (IB-52a/c): the aanbieder's aandachtsfunctionaris (role
/// kwaliteit, and only that role) registers the staff's trainings, sees who delivers care without one and keeps the case
/// register along the five steps with its anonymised export. No other role of the aanbieder and no gemeente sees it.</summary>
public sealed class MeldcodeModule : IFeatureModule
{
    public const string Policy = "meldcode";

    public IEnumerable<Navigation.Item> Navigation => [new("Meldcode", "/Meldcode", Policy, [Rol.Kwaliteit], 49)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MeldcodeTrainingService>();
        builder.Services.AddScoped<MeldcodeCasusService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapMeldcodeApi();
}
