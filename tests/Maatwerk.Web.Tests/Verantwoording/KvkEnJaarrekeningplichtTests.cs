using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>Two facts about an aanbieder that the functioneel beheerder records on the organisation (issue 12): its KvK-nummer
/// (8 digits; printed in the national accountability format and checked against an upload) and whether it is
/// jaarrekeningplichtig (IB-46c), which decides what it may file on /Verantwoording/Jaarrekeningen.</summary>
public sealed class KvkEnJaarrekeningplichtTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Organisatie(Guid Id, Guid Versie, string? KvkNummer, bool? Jaarrekeningplichtig);

    private static Dictionary<string, string> Formulier(Organisatie o, string kvk, string plichtig) => new()
    {
        ["Invoer.Versie"] = o.Versie.ToString(), ["Invoer.Naam"] = "Begeleiding Op Maat B.V.", ["Invoer.Soort"] = "Aanbieder", ["Invoer.AgbCode"] = "75750202",
        ["Invoer.KvkNummer"] = kvk, ["Invoer.Jaarrekeningplichtig"] = plichtig, ["Invoer.IsWlzAanbieder"] = "false", ["Invoer.RegioId"] = "",
    };

    [Fact]
    public async Task De_beheerder_legt_kvk_en_jaarrekeningplicht_vast_en_de_verantwoording_volgt()
    {
        var (opMaatId, contract) = factory.WithDb(db =>
        {
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202");
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            return (opMaat.Id, db.Contracten.Single(c => c.AanbiederId == opMaat.Id && c.OpdrachtgeverId == deventer).Id);
        });
        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        var voor = (await beheer.GetFromJsonAsync<Organisatie>($"/api/organisaties/{opMaatId}"))!;
        (voor.KvkNummer, voor.Jaarrekeningplichtig).Should().Be(("90000202", true), "the demo data");
        var pad = $"/Organisaties/Bewerken/{opMaatId}";
        (await beheer.GetStringAsync(pad)).Should().Contain("KvK-nummer").And.Contain("Jaarrekeningplichtig");

        var fout = await beheer.PostFormAsync(pad, Formulier(voor, "9000 202", "false"));
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Invoer.KvkNummer\"").And.Contain("Het KvK-nummer moet uit precies 8 cijfers bestaan.");
        factory.WithDb(db => db.Organisaties.Single(o => o.Id == opMaatId).Jaarrekeningplichtig).Should().BeTrue("nothing saved");

        (await beheer.PostFormAsync(pad, Formulier(voor, "12345678", "false"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        factory.WithDb(db => db.Organisaties.Where(o => o.Id == opMaatId).Select(o => new { o.KvkNummer, o.Jaarrekeningplichtig }).Single())
            .Should().Be(new { KvkNummer = (string?)"12345678", Jaarrekeningplichtig = (bool?)false });
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await contractmanager.GetAsync(pad)).StatusCode.Should().Be(HttpStatusCode.NotFound, "only the functioneel beheerder edits organisations");

        // The national format upload: the KvK in the header must be the aanbieder's.
        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        var csv = "Productieverantwoording Wmo — landelijk format (i-Sociaal Domein)\r\nAanbieder;Begeleiding Op Maat B.V.\r\nAGB-code;75750202\r\nKvK-nummer;90000202\r\n"
            + "Verslagjaar;2025\r\nAccountantsprotocol;x\r\nContract;Deventer\r\nDatum opgesteld;15-02-2026\r\n\r\n"
            + "Gemeentecode;Gemeentenaam;Productcategorie;Productcode;Productomschrijving;Eenheid;Tarief (€);Volume;Aantal cliënten;Bedrag (€)\r\n"
            + "0150;Gemeente Deventer;02;PO-B;;minuten;1,04;600;3;624,00\r\n";
        var upload = await administratie.PostAsync($"/api/verantwoording/upload?contractId={contract}&jaar=2025&bestandsnaam=kvk.csv",
            new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        upload.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await upload.Content.ReadAsStringAsync()).Should().Contain("Rij 4, kolom 'KvK-nummer': het KvK-nummer 90000202 is niet dat van de aanbieder (12345678).");
        var goed = await administratie.PostAsync($"/api/verantwoording/upload?contractId={contract}&jaar=2025&bestandsnaam=kvk.csv",
            new ByteArrayContent(Encoding.UTF8.GetBytes(csv.Replace("90000202", "12345678"))) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        goed.StatusCode.Should().Be(HttpStatusCode.OK, await goed.Content.ReadAsStringAsync());
        var id = (await goed.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var export = Encoding.UTF8.GetString(await administratie.GetByteArrayAsync($"/api/verantwoording/{id}/landelijk?formaat=csv"));
        export.Should().Contain("KvK-nummer;12345678\r\n");

        // IB-46c: not jaarrekeningplichtig now, so the jaarverslag is due; a voluntary jaarrekening instead of it is accepted
        // (and meets IB-46 as well), but not both for one year.
        var pagina = await administratie.GetStringAsync("/Verantwoording/Jaarrekeningen");
        pagina.Should().Contain("niet jaarrekeningplichtig: het jaarverslag is verschuldigd (IB-46c); een vrijwillige jaarrekening in plaats daarvan mag ook")
            .And.Contain("value=\"Jaarverslag\"").And.Contain("value=\"Jaarrekening\"").And.Contain("(vrijwillig, in plaats van het jaarverslag)");
        await JaarrekeningTests.UploadOkAsync(administratie, contract, 2024, "jaarverslag", "jaarverslag-2024.pdf");
        var ookJaarrekening = await JaarrekeningTests.UploadAsync(administratie, contract, 2024, "jaarrekening", JaarrekeningTests.Pdf, "j.pdf");
        ookJaarrekening.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ookJaarrekening.Content.ReadAsStringAsync()).Should().Contain("Over 2024 is al een jaarverslag ingediend");
        await JaarrekeningTests.UploadOkAsync(administratie, contract, 2023, "jaarrekening", "jaarrekening-2023.pdf");
        (await contractmanager.GetStringAsync("/Verantwoording/Jaarrekeningen")).Should().Contain("jaarverslag of vrijwillig de jaarrekening (niet jaarrekeningplichtig, IB-46c)");

        // Jaarrekeningplichtig (De Linde in the demo): a jaarverslag alone is refused.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var lindeContract = JaarrekeningTests.Contract(factory, "deventer-wmo-2023", "75750101");
        var verslag = await JaarrekeningTests.UploadAsync(linde, lindeContract, 2024, "jaarverslag", JaarrekeningTests.Pdf, "v.pdf");
        verslag.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await verslag.Content.ReadAsStringAsync()).Should().Contain("Uw organisatie is jaarrekeningplichtig: dien de jaarrekening in (IB-46a)");
        (await linde.GetStringAsync("/Verantwoording/Jaarrekeningen")).Should().Contain("jaarrekeningplichtig: de jaarrekening is verschuldigd (IB-46a)");
    }
}
