using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Tijdregistraties;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Tijdregistraties;

/// <summary>Time registration by the aanbieder (IB-59, DEV-Eis21, DEV-Art8.3): a week view per worker, corrections and
/// <c>/api/tijd</c> for planning systems.</summary>
public sealed class TijdregistratiesModule : IFeatureModule
{
    public const string Policy = "tijdregistratie";

    public IEnumerable<Navigation.Item> Navigation => [new("Tijd", "/Tijdregistraties", Policy, [Rol.Administratie, Rol.Begeleider], 35)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TijdregistratieService>();
        builder.Services.AddScoped<RegistratielijstService>();
        builder.Services.AddScoped<TijdCsvImportService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapTijdregistratiesApi();
}
