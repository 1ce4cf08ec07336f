using System.Text.RegularExpressions;
using Maatwerk.E2E.Support;
using Maatwerk.Tests.Shared;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The care chain in the browser, both sides: the consulent issues a toewijzing; the provider accepts, plans
/// the intake, starts care (WMO305 in its outbox and the gemeente's inbox), agrees the plan, sees the end evaluation
/// due (DEV-Eis4-a), holds it with the contract's questions (DEV-Eis4-b) and stops care (WMO307); the gemeente sees the same timeline. In CI this also runs on PostgreSQL.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class ZorgketenFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task From_toewijzing_to_stop_on_both_sides()
    {
        var (client, contract) = DeventerClientEnContract();
        var vandaag = browser.App.Vandaag;

        var consulent = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await consulent.GotoAsync($"/Clienten/Details/{client}");
        await consulent.GetByRole(AriaRole.Link, new() { Name = "Beschikking vastleggen" }).ClickAsync();
        await consulent.GetByLabel("Beschikkingnummer").FillAsync("B-20261123");
        await consulent.GetByLabel("Ingangsdatum").FillAsync(vandaag.AddDays(-7).ToString("yyyy-MM-dd"));
        await consulent.GetByLabel("Einddatum").FillAsync(vandaag.AddMonths(12).ToString("yyyy-MM-dd"));
        await consulent.GetByLabel("Omschrijving").FillAsync("Persoonlijke ondersteuning basis, 2 uur per week");
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Beschikking vastleggen" }).ClickAsync();
        await consulent.GetByLabel("Contract (aanbieder)").WaitForAsync();
        await consulent.GetByLabel("Contract (aanbieder)").SelectOptionAsync(contract.ToString());
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Kies contract" }).ClickAsync();
        await consulent.GetByLabel("Product").SelectOptionAsync("PO-B");
        (await consulent.GetByLabel("Beschikking", new() { Exact = true }).InputValueAsync()).Should().NotBeEmpty("the beschikking just recorded is chosen");
        await consulent.GetByLabel("Ingangsdatum").FillAsync(vandaag.AddDays(-7).ToString("yyyy-MM-dd"));
        await consulent.GetByLabel("Einddatum").FillAsync(vandaag.AddMonths(12).ToString("yyyy-MM-dd"));
        await consulent.GetByLabel("Volume").FillAsync("120");
        await consulent.GetByLabel("Eenheid").SelectOptionAsync("01");
        await consulent.GetByLabel("Frequentie").SelectOptionAsync("2");
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Toewijzing verzenden" }).ClickAsync();
        await consulent.GetByTestId("status").WaitForAsync();
        var toewijzingUrl = new Uri(consulent.Url).AbsolutePath;
        (await consulent.GetByTestId("status").InnerTextAsync()).Should().Be("Verzonden");

        var aanbieder = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await aanbieder.GotoAsync("/Berichten?Map=in");
        (await aanbieder.Locator("tr[data-soort='WMO301']").CountAsync()).Should().BeGreaterThan(0);
        await aanbieder.GotoAsync(toewijzingUrl);
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Accepteren" }).ClickAsync();
        (await aanbieder.GetByTestId("status").InnerTextAsync()).Should().Be("Geaccepteerd");

        await AndereStappen.OpenAsync(aanbieder);
        var intake = aanbieder.Locator("form[data-stap='IntakeGepland']");
        await intake.GetByLabel("Datum").FillAsync(vandaag.AddDays(3).ToString("yyyy-MM-dd"));
        await intake.GetByLabel("Toelichting").FillAsync("Intake bij cliënt thuis");
        await intake.GetByRole(AriaRole.Button).ClickAsync();

        await AndereStappen.OpenAsync(aanbieder);
        await aanbieder.Locator("form[data-stap='Start']").GetByRole(AriaRole.Button, new() { Name = "Zorg starten" }).ClickAsync();
        (await aanbieder.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestart");
        var startRij = aanbieder.Locator("[data-testid='berichten'] tr[data-soort='WMO305']");
        (await startRij.InnerTextAsync()).Should().Contain("Geaccepteerd");

        await aanbieder.GetByRole(AriaRole.Link, new() { Name = "Plan vastleggen" }).ClickAsync();
        await aanbieder.GetByLabel("Doelen (SMART)").FillAsync("Binnen 3 maanden zelf de administratie bijhouden");
        await aanbieder.GetByLabel("Activiteiten").FillAsync("Samen post openen en betalingen plannen");
        await aanbieder.GetByLabel("Frequentie").FillAsync("2 keer per week 60 minuten");
        await aanbieder.GetByLabel("Mogelijkheden tot afschalen").FillAsync("Na 2 maanden naar 1 keer per week");
        await aanbieder.GetByLabel("Rol van het netwerk").FillAsync("Dochter helpt bij de maandelijkse controle");
        await aanbieder.GetByLabel("Overeengekomen met").FillAsync("Cliënt zelf");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Plan vastleggen" }).ClickAsync();
        await aanbieder.GetByTestId("status").WaitForAsync();
        (await aanbieder.GetByTestId("plan").InnerTextAsync()).Should().Contain("zelf de administratie");
        var evaluatie = aanbieder.Locator("tr[data-regel='MR-11']");
        (await evaluatie.InnerTextAsync()).Should().Contain("DEV-Eis4-a").And.Contain("Open");

        await aanbieder.GetByRole(AriaRole.Link, new() { Name = "Evaluatie vastleggen" }).ClickAsync();
        await aanbieder.GetByLabel("Deelnemers").FillAsync("Cliënt en begeleider");
        await aanbieder.GetByLabel(new Regex("^1\\. Aan welke doelen")).FillAsync("Administratie op orde krijgen");
        await aanbieder.GetByLabel(new Regex("^2\\. Wat heeft de cliënt")).FillAsync("Post wordt wekelijks zelf geopend");
        await aanbieder.GetByLabel(new Regex("^3\\. Hoe is de verbinding")).FillAsync("Vrijwilliger van het buurthuis helpt mee");
        await aanbieder.GetByLabel(new Regex("^4\\. Kan de geïndiceerde")).FillAsync("Ja, na 2 maanden afschalen");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Evaluatie vastleggen" }).ClickAsync();
        await aanbieder.GetByTestId("status").WaitForAsync();
        (await aanbieder.GetByTestId("evaluatie").InnerTextAsync()).Should().Contain("Cliënt en begeleider");
        (await aanbieder.Locator("tr[data-regel='MR-11']").InnerTextAsync()).Should().Contain("Voldaan", "the evaluation meets the end evaluation DEV-Eis4-a");

        var stop = aanbieder.Locator("form[data-stap='Stop']");
        await stop.GetByLabel("Reden beëindiging").SelectOptionAsync("19");
        await stop.GetByRole(AriaRole.Button, new() { Name = "Zorg stoppen" }).ClickAsync();
        (await aanbieder.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestopt");
        (await aanbieder.Locator("[data-testid='berichten'] tr[data-soort='WMO307']").InnerTextAsync()).Should().Contain("Geaccepteerd");
        await aanbieder.GotoAsync("/Berichten?Map=uit");
        (await aanbieder.Locator("tr[data-soort='WMO305']").CountAsync()).Should().BeGreaterThan(0);

        await consulent.GotoAsync(toewijzingUrl);
        (await consulent.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestopt");
        var tijdlijn = await consulent.GetByTestId("gebeurtenissen").InnerTextAsync();
        tijdlijn.Should().Contain("Toewijzing verzonden aan de aanbieder (WMO301)").And.Contain("melding start zorg, WMO305").And.Contain("plan met de cliënt overeengekomen")
            .And.Contain("melding einde zorg, WMO307");
        var berichten = await consulent.GetByTestId("berichten").InnerTextAsync();
        berichten.Should().Contain("WMO301").And.Contain("WMO305").And.Contain("WMO307");

        await consulent.Locator("[data-testid='berichten'] tr[data-soort='WMO307'] a").ClickAsync();
        (await consulent.GetByTestId("retourcodes").InnerTextAsync()).Should().StartWith("0200");
        AssertValidMessages(toewijzingUrl.Split('/').Last());
    }

    [SkippableFact]
    public async Task A_stop_before_the_start_is_refused_in_the_browser()
    {
        var page = await browser.LoggedInPageAsync("administratie@delinde.demo");
        var gestart = StartedToewijzing();
        await page.GotoAsync($"/Toewijzingen/Details/{gestart.Id}");
        var stop = page.Locator("form[data-stap='Stop']");
        await stop.GetByLabel("Laatste dag van levering").FillAsync(gestart.Start.AddDays(-1).ToString("yyyy-MM-dd"));
        await stop.GetByLabel("Reden beëindiging").SelectOptionAsync("19");
        await stop.GetByRole(AriaRole.Button, new() { Name = "Zorg stoppen" }).ClickAsync();
        (await page.GetByTestId("stapfout").InnerTextAsync()).Should().Contain("vóór de startdatum");
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestart");
    }

    private (Guid Client, Guid Contract) DeventerClientEnContract()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(7).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
    }

    private (Guid Id, DateOnly Start) StartedToewijzing()
    {
        using var db = browser.App.NewDbContext();
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
        var t = db.Toewijzingen.First(t => contracten.Contains(t.ContractId) && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart);
        return (t.Id, t.StartdatumZorg!.Value);
    }

    private void AssertValidMessages(string toewijzingId)
    {
        using var db = browser.App.NewDbContext();
        var id = Guid.Parse(toewijzingId);
        var berichten = db.Berichten.Where(b => b.ToewijzingId == id).ToList();
        berichten.Select(b => b.Soort).Should().BeEquivalentTo(["WMO301", "WMO305", "WMO307"]);
        foreach (var b in berichten)
            OfficialXsd.Errors(b.Xml).Should().BeEmpty(b.Soort);
    }
}
