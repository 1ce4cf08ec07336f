using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>The production statement over HTTP (issue 12): the aanbieder generates it from its approved lines, exports,
/// submits it (the event meets the contract's deadline), adds the accountant's statement where the profile asks for it;
/// the gemeente reconciles it with its own paid lines and records its judgement. Lines are put in the database as the
/// declaration chain leaves them (the chain itself has its own tests).</summary>
public sealed class VerantwoordingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Product(string ProductCode, int Clienten, long Volume, long Bedrag);
    private sealed record Aansluit(string ProductCode, long VerantwoordBedrag, long BetaaldBedrag, long VerschilBedrag, long NogTeBetalen);
    private sealed record Verklaring(string Naam, long Grootte, string Sha256, bool? ProtocolBevestigd = null, string? Protocolbevestiging = null);
    private sealed record Details(Guid Id, int Jaar, string Status, long Totaal, int OpenRegels, bool VerklaringVereist, bool VerklaringNietVereist,
        Verklaring? Verklaring, string Oordeel, List<Product> Producten, List<Aansluit>? Aansluiting);
    private sealed record Rij(Guid Id, int Jaar, string Status);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private (Guid Contract, Guid Gemeente, Guid Aanbieder) Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode);
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        var contract = db.Contracten.Single(c => (c.OpdrachtgeverId == gemeente.Id || c.OpdrachtgeverId == gemeente.RegioId) && c.AanbiederId == aanbieder).Id;
        return (contract, gemeente.Id, aanbieder);
    });

    private static Prestatie Regel(Guid aanbieder, Guid gemeente, string referentie, string bsn, string code, long volume, long bedrag, PrestatieStatus status,
        bool credit = false) => new()
    {
        AanbiederId = aanbieder, GemeenteId = gemeente, ReferentieNummer = referentie, Bsn = bsn, ToewijzingNummer = "25000901", ProductCategorie = "07",
        ProductCode = code, Begindatum = new DateOnly(2025, 3, 1), Einddatum = new DateOnly(2025, 3, 31), GeleverdVolume = volume, Eenheid = "01",
        ProductTarief = 94, Bedrag = bedrag, Credit = credit, Status = status, AangemaaktDoor = "test", AangemaaktOp = new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero),
    };

    private static OntvangenPrestatie Ontvangen(Guid declaratie, string referentie, string bsn, string code, long volume, long bedrag) => new()
    {
        DeclaratieId = declaratie, Bsn = bsn, ReferentieNummer = referentie, ToewijzingNummer = "25000901", ProductCategorie = "07", ProductCode = code,
        Begindatum = new DateOnly(2025, 3, 1), Einddatum = new DateOnly(2025, 3, 31), GeleverdVolume = volume, Eenheid = "01", ProductTarief = 94, Bedrag = bedrag,
        Beoordeling = Beoordeling.Goedgekeurd,
    };

    private static OntvangenDeclaratie Declaratie(Guid gemeente, Guid aanbieder, string nummer, bool betaald) => new()
    {
        BerichtId = Guid.NewGuid(), GemeenteId = gemeente, AanbiederId = aanbieder, Afzender = "75750101", Identificatie = nummer, DeclaratieNummer = nummer,
        PeriodeBegin = new DateOnly(2025, 3, 1), PeriodeEinde = new DateOnly(2025, 3, 31), Ontvangen = new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero),
        Status = DeclaratieStatus.Beantwoord, BetaaldOp = betaald ? new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.Zero) : null,
    };

    private static async Task<Guid> GenerateAsync(HttpClient client, Guid contract, int jaar)
    {
        var response = await client.PostAsJsonAsync("/api/verantwoording", new { ContractId = contract, Jaar = jaar });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static Task<HttpResponseMessage> PostPdfAsync(HttpClient client, string url, byte[] inhoud, string naam) =>
        client.PostAsync($"{url}?bestandsnaam={Uri.EscapeDataString(naam)}", new ByteArrayContent(inhoud) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } });

    private VastgelegdeVerplichting Verplichting(Guid contract, string regel) => factory.WithDb(db =>
        db.Verplichtingen.Single(v => v.ContractId == contract && v.RegelId == regel && v.OnderwerpId == VerantwoordingService.YearSubject(contract, 2025)));

    [Fact]
    public async Task Deventer_DEV_Art22_2a_opstellen_exporteren_indienen_controleverklaring_DEV_Art22_2b_en_de_aansluiting_bij_de_gemeente()
    {
        var (contract, deventer, linde) = Contract("0150", "75750101");
        factory.WithDb(db =>
        {
            db.AddRange(
                Regel(linde, deventer, "PV-1", "999990019", "PO-B", 120, 11280, PrestatieStatus.Toegekend),
                Regel(linde, deventer, "PV-2", "999990020", "PO-L", 60, 5640, PrestatieStatus.Toegekend),
                Regel(linde, deventer, "PV-3", "999990031", "PO-L", 90, 8460, PrestatieStatus.Gecrediteerd),
                Regel(linde, deventer, "PV-4", "999990031", "PO-L", 90, 8460, PrestatieStatus.Toegekend, credit: true),
                Regel(linde, deventer, "PV-5", "999990043", "PO-B", 30, 2820, PrestatieStatus.Afgewezen),
                Regel(linde, deventer, "PV-6", "999990043", "PO-B", 30, 2820, PrestatieStatus.Ingediend));
            var betaald = Declaratie(deventer, linde, "PV2025A", betaald: true);
            var open = Declaratie(deventer, linde, "PV2025B", betaald: false);
            db.AddRange(betaald, open, Ontvangen(betaald.Id, "PV-1", "999990019", "PO-B", 120, 11280), Ontvangen(open.Id, "PV-2", "999990020", "PO-L", 60, 5640));
            return db.SaveChanges();
        });
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var anderen = await factory.LoggedInAsync("administratie@opmaat.demo");

        var id = await GenerateAsync(administratie, contract, 2025);
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        details.Producten.Should().BeEquivalentTo([new Product("PO-B", 1, 120, 11280), new Product("PO-L", 1, 60, 5640)],
            "approved lines per product; the credited line nets out, the rejected and the open line do not count");
        (details.Totaal, details.OpenRegels, details.Status, details.VerklaringVereist).Should().Be((16920L, 1, "Concept", true));
        details.Aansluiting.Should().BeNull("the aanbieder does not see the gemeente's side");

        // A concept is the aanbieder's own; another aanbieder never sees it.
        (await contractmanager.GetAsync($"/api/verantwoording/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anderen.GetAsync($"/api/verantwoording/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anderen.PostAsJsonAsync("/api/verantwoording", new { ContractId = contract, Jaar = 2025 })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Exports: PDF (readable text) and Excel.
        var pdf = await administratie.GetAsync($"/api/verantwoording/{id}/pdf");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdfTekst = Encoding.Latin1.GetString(await pdf.Content.ReadAsByteArrayAsync());
        pdfTekst.Should().StartWith("%PDF").And.Contain("Productieverantwoording 2025").And.Contain("PO-B");
        var excel = await administratie.GetAsync($"/Verantwoording/Details/{id}?handler=Excel");
        excel.Content.Headers.ContentType!.MediaType.Should().Be(VerantwoordingExportTypes.Excel);
        (await excel.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        (await administratie.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain("Indienen bij de opdrachtgever").And.Contain("€ 169,20")
            .And.Contain("Landelijk accountantsprotocol Wmo en Jeugdwet 2020", "DEV-Art22.1: the protocol from the profile");
        pdfTekst.Should().Contain("Protocol");

        // Submitting meets MR-31 (DEV-Art22.2a, here late: it was due before 1 March 2026) and freezes the statement.
        (await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var mr31 = Verplichting(contract, "MR-31");
        mr31.BewijsGebeurtenisId.Should().NotBeNull();
        mr31.Status.Should().Be(VerplichtingStatus.TeLaat);
        var nogmaals = await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null);
        nogmaals.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await nogmaals.Content.ReadAsStringAsync()).Should().Contain("al ingediend");
        (await administratie.PostAsJsonAsync("/api/verantwoording", new { ContractId = contract, Jaar = 2025 })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The accountant's statement (DEV-Art22.2b, MR-32): PDF only, stored with its hash and size.
        var geenPdf = await PostPdfAsync(administratie, $"/api/verantwoording/{id}/controleverklaring", Encoding.UTF8.GetBytes("<html>verklaring</html>"), "verklaring.pdf");
        geenPdf.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await geenPdf.Content.ReadAsStringAsync()).Should().Contain("geen PDF");
        Verplichting(contract, "MR-32").BewijsGebeurtenisId.Should().BeNull();
        (await PostPdfAsync(administratie, $"/api/verantwoording/{id}/controleverklaring", Pdf, "controleverklaring-2025.pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        Verplichting(contract, "MR-32").BewijsGebeurtenisId.Should().NotBeNull();

        // The gemeente sees it received, downloads the same file, and reconciles with its own paid lines.
        (await contractmanager.GetFromJsonAsync<List<Rij>>("/api/verantwoording"))!.Should().Contain(r => r.Id == id && r.Status == "Ingediend");
        details = (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        details.Verklaring!.Should().Be(new Verklaring("controleverklaring-2025.pdf", Pdf.Length, Controleverklaring.Sha256(Pdf)));
        (await contractmanager.GetByteArrayAsync($"/api/verantwoording/{id}/controleverklaring")).Should().Equal(Pdf);
        details.Aansluiting!.Single(a => a.ProductCode == "PO-B").VerschilBedrag.Should().Be(0);
        details.Aansluiting!.Single(a => a.ProductCode == "PO-L").Should().Be(new Aansluit("PO-L", 5640, 0, 5640, 5640), "approved but not yet paid");
        var pagina = await contractmanager.GetStringAsync($"/Verantwoording/Details/{id}");
        pagina.Should().Contain("Aansluiting met de eigen regels van de gemeente").And.Contain("nog te betalen € 56,40").And.Contain("Oordeel vastleggen");
        // Materiality (profile parameter on MR-31): the sum of absolute differences against € 125.000 — here not material.
        pagina.Should().Contain("data-testid=\"materialiteit\"").And.Contain("DEV-Art22.2a, parameter van het profiel").And.Contain(">niet materieel<");
        var materialiteit = await contractmanager.GetFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>($"/api/verantwoording/{id}");
        (materialiteit!["materialiteit"].GetDecimal(), materialiteit["materieel"].GetString()).Should().Be((125000m, "niet materieel"));

        var zonderToelichting = await contractmanager.PostAsJsonAsync($"/api/verantwoording/{id}/oordeel", new { Oordeel = "Afwijking" });
        zonderToelichting.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderToelichting.Content.ReadAsStringAsync()).Should().Contain("Toelichting");
        (await administratie.PostAsJsonAsync($"/api/verantwoording/{id}/oordeel", new { Oordeel = "Akkoord" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.PostAsJsonAsync($"/api/verantwoording/{id}/oordeel", new { Oordeel = "Afwijking", Toelichting = "PO-L maart nog niet betaald; volgt in batch mei." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!.Oordeel.Should().Be("afwijking");
        (await administratie.GetStringAsync("/Verantwoording")).Should().Contain("afwijking");
    }

    [Fact]
    public async Task Voorne_IB_44_de_productieverantwoording_gaat_alleen_met_de_controleverklaring()
    {
        var (contract, _, _) = Contract("1992", "75750202");
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        var id = await GenerateAsync(administratie, contract, 2025);
        var zonder = await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null);
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("controleverklaring").And.Contain("IB-44");
        Verplichting(contract, "IB-44").BewijsGebeurtenisId.Should().BeNull("nothing is saved");
        (await PostPdfAsync(administratie, $"/api/verantwoording/{id}/indiening", Pdf, "ib-44-verklaring.pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        Verplichting(contract, "IB-44").BewijsGebeurtenisId.Should().NotBeNull();
        (await administratie.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain("geen protocol in het contract");
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        (details.Status, details.Verklaring!.Naam).Should().Be(("Ingediend", "ib-44-verklaring.pdf"));
    }

    [Fact]
    public async Task OCO_6_2b_onder_de_omzetdrempel_is_geen_accountantsverklaring_nodig_en_de_termijn_is_daarmee_voldaan()
    {
        var (contract, _, _) = Contract("1992", "75750404");
        var administratie = await factory.LoggedInAsync("administratie@kompas.demo");
        var id = await GenerateAsync(administratie, contract, 2025);
        (await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        (details.VerklaringVereist, details.VerklaringNietVereist).Should().Be((false, true));
        Verplichting(contract, "OCO-6.1b").BewijsGebeurtenisId.Should().NotBeNull();
        var oco62b = Verplichting(contract, "OCO-6.2b");
        oco62b.BewijsGebeurtenisId.Should().NotBeNull("accountantsverklaring-niet-vereist meets it below the threshold");
        var nietNodig = await PostPdfAsync(administratie, $"/api/verantwoording/{id}/controleverklaring", Pdf, "v.pdf");
        nietNodig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await nietNodig.Content.ReadAsStringAsync()).Should().Contain("geen controleverklaring vereist").And.Contain("OCO-6.2b");
        (await administratie.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain("Niet vereist");
    }

    private Guid Statement(Guid contract, int jaar, long totaal) => factory.WithDb(db =>
    {
        var c = db.Contracten.Single(x => x.Id == contract);
        var v = new Productieverantwoording
        {
            AanbiederId = c.AanbiederId, ContractId = c.Id, OpdrachtgeverId = c.OpdrachtgeverId, Jaar = jaar, Totaal = totaal, OpgesteldDoor = "test",
            OpgesteldOp = new DateTimeOffset(jaar + 1, 1, 15, 9, 0, 0, TimeSpan.Zero),
        };
        db.Add(v);
        db.SaveChanges();
        return v.Id;
    });

    [Fact]
    public async Task OCO_6_2c_de_accountant_bevestigt_het_protocol_bij_de_controleverklaring_en_de_gemeente_ziet_het()
    {
        var (oco, _, _) = Contract("1992", "75750404");
        var administratie = await factory.LoggedInAsync("administratie@kompas.demo");
        // € 300.000 in 2024: above the OCO-6.2b threshold, so the controleverklaring is due after the submission.
        var bevestigd = Statement(oco, 2024, 30_000_000);
        (await administratie.PostAsync($"/api/verantwoording/{bevestigd}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await administratie.GetStringAsync($"/Verantwoording/Details/{bevestigd}")).Should().Contain("name=\"protocolBevestigd\"").And.Contain("(OCO-6.2c: Landelijk accountantsprotocol Wmo 2021");
        (await administratie.PostAsync($"/api/verantwoording/{bevestigd}/controleverklaring?protocolBevestigd=true&bestandsnaam=oco-verklaring.pdf",
                new ByteArrayContent(Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{bevestigd}"))!;
        details.Verklaring!.ProtocolBevestigd.Should().BeTrue();
        factory.WithDb(db => db.Gebeurtenissen.Any(g => g.ContractId == oco && g.Soort == "accountantsverklaring-ingediend" && g.Toelichting!.Contains("protocol bevestigd door accountant (OCO-6.2c)")))
            .Should().BeTrue("the event names the confirmation");
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.GetStringAsync($"/Verantwoording/Details/{bevestigd}")).Should().Contain("Protocol bevestigd door accountant (OCO-6.2c): Landelijk accountantsprotocol Wmo 2021");

        // Its absence, through the page's form without the box ticked.
        var zonder = Statement(oco, 2023, 30_000_000);
        (await administratie.PostAsync($"/api/verantwoording/{zonder}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var formulier = new MultipartFormDataContent
        {
            { new ByteArrayContent(Pdf), "verklaring", "zonder-bevestiging.pdf" },
            { new StringContent(await administratie.AntiforgeryTokenAsync($"/Verantwoording/Details/{zonder}")), "__RequestVerificationToken" },
        };
        (await administratie.PostAsync($"/Verantwoording/Details/{zonder}?handler=Verklaring", formulier)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{zonder}"))!.Verklaring!.ProtocolBevestigd.Should().BeFalse();
        (await gemeente.GetStringAsync($"/Verantwoording/Details/{zonder}")).Should()
            .Contain("Niet bevestigd: de accountant heeft niet bevestigd dat de controle volgens het protocol is uitgevoerd (OCO-6.2c)");

        // A contract whose profile does not ask it (Deventer, DEV-Art22.2b): a confirmation is refused, and nothing is shown.
        var (deventer, _, _) = Contract("0150", "75750202");
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var dev = Statement(deventer, 2024, 100_000);
        (await opMaat.PostAsync($"/api/verantwoording/{dev}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var geweigerd = await opMaat.PostAsync($"/api/verantwoording/{dev}/controleverklaring?protocolBevestigd=true&bestandsnaam=dev.pdf",
            new ByteArrayContent(Pdf) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } });
        geweigerd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await geweigerd.Content.ReadAsStringAsync()).Should().Contain("Dit contract vraagt geen bevestiging van de accountant");
        (await PostPdfAsync(opMaat, $"/api/verantwoording/{dev}/controleverklaring", Pdf, "dev.pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        var devDetails = (await opMaat.GetFromJsonAsync<Details>($"/api/verantwoording/{dev}"))!;
        (devDetails.Verklaring!.ProtocolBevestigd, devDetails.Verklaring.Protocolbevestiging).Should().Be(((bool?)null, (string?)null));
        (await opMaat.GetStringAsync($"/Verantwoording/Details/{dev}")).Should().NotContain("protocolBevestigd").And.NotContain("OCO-6.2c");
    }

    [Fact]
    public async Task Het_lopende_jaar_kan_worden_opgesteld_maar_pas_na_afloop_ingediend()
    {
        var (contract, _, _) = Contract("0150", "75750202");
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        var id = await GenerateAsync(administratie, contract, 2026);
        var response = await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("pas na afloop van het jaar");
        var toekomst = await administratie.PostAsJsonAsync("/api/verantwoording", new { ContractId = contract, Jaar = 2027 });
        (await toekomst.Content.ReadAsStringAsync()).Should().Contain("Jaar");

        // The form on /Verantwoording does the same and goes to the statement; a wrong year stays on the page with the message.
        var formulier = await administratie.PostFormAsync("/Verantwoording", new Dictionary<string, string> { ["Invoer.ContractId"] = contract.ToString(), ["Invoer.Jaar"] = "2026" });
        formulier.StatusCode.Should().Be(HttpStatusCode.Redirect);
        formulier.Headers.Location!.ToString().Should().Be($"/Verantwoording/Details/{id}");
        var fout = await administratie.PostFormAsync("/Verantwoording", new Dictionary<string, string> { ["Invoer.ContractId"] = contract.ToString(), ["Invoer.Jaar"] = "2027" });
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Jaar\"");
    }
}

internal static class VerantwoordingExportTypes
{
    public const string Excel = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
