using Maatwerk.Domain.Startpagina;
using Maatwerk.Infrastructure.Startpagina;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Maatwerk.Web.Gebruikers;

/// <summary>Users and roles, and the login (password with lockout, TOTP) that the Account pages use.</summary>
public sealed class GebruikersModule : IFeatureModule
{
    public const string Policy = "gebruikers";

    public IEnumerable<Navigation.Item> Navigation => [new("Gebruikers", "/Gebruikers", Policy, [Rol.Beheerder, Rol.Kwaliteit], 80)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPasswordHasher<Gebruiker>, PasswordHasher<Gebruiker>>();
        builder.Services.AddScoped<LoginService>();
        builder.Services.AddScoped<GebruikerService>();
        builder.Services.AddScoped<IWerkvoorraadBron, GebruikersWerkbron>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapGebruikersApi();
}
