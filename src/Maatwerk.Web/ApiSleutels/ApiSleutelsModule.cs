using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.ApiSleutels;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>API keys per organisation (issue 13): beheer creates, lists and revokes them; other systems call /api with
/// them. The scheme, the scope check and the rate limit are registered here, not in the host: the cookie scheme of the
/// browser forwards to the key scheme when a request presents a key.</summary>
public sealed class ApiSleutelsModule : IFeatureModule
{
    public const string Policy = "apisleutels";

    public IEnumerable<Navigation.Item> Navigation => [new("API-sleutels", "/ApiSleutels", Policy, [Rol.Beheerder, Rol.Kwaliteit], 85)];

    public void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ApiSleutelService>();
        services.AddScoped<ApiSleutelAuthenticator>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiSleutelAuthenticationHandler>(ApiSleutelAuthenticationHandler.SchemeName, null);
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            o.ForwardDefaultSelector = context => ApiSleutelAuthenticationHandler.PresentedKey(context.Request) is null ? null : ApiSleutelAuthenticationHandler.SchemeName);
        services.AddSingleton<IAuthorizationHandler, ApiSleutelScopeHandler>();
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>(ApiSleutelRateLimit.Configure);
        ApiDocs.AddSecuritySchemes(services);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapApiSleutelsApi();
        ApiDocs.MapDocs(api);
    }
}
