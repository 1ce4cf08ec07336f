using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>A provider registers a complaint in the browser; the engine turns it into the Deventer complaint
/// obligations with deadlines computed from the contract (DEV-Eis16-R3: acknowledge within 2 working days).</summary>
public sealed class VerplichtingenFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Contract = "Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde";

    [SkippableFact]
    public async Task Registering_a_complaint_creates_the_acknowledgement_obligation_with_its_clause()
    {
        var page = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        await page.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Verplichtingen" }).ClickAsync();
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        // The app's today is Tuesday 10 November 2026: a complaint of Friday 6 November + 2 working days = Tuesday 10 November.
        browser.App.Vandaag.Should().Be(new DateOnly(2026, 11, 10));
        var rows = page.Locator("tr[data-regel='MR-49']", new() { HasText = "10-11-2026" });
        var before = await rows.CountAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Gebeurtenis registreren" }).ClickAsync();
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        await page.GetByLabel("Gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Klacht ontvangen" });
        await page.GetByLabel("Datum").FillAsync("2026-11-06");
        await page.GetByLabel("Toelichting").FillAsync("Cliënt klaagt over te late start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).WaitForAsync();
        page.Url.Should().Contain("/Verplichtingen?Contract=");
        (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Should().Contain("geregistreerd");
        (await rows.CountAsync()).Should().Be(before + 1);
        (await rows.Last.InnerTextAsync()).Should().Contain("DEV-Eis16-R3");
    }

    [SkippableFact]
    public async Task An_event_in_the_future_is_refused_at_the_field()
    {
        var page = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        await page.GotoAsync("/Verplichtingen/Registreren");
        await page.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        await page.GetByLabel("Gebeurtenis").SelectOptionAsync(new SelectOptionValue { Label = "Klacht ontvangen" });
        await page.GetByLabel("Datum").FillAsync(browser.App.Vandaag.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        (await page.Locator("[data-veld-fout='Invoer.Datum']").InnerTextAsync()).Should().Contain("niet in de toekomst");
    }
}
