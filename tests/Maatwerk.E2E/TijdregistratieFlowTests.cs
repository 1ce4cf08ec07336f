using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>A begeleider registers a week of time on the week page (IB-59, DEV-Eis21), sees a refusal on the field that
/// names the rule, and the week's totals.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class TijdregistratieFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_begeleider_registers_a_week_of_time()
    {
        var toewijzing = GestarteToewijzing();
        var page = await browser.LoggedInPageAsync("begeleider@delinde.demo");
        await page.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Tijd" }).ClickAsync();
        await page.GetByTestId("vorige-week").ClickAsync();
        var maandag = browser.App.Vandaag.AddDays(-(((int)browser.App.Vandaag.DayOfWeek + 6) % 7) - 7);

        for (var dag = 0; dag < 5; dag++)
        {
            var formulier = page.GetByTestId("tijdformulier");
            await formulier.GetByLabel("Cliënt en toewijzing").SelectOptionAsync(toewijzing.ToString());
            await formulier.GetByLabel("Datum").FillAsync(maandag.AddDays(dag).ToString("yyyy-MM-dd"));
            await formulier.GetByLabel("Begintijd").FillAsync("09:30");
            await formulier.GetByLabel("Minuten").FillAsync("60");
            await formulier.GetByLabel("Contactwijze").SelectOptionAsync(dag == 2 ? "Telefonisch" : "Persoonlijk");
            await formulier.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
            (await page.GetByTestId("melding").InnerTextAsync()).Should().Contain("60 minuten");
        }

        // Time is registered after it was given: tomorrow is refused on the date field, saying why.
        var nogEens = page.GetByTestId("tijdformulier");
        await nogEens.GetByLabel("Cliënt en toewijzing").SelectOptionAsync(toewijzing.ToString());
        await nogEens.GetByLabel("Datum").FillAsync(browser.App.Vandaag.AddDays(1).ToString("yyyy-MM-dd"));
        await nogEens.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
        (await page.Locator("[data-veld-fout='Invoer.Datum']").InnerTextAsync()).Should().Contain("toekomst");

        await page.GotoAsync($"/Tijdregistraties?Dag={maandag:yyyy-MM-dd}");
        (await page.GetByTestId("registratie").CountAsync()).Should().Be(5);
        (await page.GetByTestId("weektotaal").InnerTextAsync()).Should().Contain("Direct: 5:00");
    }

    private Guid GestarteToewijzing()
    {
        using var db = browser.App.NewDbContext();
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
        var maandVoor = browser.App.Vandaag.AddDays(-30);
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId) && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart && t.StartdatumZorg < maandVoor)
            .OrderBy(t => t.ToewijzingNummer).First().Id;
    }
}
