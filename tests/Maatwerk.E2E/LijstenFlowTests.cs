using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Lists that scale (issue 9) in the browser: a consulent pages through the client list and searches it, and the
/// pager says where in the whole list the page is ("1–5 van N").</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class LijstenFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_consulent_pages_through_the_clients_and_searches_by_name_and_by_bsn()
    {
        var (totaal, voorbeeld) = DeventerClienten();
        var page = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await page.GotoAsync("/Clienten?grootte=5");
        (await page.GetByTestId("pager-omschrijving").InnerTextAsync()).Should().Be($"1–5 van {totaal}");
        var eerste = await page.GetByTestId("clienten").Locator("tbody tr").AllInnerTextsAsync();
        eerste.Should().HaveCount(5);

        await page.GetByTestId("pager-volgende").ClickAsync();
        await page.WaitForURLAsync("**pagina=2**");
        (await page.GetByTestId("pager-omschrijving").InnerTextAsync()).Should().Be($"6–10 van {totaal}");
        var tweede = await page.GetByTestId("clienten").Locator("tbody tr").AllInnerTextsAsync();
        tweede.Should().NotIntersectWith(eerste, "the second page continues where the first ended");
        await page.GetByTestId("pager-vorige").ClickAsync();
        (await page.GetByTestId("pager-omschrijving").InnerTextAsync()).Should().Be($"1–5 van {totaal}");

        await page.GetByLabel("Zoek op naam of BSN").FillAsync(voorbeeld.Achternaam.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync("**zoek=**");
        (await page.GetByTestId("clienten").InnerTextAsync()).Should().Contain(voorbeeld.Achternaam);

        await page.GetByLabel("Zoek op naam of BSN").FillAsync(voorbeeld.Bsn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.WaitForURLAsync($"**zoek={voorbeeld.Bsn}**");
        (await page.GetByTestId("pager-omschrijving").InnerTextAsync()).Should().Be("1–1 van 1");
        (await page.GetByTestId("clienten").Locator("tbody tr").CountAsync()).Should().Be(1);
        (await page.GetByTestId("pager-export").GetAttributeAsync("href")).Should().Be($"/api/clienten/export?zoek={voorbeeld.Bsn}&sortering=naam");
    }

    private (int Totaal, Maatwerk.Domain.Clienten.Client Voorbeeld) DeventerClienten()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        return (db.Clienten.Count(c => c.GemeenteId == deventer), db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Achternaam).First());
    }
}
