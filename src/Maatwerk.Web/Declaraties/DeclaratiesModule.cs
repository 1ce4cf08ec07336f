using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Declaraties;

/// <summary>The aanbieder's WMO323 per gemeente per month: pre-flight, send to the gemeente's inbox, or download.</summary>
public sealed class DeclaratiesModule : IFeatureModule
{
    public const string Policy = "declaraties";

    public IEnumerable<Navigation.Item> Navigation => [new("Declaraties", "/Declaraties", Policy, [Rol.Administratie], 38)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<DeclaratieService>();
        builder.Services.AddScoped<DeclaratieRetourVerwerking>();
        builder.Services.AddScoped<HerindieningGebeurtenissen>(); // DEV-Art8.7, DEV-Art8.8b events
        builder.Services.AddScoped<Infrastructure.Declaratiebeoordeling.IRetourOntvanger, DeclaratieRetourOntvanger>(); // the gemeente's 325 reaches the provider's lines
        builder.Services.AddScoped<DeclaratieCorrectieService>();
        builder.Services.AddScoped<DeclaratieExport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapDeclaratiesApi();
        api.MapDeclaratieRetourApi();
    }
}
