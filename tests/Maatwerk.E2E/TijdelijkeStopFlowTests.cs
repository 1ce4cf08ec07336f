using Maatwerk.E2E.Support;
using Maatwerk.Tests.Shared;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Temporary stop in the browser under Voorne aan Zee (IB-32): a reason the contract does not allow is refused
/// with the clause; a hospital admission of a whole calendar month sends a 307 with reden 20; resuming sends a new 305 on
/// the same toewijzing, and the gemeente sees both on the timeline. In CI this also runs on PostgreSQL.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class TijdelijkeStopFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_provider_stops_care_temporarily_for_a_hospital_admission_and_resumes_it()
    {
        var vandaag = browser.App.Vandaag;
        var id = StartedToewijzingOpMaat(vandaag);
        var laatste = vandaag.AddDays(-1);
        var page = await browser.LoggedInPageAsync("administratie@opmaat.demo");
        await page.GotoAsync($"/Toewijzingen/Details/{id}");

        await AndereStappen.OpenAsync(page);
        var stop = page.Locator("form[data-stap='TijdelijkStoppen']");
        await stop.GetByLabel("Laatste dag van levering").FillAsync(laatste.ToString("yyyy-MM-dd"));
        await stop.GetByLabel("Reden van de onderbreking").SelectOptionAsync("anders");
        await stop.GetByLabel("Verwachte hervatting").FillAsync(laatste.AddDays(10).ToString("yyyy-MM-dd"));
        await stop.GetByRole(AriaRole.Button, new() { Name = "Tijdelijk stoppen" }).ClickAsync();
        var fout = await page.GetByTestId("stapfout").InnerTextAsync();
        fout.Should().Contain("IB-32").And.Contain("ziekenhuis").And.Contain("volledige kalendermaand");
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestart");

        await AndereStappen.OpenAsync(page);
        stop = page.Locator("form[data-stap='TijdelijkStoppen']");
        await stop.GetByLabel("Laatste dag van levering").FillAsync(laatste.ToString("yyyy-MM-dd"));
        await stop.GetByLabel("Reden van de onderbreking").SelectOptionAsync("ziekenhuis");
        await stop.GetByLabel("Verwachte hervatting").FillAsync(Domain.Toewijzingen.TijdelijkeStop.EarliestResumption(laatste).ToString("yyyy-MM-dd"));
        await stop.GetByRole(AriaRole.Button, new() { Name = "Tijdelijk stoppen" }).ClickAsync();
        await page.GetByTestId("onderbreking").WaitForAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Tijdelijk gestopt");
        (await page.GetByTestId("onderbreking").InnerTextAsync()).Should().Contain("ziekenhuis");

        await page.Locator("form[data-stap='Hervatten']").GetByRole(AriaRole.Button, new() { Name = "Zorg hervatten" }).ClickAsync();
        await page.GetByTestId("hervat").WaitForAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestart");

        var consulent = await browser.LoggedInPageAsync("consulent@voorneaanzee.demo");
        await consulent.GotoAsync($"/Toewijzingen/Details/{id}");
        var tijdlijn = await consulent.GetByTestId("gebeurtenissen").InnerTextAsync();
        tijdlijn.Should().Contain("Levering tijdelijk gestopt").And.Contain("opname in een ziekenhuis").And.Contain("Levering hervat")
            .And.Contain("korter dan een volledige kalendermaand (IB-32)", "the client came back the next day");
        (await consulent.Locator("[data-testid='berichten'] tr[data-soort='WMO307']").InnerTextAsync()).Should().Contain("Geaccepteerd");

        using var db = browser.App.NewDbContext();
        var berichten = db.Berichten.Where(b => b.ToewijzingId == id).OrderBy(b => b.Ontvangen).ToList();
        var stop307 = berichten.Last(b => b.Soort == "WMO307");
        stop307.Xml.Should().Contain(">20</wmo307:RedenBeeindiging>");
        berichten.Last(b => b.Soort == "WMO305").Xml.Should().Contain($"<wmo305:Begindatum>{vandaag:yyyy-MM-dd}<");
        foreach (var b in berichten)
            OfficialXsd.Errors(b.Xml).Should().BeEmpty(b.Soort);
    }

    private Guid StartedToewijzingOpMaat(DateOnly vandaag)
    {
        using var db = browser.App.NewDbContext();
        var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == opMaat && c.ProfielId == "voorne-aan-zee-ib").Select(c => c.Id).ToList();
        var grens = vandaag.AddDays(75);
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId) && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart
                && t.StartdatumZorg < vandaag.AddDays(-1) && (t.Einddatum == null || t.Einddatum > grens))
            .OrderBy(t => t.ToewijzingNummer).Select(t => t.Id).First();
    }
}
