using Microsoft.AspNetCore.DataProtection;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Maatwerk.Web.Hosting;

public static class MaatwerkHost
{
    public const string TweedeStapScheme = "TweedeStap";

    public static WebApplicationBuilder AddMaatwerk(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        SqliteDefaults.ResolveRelativePath(config, builder.Environment.ContentRootPath);

        services.AddMaatwerkDatabase(config);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped(ScopeFactory.Create);
        // One use case, one transaction (every feature's services use it).
        services.AddScoped<Maatwerk.Infrastructure.Common.UnitOfWork>();
        services.Configure<SecurityOptions>(config.GetSection(SecurityOptions.Section));
        builder.AddFeatureModules();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "maatwerk.sessie";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/Account/Inloggen";
                o.LogoutPath = "/Account/Uitloggen";
                o.AccessDeniedPath = "/Account/GeenToegang";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden);
            })
            .AddCookie(TweedeStapScheme, o =>
            {
                o.Cookie.Name = "maatwerk.tweedestap";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.LoginPath = "/Account/Inloggen";
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddNavigationPolicies();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("inloggen", context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.GetValue("Security:InlogpogingenPerMinuut", 30),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });

        // Keys in the database: several stateless instances behind one address accept each other's cookies and tokens.
        services.AddDataProtection().PersistKeysToDbContext<MaatwerkDbContext>().SetApplicationName("Maatwerk");
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "maatwerk.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
        });
        // Dutch text (é, ë, —) is written as is, not as numeric entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            foreach (var page in new[] { "/Account/Inloggen", "/Account/TweedeStap", "/Account/Uitloggen", "/Account/GeenToegang", "/Fout", "/Status" })
                o.Conventions.AllowAnonymousToPage(page);
        }).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new DecimalInputBinderProvider())); // "56,40" and "1.234,56" as a Dutch user means them
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseMaatwerk(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // The API answers an unexpected failure with problem details (500); pages show the error page. Nothing of the
            // failed request was stored: every change is one transaction.
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = context => Results.Problem(statusCode: StatusCodes.Status500InternalServerError,
                    title: "Er ging iets mis op de server; er is niets opgeslagen. Probeer het opnieuw.").ExecuteAsync(context),
            }));
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/Fout"));
        }
        app.UseSecurityHeaders();
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTotpVerplichting();
        app.MapRazorPages();
        app.MapFeatureModules();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions>, Task> ApiAware(int status) =>
        context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
                context.Response.StatusCode = status;
            else
                context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
}
