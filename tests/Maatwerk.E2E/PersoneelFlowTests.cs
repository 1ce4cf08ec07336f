using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The staff register in the browser (issue 14): kwaliteit at De Linde opens the demo person whose VOG was never
/// renewed, sees why they may not be deployed (DEV-Eis18-d), is refused when making them a Deventer client's fixed worker
/// (the clause at the field), and makes a person with a valid VOG the fixed worker instead.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class PersoneelFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Een_medewerker_met_een_verlopen_VOG_wordt_geen_vaste_medewerker_een_geldige_wel()
    {
        var kwaliteit = await browser.LoggedInPageAsync("kwaliteit@delinde.demo");
        await kwaliteit.GotoAsync("/Personeel");
        await kwaliteit.GetByRole(AriaRole.Link, new() { Name = "Gerrit Mulder" }).ClickAsync();
        var status = await kwaliteit.GetByTestId("vog-status").InnerTextAsync();
        status.Should().Contain("niet inzetbaar").And.Contain("DEV-Eis18-d");

        await kwaliteit.GotoAsync("/Personeel/VasteMedewerkers");
        var rij = kwaliteit.GetByTestId("toewijzing").Filter(new() { HasText = "Deventer" }).First;
        await rij.GetByRole(AriaRole.Link).ClickAsync();
        var medewerker = kwaliteit.GetByLabel("Vaste medewerker", new() { Exact = true });
        await medewerker.SelectOptionAsync(new SelectOptionValue { Label = "Gerrit Mulder — Persoonlijk begeleider" });
        await kwaliteit.GetByLabel("Vervanger").SelectOptionAsync(new SelectOptionValue { Label = "(geen vervanger)" });
        await kwaliteit.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
        (await kwaliteit.Locator("[data-veld-fout='Invoer.MedewerkerId']").InnerTextAsync()).Should().Contain("DEV-Eis18-d").And.Contain("niet de vaste medewerker");

        await medewerker.SelectOptionAsync(new SelectOptionValue { Label = "Sanne Bakker — Persoonlijk begeleider" });
        await kwaliteit.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
        (await kwaliteit.GetByTestId("melding").InnerTextAsync()).Should().Contain("Vaste medewerker vastgelegd");
        (await kwaliteit.GetByTestId("toewijzing").Filter(new() { HasText = "Sanne Bakker" }).CountAsync()).Should().BeGreaterThan(0);
    }
}
