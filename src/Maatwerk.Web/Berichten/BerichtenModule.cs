using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Berichten;

/// <summary>iWmo messages: inbox and outbox, upload, the XML API, and applying received messages to the care chain.</summary>
public sealed class BerichtenModule : IFeatureModule
{
    public const string Policy = "berichten";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Berichten", "/Berichten", Policy, [Rol.Consulent, Rol.Declaratiebeoordelaar, Rol.Beheerder, Rol.Administratie, Rol.Kwaliteit], 55)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<BerichtenService>();
        builder.Services.AddScoped<BerichtenOverview>();
        builder.Services.AddScoped<BerichtApplier>();
        builder.Services.AddScoped<ToewijzingTakeover>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapBerichtenApi();
}
