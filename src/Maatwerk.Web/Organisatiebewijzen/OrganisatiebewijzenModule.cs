using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Organisatiebewijzen;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Organisatiebewijzen;

/// <summary>Insurance, quality certificates and the VOG rechtspersoon per aanbieder (issue 14): kwaliteit at the aanbieder
/// registers and edits them; the gemeente's contractmanager sees per contracted aanbieder only status and validity.</summary>
public sealed class OrganisatiebewijzenModule : IFeatureModule
{
    public const string Policy = "organisatiebewijzen";

    public IEnumerable<Navigation.Item> Navigation =>
        [new("Verzekeringen en keurmerken", "/Organisatiebewijzen", Policy, [Rol.Contractmanager, Rol.Kwaliteit], 51)];

    public void AddServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<OrganisatiebewijsService>();

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapOrganisatiebewijzenApi();
}
