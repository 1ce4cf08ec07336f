using System.Globalization;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The whole declaration loop in the browser (issue 11 with issue 12): a begeleider registers four weeks of care,
/// the client's registration lists are signed (DEV-Eis3-REG), the administratie builds October's WMO323, reads the
/// pre-flight and sends it; the gemeente's declaratiebeoordelaar rejects one line with 0611 (TR418), approves the rest and
/// sends the WMO325; the provider reads the rejected line explained in Dutch, declares it again (DEV-Art8.7) and sends the
/// correction; the beoordelaar approves it and pays (DEV-Art8.5); the provider sees "betaald"; at year end the production
/// statement (DEV-Art22.2a) matches the approved lines.</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class DeclaratieFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Oktober = new(2026, 10, 1);

    [SkippableFact]
    public async Task Care_over_four_weeks_is_declared_assessed_corrected_and_paid()
    {
        var (deventer, toewijzingen) = Toewijzingen();
        var vandaag = browser.App.Vandaag;

        // The begeleider registers an hour a week for four weeks of October on two clients (the week page's form).
        var begeleider = await browser.LoggedInPageAsync("begeleider@delinde.demo");
        await begeleider.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Tijd" }).ClickAsync();
        foreach (var (t, i) in toewijzingen.Select((t, i) => (t, i)))
            foreach (var dag in t.Dagen)
            {
                var formulier = begeleider.GetByTestId("tijdformulier");
                await formulier.GetByLabel("Cliënt en toewijzing").SelectOptionAsync(t.Id.ToString());
                await formulier.GetByLabel("Datum").FillAsync(dag.ToString("yyyy-MM-dd"));
                await formulier.GetByLabel("Begintijd").FillAsync(i == 0 ? "10:00" : "13:00"); // one worker's PO time never overlaps (DEV-B4-PO-Indiv)
                await formulier.GetByLabel("Minuten").FillAsync("60");
                await formulier.GetByLabel("Contactwijze").SelectOptionAsync("Persoonlijk");
                await formulier.GetByRole(AriaRole.Button, new() { Name = "Registreren" }).ClickAsync();
                (await MeldingAsync(begeleider)).Should().Contain("60 minuten");
            }
        await begeleider.GotoAsync($"/Tijdregistraties?Dag={toewijzingen[0].Dagen[1]:yyyy-MM-dd}");
        (await begeleider.GetByTestId("weektotaal").InnerTextAsync()).Should().Contain("Direct: 2:00");

        // The client signs the list of every ended period of four weeks with this care (MR-10).
        foreach (var t in toewijzingen)
            foreach (var periode in t.Getekend)
            {
                await begeleider.GotoAsync($"/Tijdregistraties/Registratielijst/{t.Id}?Periode={periode.Nummer}");
                (await begeleider.GetByTestId("lijstregel").CountAsync()).Should().Be(t.Dagen.Count(periode.Bevat));
                var teken = begeleider.GetByTestId("tekenformulier");
                await teken.GetByLabel("Getekend door").SelectOptionAsync(new SelectOptionValue { Label = "De cliënt" });
                await teken.GetByLabel("Naam van wie tekende").FillAsync(t.Naam);
                await teken.GetByLabel("Datum van ondertekening").FillAsync(vandaag.ToString("yyyy-MM-dd"));
                await teken.GetByLabel("Hoe").SelectOptionAsync(new SelectOptionValue { Label = "Op papier" });
                await teken.GetByRole(AriaRole.Button, new() { Name = "Vastleggen" }).ClickAsync();
                (await begeleider.GetByTestId("getekend").InnerTextAsync()).Should().Contain(t.Naam);
            }

        // The administratie builds October's 323 for Deventer, reads the pre-flight and sends it.
        var administratie = await browser.LoggedInPageAsync("administratie@delinde.demo");
        await administratie.GotoAsync("/Declaraties");
        await administratie.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(deventer.ToString());
        await administratie.GetByLabel("Maand (jjjj-mm)").FillAsync("2026-10");
        await administratie.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await administratie.WaitForURLAsync("**Maand=2026-10**");
        (await administratie.GetByTestId("regels").Locator("tbody tr").CountAsync()).Should().Be(toewijzingen.Count);
        foreach (var t in toewijzingen)
            (await administratie.GetByTestId("regels").InnerTextAsync()).Should().Contain(t.Nummer);
        var preflight = administratie.GetByTestId("preflight");
        if (await preflight.CountAsync() > 0) // only warnings (e.g. a list period that is still running), nothing that blocks
            (await preflight.InnerTextAsync()).Should().NotContain("niet in het bericht");
        await administratie.GetByTestId("verzenden").ClickAsync();
        (await MeldingAsync(administratie)).Should().Contain("is verzonden");
        (await administratie.GetByTestId("verzonden").InnerTextAsync()).Should().Contain($"{toewijzingen.Count} regels");

        // The gemeente's declaratiebeoordelaar rejects the first client's line with 0611, approves the rest, answers (WMO325).
        // (De Linde's row: the demo also has Op Maat's 323 from its own system waiting for a motivation.)
        var beoordelaar = await browser.LoggedInPageAsync("declaraties@deventer.demo");
        await beoordelaar.GetByTestId("navigatie").GetByRole(AriaRole.Link, new() { Name = "Beoordeling" }).ClickAsync();
        await beoordelaar.GetByTestId("wachtrij").Locator("tr", new() { HasText = "In beoordeling" }).Filter(new() { HasText = "Zorggroep De Linde" }).GetByRole(AriaRole.Link).ClickAsync();
        var afTeWijzen = beoordelaar.Locator("section.beoordeling-regel", new() { HasText = $"toewijzing {toewijzingen[0].Nummer}" });
        await afTeWijzen.GetByLabel("Retourcode bij afwijzen").SelectOptionAsync("0611");
        await afTeWijzen.GetByLabel("Toelichting").FillAsync("Volgens onze administratie geldt een ander tarief voor deze periode.");
        await afTeWijzen.GetByRole(AriaRole.Button, new() { Name = "Afwijzen" }).ClickAsync();
        (await MeldingAsync(beoordelaar)).Should().Contain("afgewezen");
        await beoordelaar.GetByTestId("schoon").ClickAsync();
        await beoordelaar.GetByTestId("antwoord").ClickAsync();
        (await beoordelaar.GetByTestId("beantwoord").InnerTextAsync()).Should().Contain("Beantwoord met WMO325");

        // The provider reads the rejected line explained in Dutch and declares it again; the correction 323 goes out.
        await administratie.GotoAsync("/Declaraties");
        await administratie.GetByRole(AriaRole.Link, new() { Name = "Afgewezen regels" }).ClickAsync();
        var afgewezen = administratie.GetByTestId("afgewezen").Locator("tbody tr");
        (await afgewezen.CountAsync()).Should().Be(1);
        (await afgewezen.InnerTextAsync()).Should().Contain("0611").And.Contain("Het ingediende tarief komt niet overeen met het contractuele tarief")
            .And.Contain(toewijzingen[0].Nummer);
        await afgewezen.GetByTestId("opnieuw").ClickAsync();
        (await MeldingAsync(administratie)).Should().Contain("staat klaar om opnieuw te declareren");
        await administratie.GetByRole(AriaRole.Link, new() { Name = "Verzonden declaraties en correcties" }).ClickAsync();
        (await administratie.GetByTestId("correcties").InnerTextAsync()).Should().Contain("Nieuwe regel");
        await administratie.GetByTestId("correcties-verzenden").ClickAsync();
        (await MeldingAsync(administratie)).Should().NotBeEmpty();
        (await administratie.GetByTestId("declaraties").Locator("tbody tr").CountAsync()).Should().Be(2);

        // The beoordelaar approves the correction, answers it and runs the payment batch.
        await beoordelaar.GotoAsync("/Declaratiebeoordeling");
        await beoordelaar.GetByTestId("wachtrij").Locator("tr", new() { HasText = "In beoordeling" }).Filter(new() { HasText = "Zorggroep De Linde" }).GetByRole(AriaRole.Link).ClickAsync();
        await beoordelaar.GetByTestId("schoon").ClickAsync();
        await beoordelaar.GetByTestId("antwoord").ClickAsync();
        (await beoordelaar.GetByTestId("beantwoord").InnerTextAsync()).Should().Contain("afgewezen € 0,00");
        await beoordelaar.GotoAsync("/Declaratiebeoordeling");
        await beoordelaar.GetByTestId("betaalbatch").ClickAsync();
        (await beoordelaar.GetByTestId("wachtrij").InnerTextAsync()).Should().Contain("Betaald op");

        // The provider sees every granted line paid, the corrected one too; the rejected original stays afgewezen.
        await administratie.GotoAsync("/Declaraties/Verzonden");
        var nummers = await administratie.GetByTestId("declaraties").Locator("tbody tr td:first-child a").AllInnerTextsAsync();
        var statussen = new List<string>();
        foreach (var nummer in nummers)
        {
            await administratie.GotoAsync("/Declaraties/Verzonden");
            await administratie.GetByRole(AriaRole.Link, new() { Name = nummer, Exact = true }).ClickAsync();
            statussen.AddRange(await administratie.GetByTestId("status").AllInnerTextsAsync());
        }
        statussen.Should().HaveCount(toewijzingen.Count + 1);
        statussen.Count(s => s.StartsWith("betaald op", StringComparison.Ordinal)).Should().Be(toewijzingen.Count);
        statussen.Should().ContainSingle(s => s.StartsWith("afgewezen (0611", StringComparison.Ordinal));

        // Year end: the administratie composes the 2026 production statement for the Deventer contract (the current year
        // may be composed, only submitted after 31 December); its products equal the gemeente's approved lines.
        var contract = DeventerContract();
        await administratie.GotoAsync("/Verantwoording");
        var opstellen = administratie.GetByTestId("opstellen");
        await opstellen.GetByLabel("Contract").SelectOptionAsync(contract.ToString());
        await opstellen.GetByLabel("Jaar").FillAsync(vandaag.Year.ToString(CultureInfo.InvariantCulture));
        await opstellen.GetByRole(AriaRole.Button, new() { Name = "Opstellen uit de goedgekeurde declaratieregels" }).ClickAsync();
        (await MeldingAsync(administratie)).Should().Contain($"Productieverantwoording {vandaag.Year} opgesteld");
        var (producten, totaal) = GoedgekeurdeProducten(contract, vandaag.Year);
        producten.Should().NotBeEmpty("the lines approved in this flow are in {0}", vandaag.Year);
        producten.Sum(p => p.Clienten).Should().BeGreaterThanOrEqualTo(toewijzingen.Count);
        var rijen = new List<string[]>();
        foreach (var rij in await administratie.GetByTestId("producten").Locator("tbody tr:has(td + td)").AllAsync())
        {
            var cellen = await rij.Locator("td").AllInnerTextsAsync();
            cellen[0].Should().Be("0150", "every line of the Deventer contract is for a resident of Deventer (gemeentecode, national format)");
            rijen.Add([cellen[1], cellen[3], cellen[4], cellen[5]]); // product, cliënten, volume, bedrag (not the description)
        }
        rijen.Should().BeEquivalentTo(producten.Select(p => new[]
            { $"{p.Categorie} {p.Code}", p.Clienten.ToString(CultureInfo.InvariantCulture), $"{p.Volume} {Productieopstelling.EenheidNaam(p.Eenheid)}", PrestatieChecks.Cents(p.Bedrag) }),
            o => o.WithStrictOrdering());
        (await administratie.GetByTestId("totaal").InnerTextAsync()).Trim().Should().Be(PrestatieChecks.Cents(totaal));
    }

    private sealed record Product(string Categorie, string Code, string Eenheid, int Clienten, long Volume, long Bedrag);

    /// <summary>The expectation of the production statement, straight from the gemeente's side and independent of
    /// VerantwoordingService: the received WMO323 lines the beoordelaar approved, delivered in <paramref name="jaar"/>,
    /// of toewijzingen under the contract (or of no known toewijzing), per product; a credit nets against its debit and a
    /// client counts where its net is not zero.</summary>
    private (List<Product> Producten, long Totaal) GoedgekeurdeProducten(Guid contractId, int jaar)
    {
        using var db = browser.App.NewDbContext();
        var contract = db.Contracten.Single(c => c.Id == contractId);
        var regels = (from p in db.Set<OntvangenPrestatie>()
                      join d in db.Set<OntvangenDeclaratie>() on p.DeclaratieId equals d.Id
                      where d.AanbiederId == contract.AanbiederId && d.GemeenteId == contract.OpdrachtgeverId && p.Beoordeling == Beoordeling.Goedgekeurd
                      select p).ToList()
            .Where(p => p.Begindatum.Year == jaar).ToList();
        var ids = regels.Where(p => p.ToewijzingId != null).Select(p => p.ToewijzingId!.Value).Distinct().ToList();
        var contractVan = db.Toewijzingen.Where(t => ids.Contains(t.Id)).ToDictionary(t => t.Id, t => t.ContractId);
        var producten = regels.Where(p => p.ToewijzingId is not { } t || !contractVan.TryGetValue(t, out var c) || c == contractId)
            .GroupBy(p => (p.ProductCategorie, p.ProductCode, p.Eenheid))
            .Select(g => new Product(g.Key.ProductCategorie, g.Key.ProductCode, g.Key.Eenheid,
                g.GroupBy(p => p.Bsn).Count(c => c.Sum(p => p.IsCredit ? -p.GeleverdVolume : p.GeleverdVolume) != 0 || c.Sum(p => p.BedragMetTeken) != 0),
                g.Sum(p => p.IsCredit ? -p.GeleverdVolume : p.GeleverdVolume), g.Sum(p => p.BedragMetTeken)))
            .Where(p => p.Clienten != 0 || p.Volume != 0 || p.Bedrag != 0)
            .OrderBy(p => p.Categorie, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Eenheid, StringComparer.Ordinal)
            .ToList();
        return (producten, producten.Sum(p => p.Bedrag));
    }

    private Guid DeventerContract()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
    }

    /// <summary>The page's confirmation; when it does not come, the page's text (its field errors) in the failure.</summary>
    private static async Task<string> MeldingAsync(IPage page)
    {
        var melding = page.GetByTestId("melding");
        await melding.Or(page.Locator("[role=alert]")).First.WaitForAsync();
        if (await melding.CountAsync() == 0)
            throw new InvalidOperationException("Geen bevestiging op " + page.Url + ": " + await page.Locator("main").InnerTextAsync());
        return await melding.InnerTextAsync();
    }

    private sealed record Keuze(Guid Id, string Nummer, string Naam, IReadOnlyList<DateOnly> Dagen, IReadOnlyList<Registratieperiode> Getekend);

    /// <summary>Two of De Linde's started Deventer toewijzingen that ran through October, each with four Thursdays of
    /// care in October, and the ended 28-day periods of the registration list that hold that care.</summary>
    private (Guid Deventer, List<Keuze> Toewijzingen) Toewijzingen()
    {
        using var db = browser.App.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contract = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
        var einde = Oktober.AddMonths(1).AddDays(-1);
        var rijen = db.Toewijzingen.Where(t => t.ContractId == contract && t.Status == ToewijzingStatus.Gestart && t.StartdatumZorg != null
                && t.StartdatumZorg < Oktober && t.Einddatum > einde)
            .OrderBy(t => t.ToewijzingNummer).Take(2).ToList();
        rijen.Should().HaveCount(2, "the demo data has started De Linde toewijzingen in Deventer since before October");
        var dagen = Enumerable.Range(0, 4).Select(w => Oktober.AddDays(7 * w)).ToList(); // Thu 1, 8, 15, 22 October
        return (deventer, rijen.Select(t =>
        {
            var client = db.Clienten.Single(c => c.Id == t.ClientId);
            var periodes = Registratielijst.Periodes(t.StartdatumZorg!.Value, browser.App.Vandaag)
                .Where(p => p.Tot < browser.App.Vandaag && dagen.Any(p.Bevat)).ToList();
            return new Keuze(t.Id, t.ToewijzingNummer, $"{client.Voornamen} {client.Achternaam}", dagen, periodes);
        }).ToList());
    }
}
