using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Startpagina;

/// <summary>The start page with the figures of the user's data scope (Pages/Index), for every role.</summary>
public sealed class StartpaginaModule : IFeatureModule
{
    public const string Policy = "iedereen";

    public IEnumerable<Navigation.Item> Navigation => [new("Start", "/", Policy, Enum.GetValues<Rol>(), 0)];

    public void MapEndpoints(IEndpointRouteBuilder api) =>
        api.MapGet("/start", async (DataScope scope, CancellationToken ct) => Results.Ok(await StartFigures.CalculateAsync(scope, ct)));
}
