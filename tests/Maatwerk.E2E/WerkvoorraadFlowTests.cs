using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Issue 13: per role the start page is a work queue with the demo's due items; the first item's link leads to the
/// page where it is done (a consulent and a provider's administratie).</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class WerkvoorraadFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task The_start_page_of_each_role_lists_due_items_that_lead_to_where_they_are_done()
    {
        var aanbieder = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await aanbieder.GotoAsync("/");
        var acceptatie = aanbieder.GetByTestId("werkbak-acceptatie");
        (await acceptatie.GetByTestId("werkitem").CountAsync()).Should().BeGreaterThan(0, "the demo has toewijzingen waiting for acceptance");
        (await acceptatie.InnerTextAsync()).Should().Contain("geldt als aanvaard na");
        var eerste = acceptatie.GetByTestId("werkitem").First.Locator("a.werkbak__link");
        var doel = await eerste.GetAttributeAsync("href");
        await eerste.ClickAsync();
        await aanbieder.GetByTestId("status").WaitForAsync();
        aanbieder.Url.Should().EndWith(doel!);
        await aanbieder.GetByTestId("volgende-stap").GetByRole(AriaRole.Button, new() { Name = "Accepteren" }).WaitForAsync();
        await aanbieder.GetByTestId("dossierkop").WaitForAsync();

        var consulent = await browser.LoggedInPageAsync("consulent@deventer.demo");
        await consulent.GotoAsync("/");
        await consulent.GetByTestId("werkvoorraad").WaitForAsync();
        var item = consulent.GetByTestId("werkitem").First.Locator("a.werkbak__link");
        var link = await item.GetAttributeAsync("href");
        link.Should().MatchRegex("^/(Toewijzingen|Verzoeken|Clienten)/");
        await item.ClickAsync();
        await consulent.WaitForURLAsync("**" + link);
        (await consulent.Locator("h1").First.InnerTextAsync()).Should().NotBeNullOrWhiteSpace();
    }

    /// <summary>The other roles the issue names: each start page has a work queue with the demo's due items, and the first
    /// item of every queue opens a page of the app (not an error) where it is done.</summary>
    [SkippableTheory]
    [InlineData("begeleider@delinde.demo")]
    [InlineData("contractmanager@deventer.demo")]
    [InlineData("toezicht@deventer.demo")]
    [InlineData("beheer@deventer.demo")]
    public async Task Every_queue_of_the_role_leads_from_its_first_item_to_where_it_is_done(string email)
    {
        var page = await browser.LoggedInPageAsync(email);
        await page.GotoAsync("/");
        await page.GetByTestId("werkvoorraad").WaitForAsync();
        var links = await page.Locator("[data-testid=werkvoorraad] section.werkbak").EvaluateAllAsync<string?[]>(
            "bakken => bakken.map(b => b.querySelector('a.werkbak__link')?.getAttribute('href') ?? null)");
        var eersten = links.OfType<string>().ToList();
        eersten.Should().NotBeEmpty($"the demo gives {email} due items on the start page");
        foreach (var link in eersten)
        {
            var antwoord = await page.GotoAsync(link);
            antwoord!.Status.Should().BeLessThan(400, $"{email}: {link} opens");
            (await page.Locator("h1").First.InnerTextAsync()).Should().NotBeNullOrWhiteSpace().And.NotContain("Fout");
        }
    }
}
