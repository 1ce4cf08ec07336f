using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Contracten;

/// <summary>Contracts with their contract profile (the catalogue of contracts/*.yaml) and iWmo product codes.</summary>
public sealed class ContractenModule : IFeatureModule
{
    public const string Policy = "contracten";

    public IEnumerable<Navigation.Item> Navigation =>
    [
        new("Contracten", "/Contracten", Policy,
            [Rol.Consulent, Rol.Contractmanager, Rol.Declaratiebeoordelaar, Rol.Toezichthouder, Rol.Beheerder, Rol.Administratie, Rol.Kwaliteit], 60),
    ];

    public void AddServices(IHostApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(sp => ContractProfiles.Load(sp.GetRequiredService<ILogger<ContractProfileStore>>(), contentRoot));
        builder.Services.AddScoped<ContractService>();
        builder.Services.AddScoped<ProductcodeService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapContractenApi();
}
