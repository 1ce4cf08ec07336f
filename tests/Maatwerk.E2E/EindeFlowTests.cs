using System.Text.Json;
using Maatwerk.Domain.Clienten;
using Maatwerk.E2E.Support;
using Maatwerk.Infrastructure.Seed;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The end of a toewijzing in the browser under the Voorne aan Zee contract: the aanbieder prints the letter
/// and registers that the client was informed (IB-27a/b met); the consulent registers the client's Wlz indication and
/// confirms the proposed stop date (IB-34b met, gewijzigde 301 with reden 06).</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class EindeFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task Client_informed_about_the_end_then_Wlz_indication_ends_the_toewijzing()
    {
        var consulent = await browser.LoggedInPageAsync("consulent@voorneaanzee.demo");
        var aanbieder = await browser.LoggedInPageAsync("administratie@opmaat.demo");
        var (client, contract) = NewClientAndContract();
        var vandaag = browser.App.Vandaag;
        var beschikking = await consulent.APIRequest.PostAsync("/api/beschikkingen", new()
        {
            DataObject = new
            {
                ClientId = client, Nummer = "E2E-EINDE-1", Besluitdatum = vandaag.AddDays(-31).ToString("yyyy-MM-dd"),
                Ingangsdatum = vandaag.AddDays(-30).ToString("yyyy-MM-dd"), Einddatum = vandaag.AddMonths(6).ToString("yyyy-MM-dd"),
                Omschrijving = "Individuele begeleiding, 2 uur per week",
            },
        });
        beschikking.Ok.Should().BeTrue(await beschikking.TextAsync());
        var uitgegeven = await consulent.APIRequest.PostAsync("/api/toewijzingen", new()
        {
            DataObject = new
            {
                ClientId = client, ContractId = contract, Productcode = "IB-BASIS", Ingangsdatum = vandaag.AddDays(-30).ToString("yyyy-MM-dd"),
                Einddatum = vandaag.AddMonths(6).ToString("yyyy-MM-dd"), Volume = 120, Eenheid = "01", Frequentie = "2",
                BeschikkingId = JsonDocument.Parse(await beschikking.TextAsync()).RootElement.GetProperty("id").GetString(),
            },
        });
        uitgegeven.Ok.Should().BeTrue(await uitgegeven.TextAsync());
        var id = JsonDocument.Parse(await uitgegeven.TextAsync()).RootElement.GetProperty("id").GetString();
        (await aanbieder.APIRequest.PostAsync($"/api/toewijzingen/{id}/stappen/Start", new() { DataObject = new { Datum = vandaag.AddDays(-20).ToString("yyyy-MM-dd") } }))
            .Ok.Should().BeTrue();

        await aanbieder.GotoAsync($"/Toewijzingen/Details/{id}");
        (await aanbieder.Locator("tr[data-regel='IB-27a']").InnerTextAsync()).Should().Contain("Open");
        await aanbieder.GetByRole(AriaRole.Link, new() { Name = "Cliënt informeren over einde indicatie" }).ClickAsync();
        (await aanbieder.GetByTestId("brief").InnerTextAsync()).Should().Contain("Annie E2E-test").And.Contain("verlenging aan bij Gemeente Voorne aan Zee");
        await aanbieder.GetByLabel("Hoe").SelectOptionAsync("gesprek");
        await aanbieder.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
        (await aanbieder.GetByTestId("client-geinformeerd").InnerTextAsync()).Should().Contain("in een gesprek geïnformeerd");
        (await aanbieder.Locator("tr[data-regel='IB-27a']").InnerTextAsync()).Should().Contain("Voldaan");

        await consulent.GotoAsync($"/Clienten/Details/{client}");
        await consulent.GetByRole(AriaRole.Link, new() { Name = "Wlz-indicatie registreren" }).ClickAsync();
        await consulent.GetByLabel("Afgiftedatum van de Wlz-indicatie").FillAsync(vandaag.AddDays(-1).ToString("yyyy-MM-dd"));
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Stopdatums berekenen" }).ClickAsync();
        (await consulent.GetByTestId("wlz-voorstel").InnerTextAsync()).Should().Contain("IB-34b");
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Toewijzingen beëindigen en gewijzigde toewijzingen verzenden" }).ClickAsync();
        await consulent.GetByTestId("clientnaam").WaitForAsync();
        (await consulent.Locator("[role='status']").InnerTextAsync()).Should().Contain("reden 06");

        await consulent.GotoAsync($"/Toewijzingen/Details/{id}");
        (await consulent.Locator("tr[data-regel='IB-34b']").InnerTextAsync()).Should().Contain("Voldaan");
        (await consulent.Locator("[data-testid='berichten'] tr[data-soort='WMO301']").CountAsync()).Should().Be(2);
    }

    private (Guid Client, Guid Contract) NewClientAndContract()
    {
        using var db = browser.App.NewDbContext();
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "1992").Id;
        var client = new Client
        {
            Bsn = DemoData.TestBsns().Skip(700).First(), Voornamen = "Annie", Achternaam = "E2E-test", Geboortedatum = new DateOnly(1940, 2, 2),
            Straat = "Duinweg", Huisnummer = "3", Postcode = "3235AB", Woonplaats = "Rockanje", GemeenteId = gemeente,
        };
        db.Clienten.Add(client);
        db.SaveChanges();
        return (client.Id, db.Contracten.Single(c => c.ProfielId == "voorne-aan-zee-ib").Id);
    }
}
