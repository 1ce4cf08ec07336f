using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Verzoeken;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Verzoeken;

/// <summary>Verzoeken om toewijzing (WMO315) and om wijziging (WMO317), answered by the gemeente (301 or 319).</summary>
public sealed class VerzoekenModule : IFeatureModule
{
    public const string Policy = "verzoeken";

    public IEnumerable<Navigation.Item> Navigation => [new("Verzoeken", "/Verzoeken", Policy, [Rol.Consulent, Rol.Administratie, Rol.Begeleider], 40)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<VerzoekService>();
        builder.Services.AddScoped<IWerkvoorraadBron, VerzoekenWerkbron>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapVerzoekenApi();
}
