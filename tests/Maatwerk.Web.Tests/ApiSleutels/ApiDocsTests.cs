using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.ApiSleutels;

/// <summary>Issue 13: the OpenAPI document declares how to authenticate; interactive docs at /api/docs with their own
/// CSP while every other page keeps the strict one.</summary>
public sealed class ApiDocsTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task Het_openapi_document_noemt_de_api_sleutel_als_beveiligingsschema()
    {
        var openapi = await factory.NewClient().GetStringAsync("/openapi/v1.json");
        openapi.Should().Contain("\"securitySchemes\"").And.Contain("\"ApiSleutel\"").And.Contain("\"bearer\"")
            .And.Contain("X-Api-Key").And.Contain("maatwerk.sessie").And.Contain("\"security\"");
    }

    [Fact]
    public async Task Api_docs_openen_zonder_login_met_een_eigen_csp_en_de_rest_houdt_de_strikte()
    {
        var client = factory.NewClient();
        var docs = await client.GetAsync("/api/docs");
        if (docs.StatusCode == HttpStatusCode.Found)
        {
            // Scalar sends /api/docs to /api/docs/ (relative asset paths); never to the login
            docs.Headers.Location!.ToString().Should().EndWith("docs/");
            docs = await client.GetAsync("/api/docs/");
        }
        docs.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await docs.Content.ReadAsStringAsync();
        html.Should().Contain("openapi").And.Contain("<script");
        docs.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("'unsafe-inline'").And.Contain("frame-ancestors 'none'");
        foreach (Match script in Regex.Matches(html, "<script[^>]+src=\"([^\"]+)\""))
        {
            var src = script.Groups[1].Value;
            src.Should().NotStartWith("http", "de docs laden niets van een CDN");
            var pad = src.StartsWith('/') ? src : "/api/docs/" + src.TrimStart('.', '/');
            (await client.GetAsync(pad)).StatusCode.Should().Be(HttpStatusCode.OK, pad);
        }
        var login = await client.GetAsync("/Account/Inloggen");
        login.Headers.GetValues("Content-Security-Policy").Single().Should().NotContain("unsafe-inline");
    }
}
