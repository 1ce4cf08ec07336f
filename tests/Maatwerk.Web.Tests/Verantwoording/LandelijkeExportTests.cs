using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>The productieverantwoording in the national format over HTTP (OCO-6.2a, DEV-Art22.1): a regio contract (Gooi en
/// Vechtstreek) split by the gemeente of each WMO323 line, subtotals, the total equal to the statement's, the header block and
/// the signature block; Excel opened with OpenXml, and CSV.</summary>
public sealed class LandelijkeExportTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Details(Guid Id, long Totaal, string Protocol);

    internal static Prestatie Regel(Guid aanbieder, Guid gemeente, string referentie, string bsn, string code, long uren, long tarief, int jaar) => new()
    {
        AanbiederId = aanbieder, GemeenteId = gemeente, ReferentieNummer = referentie, Bsn = bsn, ToewijzingNummer = "24000901", ProductCategorie = "02",
        ProductCode = code, Begindatum = new DateOnly(jaar, 3, 1), Einddatum = new DateOnly(jaar, 3, 31), GeleverdVolume = uren, Eenheid = "04",
        ProductTarief = tarief, Bedrag = uren * tarief, Status = PrestatieStatus.Toegekend, AangemaaktDoor = "test",
        AangemaaktOp = new DateTimeOffset(jaar, 4, 2, 9, 0, 0, TimeSpan.Zero),
    };

    /// <summary>The cells of the first sheet as text (inline strings, shared strings and numbers), by row.</summary>
    internal static List<List<string>> Cellen(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var ws = wb.WorksheetParts.First().Worksheet;
        return ws.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
    }

    [Fact]
    public async Task OCO_6_2a_landelijk_format_een_regiocontract_per_gemeente_met_subtotalen_en_het_totaal_van_de_verantwoording()
    {
        var (contract, hilversum, huizen, samenVerder) = factory.WithDb(db =>
        {
            var leden = db.Organisaties.Where(o => o.Gemeentecode == "0402" || o.Gemeentecode == "0406").ToDictionary(o => o.Gemeentecode!, o => o);
            var aanbieder = db.Organisaties.Single(o => o.AgbCode == "75750303").Id;
            var c = db.Contracten.Single(c => c.OpdrachtgeverId == leden["0402"].RegioId && c.AanbiederId == aanbieder).Id;
            return (c, leden["0402"].Id, leden["0406"].Id, aanbieder);
        });
        factory.WithDb(db =>
        {
            // The contract's products go out under iWmo codes of at most 5 characters (ProductcodeKoppeling, TR381).
            db.AddRange(new ProductcodeKoppeling { ContractId = contract, Productcode = "BSD-MBO4", IWmoProductcode = "02MB4" },
                new ProductcodeKoppeling { ContractId = contract, Productcode = "BSD-HBO", IWmoProductcode = "02HBO" });
            db.AddRange(
                Regel(samenVerder, hilversum, "LF-1", "999990019", "02MB4", 10, 6500, 2024),
                Regel(samenVerder, hilversum, "LF-2", "999990020", "02MB4", 4, 6600, 2024),
                Regel(samenVerder, huizen, "LF-3", "999990031", "02MB4", 6, 6500, 2024),
                Regel(samenVerder, huizen, "LF-4", "999990043", "02HBO", 3, 7800, 2024));
            return db.SaveChanges();
        });
        var administratie = await factory.LoggedInAsync("administratie@samenverder.demo");
        var opstellen = await administratie.PostAsJsonAsync("/api/verantwoording", new { ContractId = contract, Jaar = 2024 });
        opstellen.StatusCode.Should().Be(HttpStatusCode.OK, await opstellen.Content.ReadAsStringAsync());
        var id = (await opstellen.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var details = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/{id}"))!;

        var response = await administratie.GetAsync($"/api/verantwoording/{id}/landelijk");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(VerantwoordingExportTypes.Excel);
        var rijen = Cellen(await response.Content.ReadAsByteArrayAsync());

        string Waarde(string sleutel) => rijen.Single(r => r.Count >= 2 && r[0] == sleutel)[1];
        (Waarde("Aanbieder"), Waarde("AGB-code"), Waarde("Verslagjaar"), Waarde("Accountantsprotocol")).Should()
            .Be(("Stichting Samen Verder", "75750303", "2024", "geen protocol in het contract"));
        Waarde("KvK-nummer").Should().Be("90000303", "the aanbieder's KvK-nummer from the organisation");
        Waarde("Contract").Should().StartWith("Begeleiding specifieke doelgroepen Gooi en Vechtstreek");
        var kop = rijen.FindIndex(r => r.Count > 0 && r[0] == "Gemeentecode");
        rijen[kop].Should().Equal("Gemeentecode", "Gemeentenaam", "Productcategorie", "Productcode", "Productomschrijving", "Eenheid", "Tarief (€)", "Volume",
            "Aantal cliënten", "Bedrag (€)");
        var regels = rijen.Skip(kop + 1).TakeWhile(r => r.Count == 10 && r[1] != "Totaal").Where(r => r[0] != "").ToList();
        regels.Select(r => (r[0], r[1], r[3], r[6], r[7], r[8], r[9])).Should().Equal(
            ("0402", "Gemeente Hilversum", "02MB4", "diverse", "14", "2", "914.00"),
            ("0406", "Gemeente Huizen", "02HBO", "78.00", "3", "1", "234.00"),
            ("0406", "Gemeente Huizen", "02MB4", "65.00", "6", "1", "390.00"));
        regels[0][4].Should().Be("Begeleiding specifieke doelgroepen (MBO 4)");
        rijen.Single(r => r.Count == 10 && r[1] == "Subtotaal Gemeente Huizen")[9].Should().Be("624.00");
        decimal Euro(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var totaal = Euro(rijen.Single(r => r.Count == 10 && r[1] == "Totaal")[9]);
        (totaal * 100).Should().Be(details.Totaal, "Σ of the national format = the statement's total");
        regels.Sum(r => Euro(r[9])).Should().Be(totaal);
        rijen.Where(r => r.Count == 2).Select(r => r[0]).Should().ContainInOrder("Naam", "Functie", "Datum", "Handtekening");

        var csv = Encoding.UTF8.GetString(await administratie.GetByteArrayAsync($"/api/verantwoording/{id}/landelijk?formaat=csv"));
        csv.Should().Contain("KvK-nummer;90000303\r\n").And.Contain("Gemeentecode;Gemeentenaam;Productcategorie").And.Contain("0406;Gemeente Huizen;02;02HBO;Begeleiding specifieke doelgroepen (HBO);").And.Contain(";234,00");
        (await administratie.GetStringAsync($"/Verantwoording/Details/{id}")).Should().Contain("?handler=Landelijk");
        (await administratie.GetAsync($"/Verantwoording/Details/{id}?handler=Landelijk")).Content.Headers.ContentType!.MediaType.Should().Be(VerantwoordingExportTypes.Excel);

        var anderen = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await anderen.GetAsync($"/api/verantwoording/{id}/landelijk")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
