using System.Text.RegularExpressions;
using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The smaller user flows of the care chain in the browser: the contractmanager maps contract products to iWmo
/// product codes (TR381); the provider shares an evaluation report only with the client's consent (IB-27c), after which
/// the gemeente sees it; the provider withdraws a start registered on the wrong day (StatusAanlevering 3).</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class KetenAdditionsFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_contractmanager_maps_a_product_to_an_iwmo_code_TR381()
    {
        var page = await browser.LoggedInPageAsync("contractmanager@deventer.demo");
        await page.GotoAsync("/Contracten");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "De Linde" }).GetByRole(AriaRole.Link, new() { Name = "iWmo-productcodes" }).ClickAsync();
        await page.GetByTestId("productcodes").WaitForAsync();
        await page.GetByLabel("iWmo-productcode voor OAD-BP").FillAsync("TE-LANG");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        (await page.GetByTestId("fouten").InnerTextAsync()).Should().Contain("OAD-BP").And.Contain("TR381");

        await page.GetByLabel("iWmo-productcode voor OAD-BP").FillAsync("07a03");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.GetByTestId("productcodes").WaitForAsync();
        (await page.Locator("tr[data-product='OAD-BP'] [data-testid='effectief']").InnerTextAsync()).Should().Be("07A03");
        (await page.Locator("tr[data-product='PO-B'] [data-testid='effectief']").InnerTextAsync()).Should().Be("PO-B", "a contract code that fits iWmo goes out as it is");
    }

    [SkippableFact]
    public async Task The_provider_shares_an_evaluation_only_with_consent_and_withdraws_a_wrong_start()
    {
        var (eerste, tweede) = TwoStartedToewijzingen();
        var aanbieder = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await aanbieder.GotoAsync($"/Toewijzingen/Details/{eerste}");
        await aanbieder.GetByRole(AriaRole.Link, new() { Name = "Evaluatie vastleggen" }).ClickAsync();
        await aanbieder.GetByLabel("Deelnemers").FillAsync("Cliënt en zoon");
        await aanbieder.GetByLabel(new Regex("^1\\. Aan welke doelen")).FillAsync("Zelfstandig boodschappen doen");
        await aanbieder.GetByLabel(new Regex("^2\\. Wat heeft de cliënt")).FillAsync("Gaat twee keer per week zelf naar de winkel");
        await aanbieder.GetByLabel(new Regex("^3\\. Hoe is de verbinding")).FillAsync("Wijkcentrum op donderdag");
        await aanbieder.GetByLabel(new Regex("^4\\. Kan de geïndiceerde")).FillAsync("Afschalen naar één keer per week");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Evaluatie vastleggen" }).ClickAsync();
        await aanbieder.GetByTestId("evaluatie").WaitForAsync();

        var consulent = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await consulent.GotoAsync($"/Toewijzingen/Details/{eerste}");
        (await consulent.GetByTestId("evaluatie").CountAsync()).Should().Be(0, "not shared with the gemeente yet");

        await aanbieder.Locator("[data-testid='evaluatie'] summary").ClickAsync();
        var delen = aanbieder.Locator("form[data-stap='EvaluatieDelen']");
        await delen.GetByRole(AriaRole.Button, new() { Name = "Verslag delen met de gemeente" }).ClickAsync();
        (await aanbieder.GetByTestId("stapfout").InnerTextAsync()).Should().Contain("IB-27c");
        await aanbieder.Locator("[data-testid='evaluatie'] summary").ClickAsync();
        delen = aanbieder.Locator("form[data-stap='EvaluatieDelen']");
        await delen.GetByLabel("Cliënt gaf toestemming op").FillAsync(browser.App.Vandaag.ToString("yyyy-MM-dd"));
        await delen.GetByRole(AriaRole.Button, new() { Name = "Verslag delen met de gemeente" }).ClickAsync();
        await aanbieder.GetByTestId("gedeeld").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        (await aanbieder.GetByTestId("gedeeld").TextContentAsync()).Should().Contain("Gedeeld met de gemeente");

        await consulent.ReloadAsync();
        (await consulent.GetByTestId("evaluatie").TextContentAsync()).Should().Contain("Wijkcentrum op donderdag");

        await aanbieder.GotoAsync($"/Toewijzingen/Details/{tweede}");
        await AndereStappen.OpenAsync(aanbieder);
        await aanbieder.Locator("form[data-stap='StartIntrekken']").GetByRole(AriaRole.Button, new() { Name = "Start intrekken" }).ClickAsync();
        await aanbieder.GetByTestId("status").WaitForAsync();
        (await aanbieder.GetByTestId("status").InnerTextAsync()).Should().Be("Geaccepteerd");
        (await aanbieder.Locator("[data-testid='berichten'] tr[data-soort='WMO305']").CountAsync()).Should().Be(2, "the start and its withdrawal");
        (await aanbieder.GetByTestId("gebeurtenissen").InnerTextAsync()).Should().Contain("ingetrokken");
    }

    private (Guid Eerste, Guid Tweede) TwoStartedToewijzingen()
    {
        using var db = browser.App.NewDbContext();
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == linde).ToList();
        var deventer = contracten.Where(c => c.ProfielId == "deventer-wmo-2023").Select(c => c.Id).ToList();
        var alle = contracten.Select(c => c.Id).ToList();
        var gestart = db.Toewijzingen.Where(t => alle.Contains(t.ContractId) && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart)
            .OrderBy(t => t.ToewijzingNummer).Select(t => new { t.Id, t.ContractId }).ToList();
        var eerste = gestart.First(t => deventer.Contains(t.ContractId)).Id; // the four questions of DEV-Eis4-b
        return (eerste, gestart.First(t => t.Id != eerste).Id);
    }
}
