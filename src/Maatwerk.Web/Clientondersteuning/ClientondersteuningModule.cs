using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Web.Hosting;

namespace Maatwerk.Web.Clientondersteuning;

/// <summary>Independent client support (OCO, issue 15): the provider's OCO workers (begeleider) and coordinator
/// (administratie) register meldingen, contacts, appointments and trajectories; the coordinator submits the periodic
/// report OCO-4.7 and the invoices (OCO-6.1), which the gemeente's contractmanager reads (no resident's details).</summary>
public sealed class ClientondersteuningModule : IFeatureModule
{
    public const string Policy = "clientondersteuning";
    public const string RapportagePolicy = "oco-rapportages";
    /// <summary>The stored invoices (OCO-6.1a/c): the coordinator's drafts and submissions, the contractmanager's received ones.</summary>
    public const string FacturenPolicy = "oco-facturen";

    public IEnumerable<Navigation.Item> Navigation =>
    [
        new("Cliëntondersteuning", "/Clientondersteuning", Policy, [Rol.Administratie, Rol.Begeleider], 43),
        new("OCO-rapportages", "/Clientondersteuning/Rapportages", RapportagePolicy, [Rol.Administratie, Rol.Contractmanager], 47),
        new("OCO-facturen", "/Clientondersteuning/Facturen", FacturenPolicy, [Rol.Administratie, Rol.Contractmanager], 48),
    ];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<MeldingService>();
        builder.Services.AddScoped<TrajectService>();
        builder.Services.AddScoped<RapportageService>();
        builder.Services.AddScoped<IWerkvoorraadBron, ClientondersteuningWerkbron>();
        builder.Services.AddScoped<JaarplanService>();
        builder.Services.AddScoped<OverlegService>();
        builder.Services.AddScoped<FactuurService>();
        builder.Services.AddScoped<OcoFactuurService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapClientondersteuningApi();
        api.MapOcoVerslagApi();
        api.MapOcoFactuurApi();
    }
}
