using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>The gemeente's spending overview (issue 12): per month, aanbieder and product, committed against declared,
/// approved and paid; the chart's data in a data- attribute with static scripts (strict CSP), and an Excel export.</summary>
public sealed class UitgavenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record RijDto(string Maand, string Sleutel, long Toegewezen, long Ingediend, long Goedgekeurd, long Betaald, long Budget = 0);
    private sealed record Dto(int Jaar, List<RijDto> PerAanbieder, List<RijDto> PerProduct, List<RijDto> PerMaand);

    [Fact]
    public async Task Per_maand_aanbieder_en_product_toegewezen_ingediend_goedgekeurd_betaald_met_grafiek_en_Excel()
    {
        factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            var voorne = db.Organisaties.Single(o => o.Gemeentecode == "1992").Id;
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            OntvangenDeclaratie D(Guid gemeente, Guid aanbieder, string nummer, bool betaald) => new()
            {
                BerichtId = Guid.NewGuid(), GemeenteId = gemeente, AanbiederId = aanbieder, Afzender = "75750101", Identificatie = nummer, DeclaratieNummer = nummer,
                PeriodeBegin = new DateOnly(2026, 9, 1), PeriodeEinde = new DateOnly(2026, 9, 30), Ontvangen = new DateTimeOffset(2026, 10, 2, 9, 0, 0, TimeSpan.Zero),
                Status = DeclaratieStatus.Beantwoord, BetaaldOp = betaald ? new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero) : null,
            };
            OntvangenPrestatie P(Guid declaratie, string code, long bedrag, Beoordeling beoordeling, string dc = "D") => new()
            {
                DeclaratieId = declaratie, Bsn = "999990019", ReferentieNummer = Guid.NewGuid().ToString("N")[..12], ToewijzingNummer = "26000901", ProductCategorie = "07",
                ProductCode = code, Begindatum = new DateOnly(2026, 9, 1), Einddatum = new DateOnly(2026, 9, 30), GeleverdVolume = 60, Eenheid = "01", ProductTarief = 94,
                Bedrag = bedrag, Beoordeling = beoordeling, DebetCredit = dc,
            };
            var betaald = D(deventer, linde, "UITG1", betaald: true);
            var open = D(deventer, linde, "UITG2", betaald: false);
            var andereGemeente = D(voorne, opMaat, "UITG3", betaald: true);
            db.AddRange(betaald, open, andereGemeente,
                P(betaald.Id, "PO-B", 11280, Beoordeling.Goedgekeurd), P(betaald.Id, "PO-B", 2000, Beoordeling.Goedgekeurd, "C"),
                P(betaald.Id, "PO-L", 5640, Beoordeling.Afgewezen), P(open.Id, "PO-L", 3000, Beoordeling.Goedgekeurd),
                P(andereGemeente.Id, "IB-B", 99900, Beoordeling.Goedgekeurd));
            return db.SaveChanges();
        });
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var o = (await contractmanager.GetFromJsonAsync<Dto>("/api/uitgaven?jaar=2026"))!;
        var september = o.PerAanbieder.Single(r => r.Maand == "2026-09" && r.Sleutel == "Zorggroep De Linde");
        (september.Ingediend, september.Goedgekeurd, september.Betaald).Should().Be((11280 - 2000 + 5640 + 3000, 11280 - 2000 + 3000, 11280L - 2000));
        o.PerProduct.Single(r => r.Maand == "2026-09" && r.Sleutel == "PO-L").Should().Match<RijDto>(r => r.Ingediend == 8640 && r.Goedgekeurd == 3000 && r.Betaald == 0);
        o.PerAanbieder.Should().NotContain(r => r.Sleutel == "Begeleiding Op Maat B.V." && r.Ingediend > 0, "another gemeente's declarations are not in view");
        o.PerMaand.Sum(r => r.Toegewezen).Should().BePositive("the demo toewijzingen of Deventer commit omvang × the contract tariff");

        var pagina = await contractmanager.GetStringAsync("/Verantwoording/Uitgaven?Jaar=2026");
        pagina.Should().Contain("data-uitgaven=").And.Contain("/lib/chartjs/chart.umd.min.js").And.Contain("/js/uitgaven.js").And.Contain("Zorggroep De Linde");
        pagina.Should().NotContain("<script>", "the CSP allows no inline scripts");
        (await contractmanager.GetAsync("/js/uitgaven.js")).StatusCode.Should().Be(HttpStatusCode.OK);
        var excel = await contractmanager.GetAsync("/Verantwoording/Uitgaven?handler=Excel&Jaar=2026");
        excel.Content.Headers.ContentType!.MediaType.Should().Be(VerantwoordingExportTypes.Excel);
        (await excel.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await contractmanager.GetAsync("/api/uitgaven/excel?jaar=2026")).StatusCode.Should().Be(HttpStatusCode.OK);

        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await beoordelaar.GetAsync("/api/uitgaven?jaar=2026")).StatusCode.Should().Be(HttpStatusCode.OK);
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        (await aanbieder.GetAsync("/api/uitgaven?jaar=2026")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TR369_een_toewijzing_met_budget_staat_naar_rato_per_maand_in_de_kolom_budget_in_tabel_grafiek_en_Excel()
    {
        var (client, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).Skip(6).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == opMaat).Id);
        });
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (ingang, einde) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        var beschikking = await consulent.BeschikkingAsync(client, ingang, einde);
        // € 920 over 92 days: € 10 a day, so October and December € 310, November € 300.
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = "2026-10-01", Einddatum = "2026-12-31", Budget = 920m, BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());

        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var o = (await contractmanager.GetFromJsonAsync<Dto>("/api/uitgaven?jaar=2026"))!;
        o.PerAanbieder.Where(r => r.Sleutel == "Begeleiding Op Maat B.V." && r.Budget != 0).Select(r => (r.Maand, r.Budget))
            .Should().Equal(("2026-10", 31000L), ("2026-11", 30000L), ("2026-12", 31000L));
        o.PerProduct.Where(r => r.Sleutel == "PO-B").Sum(r => r.Budget).Should().Be(92000, "the whole budget within the year");
        o.PerMaand.Single(r => r.Maand == "2026-11").Budget.Should().Be(30000);
        o.PerMaand.Where(r => r.Maand != "2026-10" && r.Maand != "2026-11" && r.Maand != "2026-12").Should().OnlyContain(r => r.Budget == 0);

        var pagina = System.Net.WebUtility.HtmlDecode(await contractmanager.GetStringAsync("/Verantwoording/Uitgaven?Jaar=2026"));
        pagina.Should().Contain("Budget (TR369)").And.Contain("budget € 920,00").And.Contain("\"budget\":[");
        var xlsx = await contractmanager.GetByteArrayAsync("/api/uitgaven/excel?jaar=2026");
        var cellen = LandelijkeExportTests.Cellen(xlsx);
        cellen.Should().Contain(r => r.Contains("Budget (€)"));
        var totaal = cellen.Last(r => r.Count > 0 && r[0] == "Totaal");
        decimal.Parse(totaal[3], System.Globalization.CultureInfo.InvariantCulture).Should().Be(920m, "the Budget column of the total row");
    }
}
