using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>IB-46a/c over HTTP: the aanbieder uploads its annual accounts per contract and finished year; the upload meets
/// IB-46 on the obligations page; both parties download the file (audited); another organisation gets 404.</summary>
public sealed class JaarrekeningTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    internal sealed record Bestand(Guid Id, string Soort, string Naam, long Grootte, string Sha256);
    internal sealed record Details(Guid Id, int Jaar, DateTimeOffset? IngediendOp, List<Bestand> Bestanden);

    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    internal static Guid Contract(MaatwerkFactory factory, string profiel, string aanbiederAgb) => factory.WithDb(db =>
    {
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == aanbiederAgb).Id;
        return db.Contracten.Single(c => c.ProfielId == profiel && c.AanbiederId == aanbieder).Id;
    });

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid contract, int jaar, string soort, byte[] inhoud, string naam) =>
        client.PostAsync($"/api/verantwoording/jaarrekeningen?contractId={contract}&jaar={jaar}&soort={soort}&bestandsnaam={Uri.EscapeDataString(naam)}",
            new ByteArrayContent(inhoud) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } });

    internal static async Task<Guid> UploadOkAsync(HttpClient client, Guid contract, int jaar, string soort, string naam)
    {
        var response = await UploadAsync(client, contract, jaar, soort, Pdf, naam);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    [Fact]
    public async Task IB_46_jaarrekening_en_groepsjaarrekeningen_voldoen_de_termijn_en_beide_partijen_downloaden()
    {
        var contract = Contract(factory, "voorne-aan-zee-ib", "75750202");
        // The year end of 2024 about its year subject, as the nightly run registered it then (the demo only has last year's).
        factory.WithDb(db =>
        {
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract, Soort = "jaareinde", Moment = new DateTimeOffset(2024, 12, 31, 12, 0, 0, TimeSpan.Zero), OnderwerpSoort = Periode.OnderwerpSoort,
                OnderwerpId = VerantwoordingService.YearSubject(contract, 2024), GeregistreerdDoor = "test",
            });
            return db.SaveChanges();
        });
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        var groep = await UploadOkAsync(administratie, contract, 2024, "groepsjaarrekening", "holding-2024.pdf");
        (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{groep}"))!.IngediendOp.Should().BeNull("group accounts alone do not meet IB-46");
        var id = await UploadOkAsync(administratie, contract, 2024, "Jaarrekening", "jaarrekening-2024.pdf");
        id.Should().Be(groep, "one year's accounts hold all its documents");
        await UploadOkAsync(administratie, contract, 2024, "groepsjaarrekening", "werkmaatschappij-2024.pdf");

        var ib46 = factory.WithDb(db => db.Verplichtingen.Single(v => v.ContractId == contract && v.RegelId == "IB-46" && v.OnderwerpId == VerantwoordingService.YearSubject(contract, 2024)));
        ib46.BewijsGebeurtenisId.Should().NotBeNull("jaarrekening-ingediend about the year meets IB-46");
        ib46.Deadline.Should().Be(new DateOnly(2025, 5, 31));

        var tweede = await UploadAsync(administratie, contract, 2024, "jaarverslag", Pdf, "jaarverslag.pdf");
        tweede.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tweede.Content.ReadAsStringAsync()).Should().Contain("IB-46c");

        var contractmanager = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var details = (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{id}"))!;
        details.Bestanden.Select(b => b.Soort).Should().Equal("groepsjaarrekening", "jaarrekening", "groepsjaarrekening");
        var jaarrekening = details.Bestanden.Single(b => b.Soort == "jaarrekening");
        jaarrekening.Sha256.Should().Be(PdfBestand.Sha256(Pdf));
        (await contractmanager.GetByteArrayAsync($"/api/verantwoording/jaarrekeningen/{id}/bestanden/{jaarrekening.Id}")).Should().Equal(Pdf);
        factory.WithDb(db => db.AuditRegels.Any(a => a.EntiteitId == jaarrekening.Id.ToString())).Should().BeTrue("a download is a read in the audit trail");
        (await contractmanager.GetStringAsync($"/Verantwoording/Jaarrekeningen/Details/{id}")).Should().Contain("jaarrekening-2024.pdf").And.Contain(jaarrekening.Sha256);
        (await administratie.GetStringAsync($"/Verantwoording/Jaarrekeningen/Details/{id}?handler=Bestand&bestandId={jaarrekening.Id}")).Should().StartWith("%PDF-");

        // Another organisation: 404, for the API, the page and the file.
        var deventer = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await deventer.GetAsync($"/api/verantwoording/jaarrekeningen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.GetAsync($"/Verantwoording/Jaarrekeningen/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetAsync($"/api/verantwoording/jaarrekeningen/{id}/bestanden/{jaarrekening.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await UploadAsync(linde, contract, 2024, "jaarrekening", Pdf, "j.pdf")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "not its contract");
    }

    [Fact]
    public async Task Alleen_een_afgelopen_boekjaar_en_een_PDF_met_de_melding_per_veld_op_de_pagina()
    {
        var contract = Contract(factory, "deventer-wmo-2023", "75750202");
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        var lopend = await UploadAsync(administratie, contract, 2026, "jaarrekening", Pdf, "j.pdf");
        lopend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await lopend.Content.ReadAsStringAsync()).Should().Contain("pas na afloop van het boekjaar");
        var geenPdf = await UploadAsync(administratie, contract, 2024, "jaarrekening", Encoding.ASCII.GetBytes("<html>"), "j.pdf");
        (await geenPdf.Content.ReadAsStringAsync()).Should().Contain("geen PDF");
        var geenSoort = await UploadAsync(administratie, contract, 2024, "balans", Pdf, "j.pdf");
        (await geenSoort.Content.ReadAsStringAsync()).Should().Contain("Kies wat u indient");
        factory.WithDb(db => db.Set<Jaarrekening>().Any(j => j.ContractId == contract && j.Jaar == 2024)).Should().BeFalse("nothing is saved");

        var formulier = new MultipartFormDataContent
        {
            { new StringContent(contract.ToString()), "Invoer.ContractId" },
            { new StringContent("2024"), "Invoer.Jaar" },
            { new StringContent("Jaarrekening"), "Invoer.Soort" },
            { new StringContent(await administratie.AntiforgeryTokenAsync("/Verantwoording/Jaarrekeningen")), "__RequestVerificationToken" },
        };
        var pagina = await administratie.PostAsync("/Verantwoording/Jaarrekeningen", formulier);
        pagina.StatusCode.Should().Be(HttpStatusCode.OK);
        (await pagina.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Bestand\"").And.Contain("Kies het PDF-bestand met de jaarrekening.");

        var metBestand = new MultipartFormDataContent
        {
            { new StringContent(contract.ToString()), "Invoer.ContractId" },
            { new StringContent("2024"), "Invoer.Jaar" },
            { new StringContent("Jaarrekening"), "Invoer.Soort" },
            { new ByteArrayContent(Pdf), "bestand", "jaarrekening-2024.pdf" },
            { new StringContent(await administratie.AntiforgeryTokenAsync("/Verantwoording/Jaarrekeningen")), "__RequestVerificationToken" },
        };
        var ok = await administratie.PostAsync("/Verantwoording/Jaarrekeningen", metBestand);
        ok.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await administratie.GetStringAsync(ok.Headers.Location!.ToString())).Should().Contain("jaarrekening-2024.pdf");
    }
}
