using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The client-experience survey in the browser (issue 14, IB-47a/b): the administratie of Op Maat makes a
/// one-time link for a client who has not answered yet; the client opens it without logging in, is told which
/// answer is missing (IB-47a), sends the answers, and the link then no longer works; the aanbieder sees the response as
/// digital and the client no longer among those without one.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class ErvaringsonderzoekFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Een_client_vult_de_vragenlijst_in_via_een_eenmalige_link_zonder_in_te_loggen()
    {
        var aanbieder = await browser.LoggedInPageAsync("administratie@opmaat.demo");
        await aanbieder.GotoAsync("/Ervaringsonderzoek");
        var zonderReactie = aanbieder.GetByTestId("client-zonder-reactie").First;
        var naam = (await zonderReactie.Locator("td").First.InnerTextAsync()).Trim();
        await zonderReactie.GetByRole(AriaRole.Button, new() { Name = "Eenmalige link maken", Exact = false }).ClickAsync();
        var link = new Uri((await aanbieder.GetByTestId("link").InnerTextAsync()).Trim());

        var client = await browser.NewPageAsync();
        await client.GotoAsync(link.PathAndQuery);
        (await client.GetByTestId("aanhef").InnerTextAsync()).Should().StartWith("Beste ");
        await client.GetByLabel("Wat is uw postcode?").FillAsync("3231 ab");
        await client.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        (await client.Locator("main").InnerTextAsync()).Should().Contain("Tevreden: kies ja of nee (IB-47a)");

        await client.GetByLabel("Wie levert uw ondersteuning (welke zorgaanbieder)?").FillAsync("Op Maat");
        await client.GetByLabel("Welke ondersteuning heeft u gekregen?").FillAsync("Hulp bij de administratie");
        await client.GetByLabel("Bent u tevreden over de geleverde ondersteuning?").SelectOptionAsync(new SelectOptionValue { Label = "Ja" });
        await client.GetByLabel("Wat ging goed, en wat kan beter?").FillAsync("Goed: de vaste begeleider. Beter: de bereikbaarheid op vrijdag");
        await client.GetByLabel("Heeft u nog andere opmerkingen?").SelectOptionAsync(new SelectOptionValue { Label = "Nee" });
        await client.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        (await client.GetByTestId("bedankt").InnerTextAsync()).Should().Contain("Hartelijk dank");
        await client.GotoAsync(link.PathAndQuery);
        (await client.GetByTestId("onbruikbaar").InnerTextAsync()).Should().Contain("al ingevuld");

        await aanbieder.GotoAsync("/Ervaringsonderzoek");
        (await aanbieder.GetByTestId("reactie").Filter(new() { HasText = "Digitaal (link)" }).Filter(new() { HasText = "bereikbaarheid op vrijdag" }).CountAsync())
            .Should().Be(1);
        (await aanbieder.GetByTestId("client-zonder-reactie").Filter(new() { HasText = naam }).CountAsync()).Should().Be(0, $"{naam} answered");
    }
}
