using Maatwerk.Domain.Organisaties;
using Maatwerk.E2E.Support;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Hosting;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The foundation as a user meets it in a real browser: log in per role, see the role's menu and figures,
/// edit a client, and fail to open another provider's client by URL.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class FoundationFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task ExpectFigureAsync(IPage page, string testId, int? expected)
    {
        if (expected is { } aantal)
            (await page.GetByTestId(testId).InnerTextAsync()).Should().Be(aantal.ToString());
        else
            (await page.GetByTestId(testId).CountAsync()).Should().Be(0, $"{testId} shows only with its menu item");
    }

    public static TheoryData<string> Logins() => new(DemoData.Logins.Select(l => l.Email));

    [SkippableTheory]
    [MemberData(nameof(Logins))]
    public async Task Each_role_logs_in_sees_its_menu_and_its_figures_and_logs_out(string email)
    {
        var page = await browser.LoggedInPageAsync(email);
        var login = DemoData.Logins.Single(l => l.Email == email);

        var menu = await page.GetByTestId("navigatie").Locator("a").AllInnerTextsAsync();
        menu.Should().Equal(Navigation.ForRol(login.Rol).Select(i => i.Titel));
        (await page.GetByTestId("organisatie").InnerTextAsync()).Should().Be(login.Organisatie);
        (await page.GetByTestId("klok-vast").InnerTextAsync()).Should().Contain(View.Date(browser.App.Vandaag), "the app runs on the suites' pinned clock (Klok:Vast)");

        var expected = ExpectedFigures(login.Organisatie);
        // A figure shows only for a role whose menu has its list (issue 13: no "cliënten" tile without a clients menu).
        var menuPaden = Navigation.ForRol(login.Rol).Select(i => i.Pad).ToList();
        await ExpectFigureAsync(page, "aantal-clienten", menuPaden.Contains("/Clienten") ? expected.Clienten : null);
        await ExpectFigureAsync(page, "aantal-toewijzingen", menuPaden.Contains("/Toewijzingen") ? expected.Toewijzingen : null);
        (await page.GetByTestId("aantal-contracten").InnerTextAsync()).Should().Be(expected.Contracten.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.GetByLabel("E-mailadres").WaitForAsync();
        var response = await page.GotoAsync("/");
        page.Url.Should().Contain("/Account/Inloggen", "after logging out the start page asks to log in again");
        response!.Ok.Should().BeTrue();
    }

    [SkippableFact]
    public async Task A_consulent_edits_a_client_with_an_invalid_then_a_valid_bsn()
    {
        var (id, originalBsn) = DeventerClient();
        var page = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await page.GotoAsync($"/Clienten/Details/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wijzigen" }).ClickAsync();

        var bsn = page.GetByLabel("BSN");
        await bsn.FillAsync("123456789");
        await page.GetByLabel("Achternaam").FillAsync("Oosterhuis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        (await page.Locator("[data-veld-fout='Invoer.Bsn']").InnerTextAsync()).Should().Contain("Het BSN voldoet niet aan de elfproef.");
        (await page.GetByLabel("BSN").GetAttributeAsync("aria-invalid")).Should().Be("true");
        StoredClient(id).Bsn.Should().Be(originalBsn, "nothing is saved while the BSN is invalid");

        await page.GetByLabel("BSN").FillAsync("111222333");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.GetByTestId("bsn").WaitForAsync();
        page.Url.Should().Contain($"/Clienten/Details/{id}");
        (await page.GetByTestId("bsn").InnerTextAsync()).Should().Be("***.**.333", "the dossier header masks the BSN (issue 13); the stored value is checked below");
        (await page.GetByTestId("clientnaam").InnerTextAsync()).Should().EndWith("Oosterhuis");
        StoredClient(id).Bsn.Should().Be("111222333");
    }

    [SkippableFact]
    public async Task A_provider_cannot_open_another_providers_client_by_url()
    {
        var otherClient = ClientOnlyOf("75750101", "75750202"); // De Linde's client, unknown to Op Maat
        var page = await browser.LoggedInPageAsync("administratie@opmaat.demo");
        var response = await page.GotoAsync($"/Clienten/Details/{otherClient}");
        response!.Status.Should().Be(404);
        (await page.ContentAsync()).Should().NotContain(otherClient.ToString());

        var own = await browser.LoggedInPageAsync("administratie@delinde.demo");
        (await own.GotoAsync($"/Clienten/Details/{otherClient}"))!.Status.Should().Be(200);
    }

    [SkippableFact]
    public async Task The_login_form_is_usable_with_the_keyboard_only()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Inloggen");
        await page.Keyboard.PressAsync("Tab"); // skip link
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).Should().Be("Direct naar de inhoud");
        await page.GetByLabel("E-mailadres").FocusAsync();
        await page.Keyboard.TypeAsync("begeleider@delinde.demo");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoData.Wachtwoord);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("gebruiker").WaitForAsync();
        (await page.GetByTestId("gebruiker").InnerTextAsync()).Should().Contain("Begeleider");
        (await page.Locator("html").GetAttributeAsync("lang")).Should().Be("nl");
    }

    private (int Clienten, int Toewijzingen, int Contracten) ExpectedFigures(string organisatie)
    {
        using var db = browser.App.NewDbContext();
        var org = db.Organisaties.Single(o => o.Naam == organisatie);
        if (org.Soort == OrganisatieSoort.Aanbieder)
        {
            var contracten = db.Contracten.Where(c => c.AanbiederId == org.Id).Select(c => c.Id).ToList();
            var t = db.Toewijzingen.Where(x => contracten.Contains(x.ContractId)).ToList();
            return (t.Select(x => x.ClientId).Distinct().Count(), t.Count, contracten.Count);
        }
        var gemeenten = org.Soort == OrganisatieSoort.Regio
            ? db.Organisaties.Where(o => o.RegioId == org.Id).Select(o => o.Id).ToList()
            : [org.Id];
        var opdrachtgevers = new List<Guid> { org.Id };
        if (org.Soort == OrganisatieSoort.Regio)
            opdrachtgevers.AddRange(gemeenten);
        else if (org.RegioId is { } regio)
            opdrachtgevers.Add(regio);
        var contractIds = db.Contracten.Where(c => opdrachtgevers.Contains(c.OpdrachtgeverId)).Select(c => c.Id).ToList();
        var clientIds = db.Clienten.Where(c => gemeenten.Contains(c.GemeenteId)).Select(c => c.Id).ToList();
        var toewijzingen = db.Toewijzingen.Count(x => contractIds.Contains(x.ContractId) && clientIds.Contains(x.ClientId));
        return (clientIds.Count, toewijzingen, contractIds.Count);
    }

    private (Guid Id, string Bsn) DeventerClient()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var c = db.Clienten.Where(x => x.GemeenteId == deventer).OrderBy(x => x.Achternaam).First();
        return (c.Id, c.Bsn);
    }

    private Maatwerk.Domain.Clienten.Client StoredClient(Guid id)
    {
        using var db = browser.App.NewDbContext();
        return db.Clienten.Single(c => c.Id == id);
    }

    private Guid ClientOnlyOf(string agb, string otherAgb)
    {
        using var db = browser.App.NewDbContext();
        var eigen = db.Contracten.Where(c => c.AanbiederId == db.Organisaties.Single(o => o.AgbCode == agb).Id).Select(c => c.Id).ToList();
        var ander = db.Contracten.Where(c => c.AanbiederId == db.Organisaties.Single(o => o.AgbCode == otherAgb).Id).Select(c => c.Id).ToList();
        var metAnder = db.Toewijzingen.Where(t => ander.Contains(t.ContractId)).Select(t => t.ClientId).ToList();
        return db.Toewijzingen.Where(t => eigen.Contains(t.ContractId)).Select(t => t.ClientId).AsEnumerable().First(c => !metAnder.Contains(c));
    }
}
