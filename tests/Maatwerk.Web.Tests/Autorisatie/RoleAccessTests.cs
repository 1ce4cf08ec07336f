using System.Net;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Autorisatie;

/// <summary>The access matrix, typed out here on purpose (not read from the application's navigation): for every role,
/// which menu pages it may open and which API groups it may call. Every demo login is checked against it over HTTP —
/// page (200 or a redirect to "geen toegang"), menu (link shown or not) and API (allowed or 403) — and an anonymous
/// visitor is sent to the login page (pages) or gets 401 (API).</summary>
public sealed class RoleAccessTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Toegestaan = "J";
    private const string Geweigerd = "-";

    private static readonly string[] Paginas = ["/", "/Verplichtingen", "/Clienten", "/Toewijzingen", "/Verzoeken", "/Tijdregistraties", "/Afwezigheid", "/Declaraties", "/Declaratiebeoordeling", "/Verantwoording", "/Verantwoording/Uitgaven", "/Verantwoording/Jaarrekeningen", "/Berichten", "/Contracten", "/Tarieven", "/Organisaties", "/Gebruikers", "/Audit", "/Clientondersteuning", "/Clientondersteuning/Rapportages", "/Clientondersteuning/Facturen", "/Klachten", "/Incidenten", "/Personeel", "/ApiSleutels", "/Ervaringsonderzoek", "/Meldcode", "/Organisatiebewijzen"];

    private static readonly Dictionary<Rol, string> PaginaToegang = new()
    {
        //                                  /  Vpl Cli Toe Vzk Tyd Afw Dcl Dbo Vwd Uit Jrk Ber Con Tar Org Geb Aud Oco Ocr Ocf Kla Inc Per   Api Erv Mcd Obw
        [Rol.Consulent] =                  "J   J   J   J   J   -   J   -   -   -   -   -   J   J   -   -   -   -   -   -   -   -   -   -   -   -   -   -",
        [Rol.Contractmanager] =            "J   J   -   J   -   -   J   -   -   J   J   J   -   J   J   J   -   -   -   J   J   J   J   J   -   J   -   J",
        [Rol.Declaratiebeoordelaar] =      "J   J   J   J   -   -   -   -   J   J   J   J   J   J   J   -   -   -   -   -   -   -   -   -   -   -   -   -",
        [Rol.Toezichthouder] =             "J   J   -   -   -   -   -   -   -   -   -   -   -   J   -   J   -   -   -   -   -   -   J   -   -   -   -   -",
        [Rol.Beheerder] =                  "J   J   -   -   -   -   -   -   -   -   -   -   J   J   J   J   J   J   -   -   -   -   -   -   J   -   -   -",
        [Rol.Administratie] =              "J   J   J   J   J   J   J   J   -   J   -   J   J   J   J   -   -   -   J   J   J   J   J   J   -   J   -   -",
        [Rol.Begeleider] =                 "J   J   J   J   J   J   J   -   -   -   -   -   -   -   -   -   -   -   J   -   -   -   -   -   -   -   -   -",
        [Rol.Kwaliteit] =                  "J   J   -   -   -   -   -   -   -   J   -   J   J   J   -   J   J   -   -   -   -   J   J   J   J   J   J   J",
    };

    private static readonly Guid Onbekend = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    /// <summary>One call per API group; "allowed" means the endpoint ran (any answer but 401/403), for lists also 200.</summary>
    private static readonly (string Naam, HttpMethod Methode, string Pad, bool Lijst)[] ApiGroepen =
    [
        ("start", HttpMethod.Get, "/api/start", true),
        ("verplichtingen", HttpMethod.Get, "/api/verplichtingen", true),
        ("gebeurtenissen", HttpMethod.Post, "/api/gebeurtenissen", false),
        ("wlz-controle", HttpMethod.Post, "/api/wlz-controle", false),
        ("clienten", HttpMethod.Get, "/api/clienten", true),
        ("beschikkingen van cliënt", HttpMethod.Get, $"/api/clienten/{Onbekend}/beschikkingen", false),
        ("toewijzingen", HttpMethod.Get, "/api/toewijzingen", true),
        ("beschikkingen", HttpMethod.Get, $"/api/beschikkingen/{Onbekend}", false),
        ("verzoeken", HttpMethod.Get, "/api/verzoeken", true),
        ("tijd", HttpMethod.Get, "/api/tijd", true),
        ("afwezigheid", HttpMethod.Get, "/api/afwezigheid", true),
        ("declaraties", HttpMethod.Get, "/api/declaraties", true),
        ("declaratiebeoordeling", HttpMethod.Get, "/api/declaratiebeoordeling", true),
        ("iwmo/berichten", HttpMethod.Get, "/api/iwmo/berichten", true),
        ("contracten", HttpMethod.Get, "/api/contracten", true),
        ("tarieven", HttpMethod.Get, "/api/tarieven", true),
        ("organisaties", HttpMethod.Get, "/api/organisaties", true),
        ("gebruikers", HttpMethod.Get, "/api/gebruikers", true),
        ("audit", HttpMethod.Get, "/api/audit", true),
        // CSV exports of the lists (issue 9): each under the policy of its list.
        ("verplichtingen/export", HttpMethod.Get, "/api/verplichtingen/export", true),
        ("clienten/export", HttpMethod.Get, "/api/clienten/export", true),
        ("toewijzingen/export", HttpMethod.Get, "/api/toewijzingen/export", true),
        ("verzoeken/export", HttpMethod.Get, "/api/verzoeken/export", true),
        ("iwmo/berichten/export", HttpMethod.Get, "/api/iwmo/berichten/export", true),
        ("audit/export", HttpMethod.Get, "/api/audit/export", true),
        // Accountability (issue 12): the production statement and the spending overview.
        ("verantwoording", HttpMethod.Get, "/api/verantwoording", true),
        ("uitgaven", HttpMethod.Get, "/api/uitgaven", true),
        // Issue 12: the annual accounts and the profit percentage (IB-45/46, DEV-Eis25).
        ("verantwoording/jaarrekeningen", HttpMethod.Get, "/api/verantwoording/jaarrekeningen", true),
        // Onafhankelijke cliëntondersteuning (issue 15): the provider's OCO work, and the reports the gemeente reads.
        ("clientondersteuning", HttpMethod.Get, "/api/clientondersteuning/meldingen", true),
        ("oco-rapportages", HttpMethod.Get, "/api/oco-rapportages", true),
        // Issue 14: complaints and incidents.
        ("klachten", HttpMethod.Get, "/api/klachten", true),
        ("incidenten", HttpMethod.Get, "/api/incidenten", true),
        // IB-22a: reminders, under the policy of absence.
        ("afwezigheid/herinneringen", HttpMethod.Get, "/api/afwezigheid/herinneringen", true),
        // Issue 14: the staff register.
        ("personeel", HttpMethod.Get, "/api/personeel", true),
        // issue 13: API keys, managed by beheer (a key itself never reaches this group)
        ("apisleutels", HttpMethod.Get, "/api/apisleutels", true),
        // Issue 14: the client-experience survey (IB-47, OCO-2.21, BSD-63f).
        ("ervaringsonderzoek", HttpMethod.Get, "/api/ervaringsonderzoek", true),
        // Issue 14: the Meldcode (IB-52a/c), only the aanbieder's aandachtsfunctionaris (kwaliteit).
        ("meldcode", HttpMethod.Get, "/api/meldcode/casussen", true),
        // Issue 14: insurance, quality certificates and VOG rechtspersoon (status only for the gemeente).
        ("organisatiebewijzen", HttpMethod.Get, "/api/organisatiebewijzen", true),
    ];

    private static readonly Dictionary<Rol, string> ApiToegang = new()
    {
        //                                 sta vpl geb wlz cli bcl toe bes vzk tyd afw dcl dbo ber con tar org gbr aud  csv: vpl cli toe vzk ber aud  vwd uit jrk  oco ocr  kla inc  hrn  per    key  erv  mcd  obw
        [Rol.Consulent] =                  "J   J   J   J   J   J   J   J   J   -   J   -   -   J   J   -   -   -   -   J   J   J   J   J   -   -   -   -   -   -   -   -   J   -   -   -   -   -",
        [Rol.Contractmanager] =            "J   J   J   J   -   -   J   J   -   -   J   -   -   -   J   J   J   -   -   J   -   J   -   -   -   J   J   J   -   J   J   J   J   J   -   J   -   J",
        [Rol.Declaratiebeoordelaar] =      "J   J   J   J   J   J   J   J   -   -   -   -   J   J   J   J   -   -   -   J   J   J   -   J   -   J   J   J   -   -   -   -   -   -   -   -   -   -",
        [Rol.Toezichthouder] =             "J   J   J   J   -   -   -   -   -   -   -   -   -   -   J   -   J   -   -   J   -   -   -   -   -   -   -   -   -   -   -   J   -   -   -   -   -   -",
        [Rol.Beheerder] =                  "J   J   J   J   -   -   -   -   -   -   -   -   -   J   J   J   J   J   J   J   -   -   -   J   J   -   -   -   -   -   -   -   -   -   J   -   -   -",
        [Rol.Administratie] =              "J   J   J   J   J   J   J   J   J   J   J   J   -   J   J   J   -   -   -   J   J   J   J   J   -   J   -   J   J   J   J   J   J   J   -   J   -   -",
        [Rol.Begeleider] =                 "J   J   J   J   J   J   J   J   J   J   J   -   -   -   -   -   -   -   -   J   J   J   J   -   -   -   -   -   J   -   -   -   J   -   -   -   -   -",
        [Rol.Kwaliteit] =                  "J   J   J   J   -   -   -   -   -   -   -   -   -   J   J   -   J   J   -   J   -   -   -   J   -   J   -   J   -   -   J   J   -   J   J   J   J   J",
    };

    private static bool[] Row(Dictionary<Rol, string> tabel, Rol rol, int kolommen)
    {
        var cellen = tabel[rol].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        cellen.Should().HaveCount(kolommen, $"de rij van {rol} heeft één cel per kolom");
        cellen.Should().OnlyContain(c => c == Toegestaan || c == Geweigerd);
        return cellen.Select(c => c == Toegestaan).ToArray();
    }

    public static TheoryData<string> Logins() => new(DemoData.Logins.Select(l => l.Email));

    [Fact]
    public void The_matrix_has_a_row_for_every_role() =>
        PaginaToegang.Keys.Should().BeEquivalentTo(Enum.GetValues<Rol>()).And.BeEquivalentTo(ApiToegang.Keys);

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Each_role_opens_exactly_its_pages_and_its_menu_shows_exactly_those(string email)
    {
        var rol = DemoData.Logins.Single(l => l.Email == email).Rol;
        var toegang = Row(PaginaToegang, rol, Paginas.Length);
        var client = await factory.LoggedInAsync(email);
        var home = await client.GetStringAsync("/");
        var menu = home[home.IndexOf("data-testid=\"navigatie\"", StringComparison.Ordinal)..home.IndexOf("</nav>", StringComparison.Ordinal)];
        for (var i = 0; i < Paginas.Length; i++)
        {
            var page = await client.GetAsync(Paginas[i]);
            if (toegang[i])
                page.StatusCode.Should().Be(HttpStatusCode.OK, $"{rol} mag {Paginas[i]} openen");
            else
                page.Headers.Location?.ToString().Should().Contain("/Account/GeenToegang", $"{rol} mag {Paginas[i]} niet openen");
            menu.Contains($"href=\"{Paginas[i]}\"").Should().Be(toegang[i], $"het menu van {rol} toont {Paginas[i]} alleen als de rol de pagina mag openen");
        }
    }

    [Theory]
    [MemberData(nameof(Logins))]
    public async Task Each_role_calls_exactly_its_api_groups(string email)
    {
        var rol = DemoData.Logins.Single(l => l.Email == email).Rol;
        var toegang = Row(ApiToegang, rol, ApiGroepen.Length);
        var client = await factory.LoggedInAsync(email);
        for (var i = 0; i < ApiGroepen.Length; i++)
        {
            var (naam, methode, pad, lijst) = ApiGroepen[i];
            using var request = new HttpRequestMessage(methode, pad);
            if (methode == HttpMethod.Post)
                request.Content = JsonContent.Create(new { });
            var response = await client.SendAsync(request);
            if (!toegang[i])
                response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{rol} mag API-groep {naam} niet gebruiken");
            else if (lijst)
                response.StatusCode.Should().Be(HttpStatusCode.OK, $"{rol} mag API-groep {naam} gebruiken");
            else
                ((int)response.StatusCode).Should().BeOneOf([200, 400, 404], $"{rol} mag API-groep {naam} gebruiken (het endpoint antwoordt zelf)");
        }
    }

    [Fact]
    public async Task Without_login_pages_go_to_the_login_and_the_api_answers_401()
    {
        var client = factory.NewClient();
        foreach (var pad in Paginas)
            (await client.GetAsync(pad)).Headers.Location?.ToString().Should().Contain("/Account/Inloggen", pad);
        foreach (var (naam, methode, pad, _) in ApiGroepen)
        {
            using var request = new HttpRequestMessage(methode, pad) { Content = methode == HttpMethod.Post ? JsonContent.Create(new { }) : null };
            (await client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, naam);
        }
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
