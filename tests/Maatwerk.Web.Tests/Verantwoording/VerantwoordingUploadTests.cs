using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>A productieverantwoording uploaded by an aanbieder with its own system, in the national format (OCO-6.2a,
/// DEV-Art22.1): atomic (every bad cell named, nothing saved), idempotent (same file → same statement), CSV and xlsx, and
/// then like a drawn-up one: indienen (MR-31, DEV-Art22.2a) and the gemeente's aansluiting.</summary>
public sealed class VerantwoordingUploadTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Product(string Gemeentecode, string ProductCode, long? Tarief, int Clienten, long Volume, long Bedrag);
    private sealed record Aansluit(string ProductCode, long VerantwoordBedrag, long BetaaldBedrag, long VerschilBedrag);
    private sealed record Details(Guid Id, string Status, long Totaal, List<Product> Producten, List<Aansluit>? Aansluiting);

    private const string Kop = "Productieverantwoording Wmo — landelijk format (i-Sociaal Domein)\r\nAanbieder;Begeleiding Op Maat B.V.\r\nAGB-code;75750202\r\n"
        + "KvK-nummer;\r\nVerslagjaar;{0}\r\nAccountantsprotocol;Landelijk accountantsprotocol Wmo en Jeugdwet 2020\r\nContract;Deventer\r\nDatum opgesteld;15-02-2026\r\n\r\n"
        + "Gemeentecode;Gemeentenaam;Productcategorie;Productcode;Productomschrijving;Eenheid;Tarief (€);Volume;Aantal cliënten;Bedrag (€)\r\n";

    private static byte[] Csv(int jaar, params string[] regels) => Encoding.UTF8.GetBytes(string.Format(Kop, jaar) + string.Join("\r\n", regels) + "\r\n");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid contract, int jaar, byte[] inhoud, string naam) =>
        client.PostAsync($"/api/verantwoording/upload?contractId={contract}&jaar={jaar}&bestandsnaam={Uri.EscapeDataString(naam)}",
            new ByteArrayContent(inhoud) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });

    [Fact]
    public async Task OCO_6_2a_upload_in_het_landelijke_format_atomair_idempotent_en_daarna_als_een_opgestelde_verantwoording()
    {
        var (contract, deventer, opMaat) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var aanbieder = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            return (db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id, gemeente, aanbieder);
        });
        int Aantal() => factory.WithDb(db => db.Set<Productieverantwoording>().Count(v => v.ContractId == contract && v.Jaar == 2025));
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");

        // Every bad cell gets its row, column and rule; nothing is saved.
        var fout = await UploadAsync(administratie, contract, 2025, Csv(2024,
            "0150;Gemeente Deventer;02;XX-9;;minuten;1,04;10;1;10,40",
            "0402;Gemeente Hilversum;02;PO-B;;minuten;1,04;10;1;10,40",
            "0150;Gemeente Deventer;02;PO-L;;minuten;0,94;-5;1;-4,70",
            "0150;Gemeente Deventer;02;PO-B;;minuten;1,04;100;2;105,00"), "fout.csv");
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var meldingen = await fout.Content.ReadAsStringAsync();
        meldingen.Should().Contain("Rij 5, kolom 'Verslagjaar'").And.Contain("Rij 11, kolom 'Productcode'").And.Contain("Rij 12, kolom 'Gemeentecode'")
            .And.Contain("Rij 13, kolom 'Volume'").And.Contain("Rij 14, kolom 'Bedrag (€)'");
        Aantal().Should().Be(0, "nothing is saved on any error");

        var goed = Csv(2025, "0150;Gemeente Deventer;02;PO-B;Persoonlijke ondersteuning basis;minuten;1,04;600;3;624,00",
            "0150;Gemeente Deventer;02;PO-L;;minuten;diverse;90;1;84,60", ";Subtotaal Gemeente Deventer;;;;;;;;708,60", ";Totaal;;;;;;;;708,60");
        var eerste = await UploadAsync(administratie, contract, 2025, goed, "eigen-systeem.csv");
        eerste.StatusCode.Should().Be(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        var id = (await eerste.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var nogmaals = await UploadAsync(administratie, contract, 2025, goed, "eigen-systeem.csv");
        (await nogmaals.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"].Should().Be(id, "the same file again is the same statement");
        Aantal().Should().Be(1);
        factory.WithDb(db => db.Set<VerantwoordingRegel>().Count(r => r.VerantwoordingId == id)).Should().Be(2, "nothing duplicated");
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        (details.Totaal, details.Status).Should().Be((70860L, "Concept"));
        details.Producten.Should().BeEquivalentTo([new Product("0150", "PO-B", 104, 3, 600, 62400), new Product("0150", "PO-L", null, 1, 90, 8460)]);
        (await administratie.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain("Geüpload uit het eigen systeem").And.Contain("eigen-systeem.csv");

        // The national-format xlsx of the statement reads back as the same statement (xlsx upload).
        var xlsx = await administratie.GetByteArrayAsync($"/api/verantwoording/{id}/landelijk");
        var terug = await UploadAsync(administratie, contract, 2025, xlsx, "terug.xlsx");
        terug.StatusCode.Should().Be(HttpStatusCode.OK, await terug.Content.ReadAsStringAsync());
        (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!.Producten.Should().BeEquivalentTo(details.Producten);

        // Then like a drawn-up statement: submitted (MR-31, DEV-Art22.2a), and reconciled by the gemeente.
        factory.WithDb(db =>
        {
            var betaald = new OntvangenDeclaratie
            {
                BerichtId = Guid.NewGuid(), GemeenteId = deventer, AanbiederId = opMaat, Afzender = "75750202", Identificatie = "UP2025", DeclaratieNummer = "UP2025",
                PeriodeBegin = new DateOnly(2025, 3, 1), PeriodeEinde = new DateOnly(2025, 3, 31), Ontvangen = new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero),
                Status = DeclaratieStatus.Beantwoord, BetaaldOp = new DateTimeOffset(2025, 4, 20, 9, 0, 0, TimeSpan.Zero),
            };
            db.AddRange(betaald, new OntvangenPrestatie
            {
                DeclaratieId = betaald.Id, Bsn = "999990019", ReferentieNummer = "UP-1", ToewijzingNummer = "25000902", ProductCategorie = "02", ProductCode = "PO-B",
                Begindatum = new DateOnly(2025, 3, 1), Einddatum = new DateOnly(2025, 3, 31), GeleverdVolume = 600, Eenheid = "01", ProductTarief = 104, Bedrag = 62400,
                Beoordeling = Beoordeling.Goedgekeurd,
            });
            return db.SaveChanges();
        });
        (await administratie.PostAsync($"/api/verantwoording/{id}/indiening", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var opnieuw = await UploadAsync(administratie, contract, 2025, Csv(2025, "0150;Gemeente Deventer;02;PO-B;;minuten;1,04;1;1;1,04"), "later.csv");
        (await opnieuw.Content.ReadAsStringAsync()).Should().Contain("al ingediend");
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var gemeente = (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;
        gemeente.Aansluiting!.Single(a => a.ProductCode == "PO-B").Should().Be(new Aansluit("PO-B", 62400, 62400, 0));
        gemeente.Aansluiting!.Single(a => a.ProductCode == "PO-L").VerschilBedrag.Should().Be(8460);

        // The uploaded file itself is kept (the last one, the xlsx read back): both parties download it as it was received, audited.
        (await contractmanager.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain($"/Verantwoording/Details/{id}?handler=Upload").And.Contain("terug.xlsx");
        var bewaard = await contractmanager.GetAsync($"/api/verantwoording/{id}/upload");
        bewaard.StatusCode.Should().Be(HttpStatusCode.OK);
        bewaard.Content.Headers.ContentType!.MediaType.Should().Be(VerantwoordingExportTypes.Excel);
        bewaard.Content.Headers.ContentDisposition!.FileName.Should().Be("terug.xlsx");
        (await bewaard.Content.ReadAsByteArrayAsync()).Should().Equal(xlsx);
        (await administratie.GetByteArrayAsync($"/Verantwoording/Details/{id}?handler=Upload")).Should().Equal(xlsx);
        var bestandId = factory.WithDb(db => db.Set<VerantwoordingBestand>().Where(b => b.VerantwoordingId == id && b.Soort == VerantwoordingBestandSoort.LandelijkFormaat)
            .Select(b => b.Id).ToList()).Should().ContainSingle("a new upload replaced the earlier file").Subject;
        factory.WithDb(db => db.AuditRegels.Count(a => a.EntiteitId == bestandId.ToString())).Should().BeGreaterThanOrEqualTo(2, "each download is a read in the audit trail");
        (await contractmanager.GetAsync($"/api/verantwoording/{id}/controleverklaring")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the stored file is not the controleverklaring");
        (await (await factory.LoggedInAsync("contractmanager@voorneaanzee.demo")).GetAsync($"/api/verantwoording/{id}/upload")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Another aanbieder cannot upload under this contract.
        var anderen = await factory.LoggedInAsync("administratie@delinde.demo");
        (await UploadAsync(anderen, contract, 2025, goed, "x.csv")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await administratie.GetStringAsync("/Verantwoording")).Should().Contain("Productieverantwoording uploaden");
    }

    [Fact]
    public async Task Het_uploadformulier_op_de_pagina_toont_de_fouten_per_cel_en_gaat_bij_een_goed_bestand_naar_de_verantwoording()
    {
        var contract = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var aanbieder = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
        });
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        async Task<HttpResponseMessage> PostAsync(byte[] inhoud)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(await administratie.AntiforgeryTokenAsync("/Verantwoording")), "__RequestVerificationToken" },
                { new StringContent(contract.ToString()), "Invoer.ContractId" },
                { new StringContent("2024"), "Invoer.Jaar" },
                { new ByteArrayContent(inhoud), "bestand", "eigen.csv" },
            };
            return await administratie.PostAsync("/Verantwoording?handler=Upload", form);
        }
        var fout = await PostAsync(Csv(2024, "0150;Gemeente Deventer;02;PO-B;;minuten;1,04;-1;1;-1,04"));
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await fout.Content.ReadAsStringAsync()).Should().Contain("Rij 11, kolom 'Volume': het volume -1 is negatief");
        var goed = await PostAsync(Csv(2024, "0150;Gemeente Deventer;02;PO-B;;minuten;1,04;10;1;10,40"));
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        goed.Headers.Location!.ToString().Should().StartWith("/Verantwoording/Details/");
    }
}
