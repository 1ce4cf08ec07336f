using System.Net;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Autorisatie;

/// <summary>Every demo role against every page and API list: allowed roles get the page, others are refused,
/// and the menu shows exactly the allowed pages.</summary>
public sealed class RoleAccessTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static readonly Dictionary<string, string> ApiVoorPagina = new()
    {
        ["/Verplichtingen"] = "/api/verplichtingen",
        ["/Berichten"] = "/api/iwmo/berichten",
        ["/Verzoeken"] = "/api/verzoeken",
        ["/Clienten"] = "/api/clienten",
        ["/Toewijzingen"] = "/api/toewijzingen",
        ["/Contracten"] = "/api/contracten",
        ["/Organisaties"] = "/api/organisaties",
        ["/Gebruikers"] = "/api/gebruikers",
        ["/Audit"] = "/api/audit",
        ["/"] = "/api/start",
    };

    public static TheoryData<string> Logins() => new(DemoData.Logins.Select(l => l.Email));

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Each_role_reaches_exactly_its_pages_and_api(string email)
    {
        var rol = DemoData.Logins.Single(l => l.Email == email).Rol;
        var client = await factory.LoggedInAsync(email);
        foreach (var item in Navigatie.Items)
        {
            var allowed = item.Rollen.Contains(rol);
            var page = await client.GetAsync(item.Pad);
            if (allowed)
                page.StatusCode.Should().Be(HttpStatusCode.OK, $"{rol} mag {item.Pad} openen");
            else
                page.Headers.Location?.ToString().Should().Contain("/Account/GeenToegang", $"{rol} mag {item.Pad} niet openen");

            var api = await client.GetAsync(ApiVoorPagina[item.Pad]);
            api.StatusCode.Should().Be(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"{rol} op {ApiVoorPagina[item.Pad]}");
        }
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task The_menu_shows_only_what_the_role_may_use(string email)
    {
        var rol = DemoData.Logins.Single(l => l.Email == email).Rol;
        var html = await (await factory.LoggedInAsync(email)).GetStringAsync("/");
        var menu = html[html.IndexOf("data-testid=\"navigatie\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        foreach (var item in Navigatie.Items)
            menu.Contains($"href=\"{item.Pad}\"").Should().Be(item.Rollen.Contains(rol), $"{item.Titel} voor {rol}");
    }

    [Fact]
    public async Task Api_without_login_answers_401_not_a_redirect()
    {
        var response = await factory.NewClient().GetAsync("/api/clienten");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_and_openapi_are_available()
    {
        var client = factory.NewClient();
        var health = await client.GetAsync("/health");
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).Should().Be("Healthy");
        var openapi = await client.GetStringAsync("/openapi/v1.json");
        openapi.Should().Contain("/api/clienten").And.Contain("/api/contracten").And.Contain("/api/gebruikers");
    }

    [Fact]
    public void Every_role_has_a_demo_login() =>
        DemoData.Logins.Select(l => l.Rol).Distinct().Should().BeEquivalentTo(Enum.GetValues<Rol>());
}
