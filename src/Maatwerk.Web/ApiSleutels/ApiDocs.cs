using Maatwerk.Domain.ApiSleutels;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Maatwerk.Web.ApiSleutels;

/// <summary>The OpenAPI document declares how to call the API (an API key as Bearer token or in X-Api-Key, or the
/// browser session cookie), and /api/docs shows it interactively (Scalar). Scalar's page needs inline script and
/// style, so that one page gets its own content security policy; every other page keeps the strict one.</summary>
public static class ApiDocs
{
    public const string BearerScheme = "ApiSleutel";
    public const string HeaderScheme = "ApiSleutelHeader";
    public const string CookieScheme = "Sessie";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static void AddSecuritySchemes(IServiceCollection services) =>
        services.Configure<OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Maatwerk API";
            document.Info.Description = "JSON-API van Maatwerk. Een eigen systeem van een organisatie roept haar aan met een API-sleutel " +
                "(te maken door beheer op /ApiSleutels) in de header Authorization: Bearer <sleutel> of X-Api-Key; de sleutel werkt in " +
                "de gekozen rol en alleen binnen zijn scopes (gebied:lezen voor GET, gebied:schrijven voor de rest). Scopes: " +
                string.Join(", ", ApiScope.All.Select(s => s.Naam)) + ". Uitleg: docs/api.md.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "mwk_xxxxxxxx.<geheim>",
                Description = "API-sleutel van de eigen organisatie als Bearer token.",
            };
            document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                Description = "Dezelfde API-sleutel in de header X-Api-Key.",
            };
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "maatwerk.sessie",
                Description = "De sessiecookie van de browser (na inloggen op /Account/Inloggen).",
            };
            document.Security ??= [];
            foreach (var naam in new[] { BearerScheme, HeaderScheme, CookieScheme })
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(naam, document)] = [] });
            return Task.CompletedTask;
        }));

    /// <summary>/api/docs (on the /api group), readable without login like /openapi/v1.json.</summary>
    public static void MapDocs(IEndpointRouteBuilder api) =>
        api.MapScalarApiReference("/docs", o => o
                .WithTitle("Maatwerk API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .AddPreferredSecuritySchemes(BearerScheme))
            .AllowAnonymous()
            .Add(endpoint =>
            {
                var inner = endpoint.RequestDelegate!;
                endpoint.RequestDelegate = context =>
                {
                    context.Response.Headers.ContentSecurityPolicy = DocsPolicy;
                    return inner(context);
                };
            });
}
