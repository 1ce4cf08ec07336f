using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Startpagina;

/// <summary>The start page (Pages/Index), for every role: the work queues that feature modules contribute
/// (<see cref="IWerkvoorraadBron"/>, issue 13) and the figures of the user's data scope.</summary>
public sealed class StartpaginaModule : IFeatureModule
{
    public const string Policy = "iedereen";

    public IEnumerable<Navigation.Item> Navigation => [new("Start", "/", Policy, Enum.GetValues<Rol>(), 0)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<WerkvoorraadService>();

    public void MapEndpoints(IEndpointRouteBuilder api) =>
        api.MapGet("/start", async (DataScope scope, CancellationToken ct) => Results.Ok(await StartFigures.CalculateAsync(scope, ct)));
}
