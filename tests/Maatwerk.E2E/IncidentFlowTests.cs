using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>A calamity under Deventer in the browser (issue 14): kwaliteit registers it with both moments, sees the GGD
/// deadline from the event (DEV-B8-Report) and the gemeente's from discovery (DEV-Art9.1), reports it to the GGD and the
/// gemeente; the toezichthouder then sees it.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class IncidentFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Calamiteit_onder_Deventer_gemeld_aan_GGD_en_gemeente_met_termijnen_en_de_toezichthouder_ziet_haar()
    {
        var kwaliteit = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        var vandaag = browser.App.Vandaag;
        await kwaliteit.GotoAsync("/Incidenten/Nieuw");
        await kwaliteit.GetByLabel("Contract", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde" });
        await kwaliteit.GetByLabel("Soort", new() { Exact = true }).SelectOptionAsync("calamiteit");
        await kwaliteit.GetByLabel("Titel", new() { Exact = true }).FillAsync("E2E: cliënt gevallen in de douche");
        await kwaliteit.GetByLabel("Wat is er gebeurd", new() { Exact = true }).FillAsync("Cliënt gleed uit; ambulance gebeld");
        await kwaliteit.GetByLabel("Voorgevallen op", new() { Exact = true }).FillAsync(vandaag.AddDays(-6).ToString("yyyy-MM-dd"));
        await kwaliteit.GetByLabel("Voorgevallen om", new() { Exact = true }).FillAsync("10:00");
        await kwaliteit.GetByLabel("Ontdekt op", new() { Exact = true }).FillAsync(vandaag.AddDays(-1).ToString("yyyy-MM-dd"));
        await kwaliteit.GetByLabel("Ontdekt om", new() { Exact = true }).FillAsync("09:00");
        await kwaliteit.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();

        (await kwaliteit.GetByTestId("melding").InnerTextAsync()).Should().Contain("Melding geregistreerd");
        (await kwaliteit.Locator("[data-testid=termijn][data-regel='MR-52']").InnerTextAsync()).Should().Contain("DEV-B8-Report").And.Contain("uiterlijk");
        (await kwaliteit.Locator("[data-testid=termijn][data-regel='MR-57']").InnerTextAsync()).Should().Contain("DEV-Art9.1").And.Contain("Open");
        var url = kwaliteit.Url;

        foreach (var stap in new[] { "Gemeld aan de toezichthouder (GGD / inspectie)", "Gemeld aan de gemeente" })
        {
            await kwaliteit.GetByLabel("Wat is er gedaan").SelectOptionAsync(new SelectOptionValue { Label = stap });
            await kwaliteit.GetByLabel("Datum", new() { Exact = true }).FillAsync(vandaag.ToString("yyyy-MM-dd"));
            await kwaliteit.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
            (await kwaliteit.GetByTestId("melding").InnerTextAsync()).Should().Contain("Vastgelegd");
        }
        (await kwaliteit.Locator("[data-testid=termijn][data-regel='MR-57']").InnerTextAsync()).Should().Contain("Voldaan");

        var toezicht = await browser.LoggedInPageAsync("toezicht@deventer.demo");
        await toezicht.GotoAsync("/Incidenten");
        (await toezicht.GetByTestId("incidenten").InnerTextAsync()).Should().Contain("E2E: cliënt gevallen in de douche");
        await toezicht.GotoAsync(url);
        (await toezicht.GetByTestId("incident").InnerTextAsync()).Should().NotContain("Cliënt\n", "de toezichthouder ziet geen cliëntnaam");
        (await toezicht.GetByTestId("pdf").GetAttributeAsync("href")).Should().Contain("handler=Pdf");
    }
}
