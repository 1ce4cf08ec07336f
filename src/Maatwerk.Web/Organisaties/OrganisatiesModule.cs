using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Organisaties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Organisaties;

/// <summary>Organisations (gemeente, regio, aanbieder) with CBS and AGB codes.</summary>
public sealed class OrganisatiesModule : IFeatureModule
{
    public const string Policy = "organisaties";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Organisaties", "/Organisaties", Policy, [Rol.Contractmanager, Rol.Beheerder, Rol.Kwaliteit, Rol.Toezichthouder], 70)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<OrganisatieService>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapOrganisatiesApi();
}
