using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Web.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Maatwerk.Web.Declaratiebeoordeling;

/// <summary>The gemeente's side of a WMO323 (issue 12): the declaratiebeoordelaar's queue, the checks per line, the
/// decisions and the WMO325.</summary>
public sealed class DeclaratiebeoordelingModule : IFeatureModule
{
    public const string Policy = "declaratiebeoordeling";

    public IEnumerable<Navigation.Item> Navigation => [new("Beoordeling", "/Declaratiebeoordeling", Policy, [Rol.Declaratiebeoordelaar], 39)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeclaratieOntvangst>();
        builder.Services.AddScoped<BeoordelingService>();
        builder.Services.AddScoped<DeclaratiebesluitService>();
        builder.Services.AddScoped<SteekproefService>();
        builder.Services.AddScoped<BetaalService>();
        builder.Services.AddScoped<Betaalexport>();
        builder.Services.AddScoped<MotiveringService>();
        // MERGE POINT: the provider's processing of the 325 (branch decl-retour) replaces this no-op.
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapDeclaratiebeoordelingApi();
}
