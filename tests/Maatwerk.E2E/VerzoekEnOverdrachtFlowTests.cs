using System.Text.RegularExpressions;
using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Verzoek om toewijzing (WMO315) and the warm hand-over checklist in the browser.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class VerzoekEnOverdrachtFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Contract = "Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde";

    [SkippableFact]
    public async Task A_provider_requests_a_toewijzing_and_the_consulent_grants_it()
    {
        var bsn = KnownClientBsn();
        var aanbieder = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await aanbieder.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Verzoeken" }).ClickAsync();
        await aanbieder.GetByRole(AriaRole.Link, new() { Name = "Nieuw verzoek om toewijzing" }).ClickAsync();
        await aanbieder.GetByLabel("Contract").SelectOptionAsync(new SelectOptionValue { Label = Contract });
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        await aanbieder.GetByLabel("Gemeente van de cliënt").SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Deventer" });
        await aanbieder.GetByLabel("BSN").FillAsync("123456789");
        await aanbieder.GetByLabel("Voornamen").FillAsync("Karin");
        await aanbieder.GetByLabel("Achternaam").FillAsync("Smit");
        await aanbieder.GetByLabel("Geboortedatum").FillAsync("1958-03-02");
        await aanbieder.GetByLabel("Product").SelectOptionAsync("PO-L");
        await aanbieder.GetByLabel("Gewenste einddatum").FillAsync(browser.App.Vandaag.AddMonths(6).ToString("yyyy-MM-dd"));
        await aanbieder.GetByLabel("Volume").FillAsync("90");
        await aanbieder.GetByLabel("Eenheid").SelectOptionAsync("01");
        await aanbieder.GetByLabel("Frequentie").SelectOptionAsync("2");
        await aanbieder.GetByLabel("Verwezen door").SelectOptionAsync("02");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Verzoek verzenden" }).ClickAsync();
        (await aanbieder.Locator("[data-veld-fout='Invoer.Bsn']").InnerTextAsync()).Should().Contain("elfproef");

        await aanbieder.GetByLabel("BSN").FillAsync(bsn);
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Verzoek verzenden" }).ClickAsync();
        await aanbieder.GetByTestId("status").WaitForAsync();
        var verzoekUrl = new Uri(aanbieder.Url).AbsolutePath;
        (await aanbieder.GetByTestId("status").InnerTextAsync()).Should().StartWith("Ingediend");

        var consulent = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await consulent.GotoAsync(verzoekUrl);
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Toewijzing verzenden" }).ClickAsync();
        (await consulent.GetByTestId("status").InnerTextAsync()).Should().StartWith("Toegewezen");
        await consulent.GetByRole(AriaRole.Link, new() { Name = "Naar de toewijzing" }).ClickAsync();
        (await consulent.GetByTestId("berichten").InnerTextAsync()).Should().Contain("WMO301");
    }

    [SkippableFact]
    public async Task A_stop_for_overstap_waits_for_the_warm_hand_over()
    {
        var toewijzing = StartedToewijzing();
        var page = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await page.GotoAsync($"/Toewijzingen/Details/{toewijzing}");
        var stop = page.Locator("form[data-stap='Stop']");
        await stop.GetByLabel("Reden beëindiging").SelectOptionAsync("38");
        await stop.GetByRole(AriaRole.Button, new() { Name = "Zorg stoppen" }).ClickAsync();
        (await page.GetByTestId("stapfout").InnerTextAsync()).Should().Contain("warme overdracht");

        var overdracht = page.Locator("form[data-stap='Overdracht']");
        await overdracht.GetByLabel("Nieuwe aanbieder", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Begeleiding Op Maat B.V." });
        foreach (var box in await overdracht.GetByRole(AriaRole.Checkbox).AllAsync())
            await box.CheckAsync();
        await overdracht.GetByRole(AriaRole.Button, new() { Name = "Overdracht bijwerken" }).ClickAsync();
        (await page.GetByTestId("overdracht-status").InnerTextAsync()).Should().StartWith("Voltooid");

        stop = page.Locator("form[data-stap='Stop']");
        await stop.GetByLabel("Reden beëindiging").SelectOptionAsync("38");
        await stop.GetByRole(AriaRole.Button, new() { Name = "Zorg stoppen" }).ClickAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestopt");
        (await page.GetByTestId("gebeurtenissen").InnerTextAsync()).Should().Contain("Warme overdracht aan een andere aanbieder voltooid")
            .And.Contain("reden 38: Overstap naar andere aanbieder");
    }

    private string KnownClientBsn()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        return db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(11).First().Bsn;
    }

    private Guid StartedToewijzing()
    {
        using var db = browser.App.NewDbContext();
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId) && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart)
            .OrderByDescending(t => t.ToewijzingNummer).First().Id;
    }
}
