using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>A provider registers an event by hand in the browser; the engine turns it into the Deventer obligation with its
/// clause (DEV-Eis9-MI: management information within 1 month of the request). Complaints are no longer typed here but
/// registered in the klachtenregister (issue 14; KlachtFlowTests), so the form does not offer them.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class VerplichtingenFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Contract = "Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde";

    [SkippableFact]
    public async Task Registering_a_request_creates_the_obligation_with_its_clause_and_complaints_are_not_offered()
    {
        var page = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        await page.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Verplichtingen" }).ClickAsync();
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        browser.App.Vandaag.Should().Be(new DateOnly(2026, 11, 10));
        var rows = page.Locator("tr[data-regel='MR-33']");
        var before = await rows.CountAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Gebeurtenis registreren" }).ClickAsync();
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        (await page.GetByLabel("Gebeurtenis").Locator("option[value='klacht']").CountAsync()).Should().Be(0, "a complaint goes through /Klachten");
        await page.GetByLabel("Gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente vraagt managementinformatie op" });
        await page.GetByLabel("Datum").FillAsync("2026-11-06");
        await page.GetByLabel("Toelichting").FillAsync("Verzoek per e-mail van de contractmanager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).WaitForAsync();
        page.Url.Should().Contain("/Verplichtingen?Contract=");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("geregistreerd");
        (await rows.CountAsync()).Should().Be(before + 1);
        (await rows.Last.InnerTextAsync()).Should().Contain("DEV-Eis9-MI");
    }

    [SkippableFact]
    public async Task An_event_in_the_future_is_refused_at_the_field()
    {
        var page = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        await page.GotoAsync("/Verplichtingen/Registreren");
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        await page.GetByLabel("Gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente vraagt managementinformatie op" });
        await page.GetByLabel("Datum").FillAsync(browser.App.Vandaag.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        (await page.Locator("[data-veld-fout='Invoer.Datum']").InnerTextAsync()).Should().Contain("niet in de toekomst");
    }
}
