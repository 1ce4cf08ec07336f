using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Issue 13: per role the start page is a work queue with the demo's due items; the first item's link leads to the
/// page where it is done (a consulent and a provider's administratie).</summary>
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
}
