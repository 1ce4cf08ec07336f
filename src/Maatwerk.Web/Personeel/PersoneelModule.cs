using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Personeel;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Personeel;

/// <summary>The staff register (issue 14): kwaliteit and administratie at the aanbieder keep their people, their VOGs and
/// qualifications and the fixed worker per toewijzing; the gemeente's contractmanager sees status and validity only.</summary>
public sealed class PersoneelModule : IFeatureModule
{
    public const string Policy = "personeel";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Personeel", "/Personeel", Policy, [Rol.Contractmanager, Rol.Administratie, Rol.Kwaliteit], 45)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PersoneelService>();
        builder.Services.AddScoped<VogService>();
        builder.Services.AddScoped<InzetCheck>();
        builder.Services.AddScoped<ContinuiteitService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapPersoneelApi();
}
