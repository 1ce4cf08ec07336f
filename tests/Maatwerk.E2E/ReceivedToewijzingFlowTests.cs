using Maatwerk.E2E.Support;
using Maatwerk.Tests.Shared;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>A gemeente with its own system sends a WMO301 as a file; the provider uploads it in the browser, the platform
/// answers with the retourbericht and takes the toewijzing over, and the provider starts care as usual.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class ReceivedToewijzingFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [SkippableFact]
    public async Task A_provider_uploads_a_301_file_and_works_on_the_toewijzing_it_creates()
    {
        var vandaag = browser.App.Vandaag;
        var dag = BerichtTemplate.Date(vandaag);
        // The gemeente's own system wrote this file (hand-written, tests/Shared/Berichten), not the platform.
        var xml = BerichtTemplate.Fill("wmo301-eigen-systeem.xml",
            ("Identificatie", "E2E301UPLOAD"), ("Dagtekening", dag), ("Bsn", "999090045"), ("Geboortedatum", "1950-06-01"),
            ("Achternaam", "Upload"), ("Voorvoegsel", null), ("Voornamen", "Hendrika"), ("Voorletters", "H"),
            ("Straatnaam", "Kerkstraat"), ("Huisnummer", "3"), ("HuisnummerToevoeging", null), ("Postcode", "7411AB"), ("Plaatsnaam", "Deventer"),
            ("ToewijzingNummer", "900008001"), ("Categorie", "02"), ("ProductCode", "PO-L"), ("Toewijzingsdatum", dag), ("Toewijzingstijd", "09:30:00"),
            ("Ingangsdatum", dag), ("Einddatum", BerichtTemplate.Date(vandaag.AddMonths(6))), ("Volume", "90"), ("Eenheid", "01"), ("Frequentie", "2"));
        var bestand = Path.Combine(Path.GetTempPath(), $"wmo301-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(bestand, xml);

        var page = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await page.GotoAsync("/Berichten/Uploaden");
        await page.GetByLabel("XML-bestand").SetInputFilesAsync(bestand);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden en controleren" }).ClickAsync();
        await page.GetByTestId("retourcodes").WaitForAsync();
        (await page.GetByTestId("retourcodes").InnerTextAsync()).Should().StartWith("0200");

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de toewijzing" }).ClickAsync();
        await page.GetByTestId("status").WaitForAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Verzonden");
        (await page.GetByTestId("gebeurtenissen").InnerTextAsync()).Should().Contain("Overgenomen uit een ontvangen WMO301");
        await AndereStappen.OpenAsync(page);
        await page.Locator("form[data-stap='Start']").GetByRole(AriaRole.Button, new() { Name = "Zorg starten" }).ClickAsync();
        (await page.GetByTestId("status").InnerTextAsync()).Should().Be("Zorg gestart");
        (await page.Locator("[data-testid='berichten'] tr[data-soort='WMO305']").InnerTextAsync()).Should().Contain("Geaccepteerd");
        File.Delete(bestand);
    }
}
