using System.Net;
using System.Text;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>A WMO301 from a gemeente's own system (hand-written, tests/Shared/Berichten/wmo301-eigen-systeem.xml),
/// delivered by the aanbieder as a file or through the API, becomes a toewijzing on the platform with its client,
/// contract and obligations; a gewijzigde 301 changes it.</summary>
public sealed class ReceivedToewijzingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Toewijzing(Guid Id, string Status, string? Productcode, DateOnly? Einddatum, string? RedenWijziging, int? Volume);

    private sealed record Product(string Nummer, string Categorie, string? Code, DateOnly Ingang, DateOnly Einde, string? Reden = null);

    /// <summary>Client Grietje van Ommen, Brink 12a, 7411BT Deventer, born 14-03-1948; 180 minutes per week.</summary>
    private StringContent Xml(string bsn, Product t, string identificatie) => new(BerichtTemplate.Fill("wmo301-eigen-systeem.xml",
            ("Identificatie", identificatie), ("Dagtekening", BerichtTemplate.Date(factory.Vandaag)), ("Bsn", bsn),
            ("ToewijzingNummer", t.Nummer), ("Categorie", t.Categorie), ("ProductCode", t.Code), ("Toewijzingsdatum", BerichtTemplate.Date(t.Ingang)),
            ("Ingangsdatum", BerichtTemplate.Date(t.Ingang)), ("Einddatum", BerichtTemplate.Date(t.Einde)), ("RedenWijziging", t.Reden)),
        Encoding.UTF8, "application/xml");

    [Fact]
    public async Task An_uploaded_301_creates_the_toewijzing_and_client_and_a_changed_301_updates_it()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var vandaag = factory.Vandaag;
        var product = new Product("900007001", "02", "PO-B", vandaag, vandaag.AddMonths(6));
        var response = await aanbieder.PostAsync("/api/iwmo/berichten", Xml("999090008", product, "EXT301A"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(">0200<", factory.WithDb(db => db.Berichten.Where(b => b.Identificatie == "EXT301A").Select(b => b.Retourcodes).FirstOrDefault()));

        var (id, clientId, gemeente) = factory.WithDb(db =>
        {
            var t = db.Toewijzingen.Single(x => x.ToewijzingNummer == "900007001");
            var c = db.Clienten.Single(x => x.Id == t.ClientId);
            return (t.Id, c.Id, db.Organisaties.Single(o => o.Id == c.GemeenteId).Gemeentecode);
        });
        gemeente.Should().Be("0150");
        var toewijzing = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (toewijzing!.Status, toewijzing.Productcode, toewijzing.Volume).Should().Be(("Verzonden", "PO-B", 180));
        factory.WithDb(db => db.Berichten.Single(b => b.Identificatie == "EXT301A").ToewijzingId).Should().Be(id);
        var verplichtingen = await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        verplichtingen.Should().Contain(v => v["regel"].ToString() == "MR-05", "the contract's start deadline runs from the received toewijzing (DEV-Art4.4)");

        // The provider carries on as usual: the start goes to the gemeente as a 305.
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = vandaag.ToString("yyyy-MM-dd") })).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.WithDb(db => db.Berichten.Count(b => b.ToewijzingId == id && b.Soort == "WMO305" && b.Geldig)).Should().Be(1);

        // A gewijzigde 301 (verkorting) moves the end date; the client is not registered twice.
        var gewijzigd = new Product("900007001", "02", "PO-B", vandaag, vandaag.AddMonths(3), Reden: "05");
        (await aanbieder.PostAsync("/api/iwmo/berichten", Xml("999090008", gewijzigd, "EXT301B"))).StatusCode.Should().Be(HttpStatusCode.OK);
        var na = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (na!.Status, na.Einddatum, na.RedenWijziging).Should().Be(("Gestart", vandaag.AddMonths(3), "05"));
        factory.WithDb(db => db.Clienten.Count(c => c.Bsn == "999090008")).Should().Be(1);
        factory.WithDb(db => db.Clienten.Single(c => c.Id == clientId).Huisnummer).Should().Be("12-a");
    }

    [Fact]
    public async Task A_received_301_with_a_Budget_instead_of_an_Omvang_keeps_the_budget_TR369()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var vandaag = factory.Vandaag;
        var product = new Product("900007009", "02", "PO-B", vandaag, vandaag.AddMonths(6));
        var xml = await Xml("999090057", product, "EXT301K").ReadAsStringAsync();
        xml = System.Text.RegularExpressions.Regex.Replace(xml, "<wmo301:Omvang>.*?</wmo301:Omvang>", "<wmo301:Budget>125000</wmo301:Budget>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        OfficialXsd.Errors(xml).Should().BeEmpty();
        var response = await aanbieder.PostAsync("/api/iwmo/berichten", new StringContent(xml, Encoding.UTF8, "application/xml"));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        factory.WithDb(db => db.Toewijzingen.Where(t => t.ToewijzingNummer == "900007009").Select(t => new { t.Budget, t.Volume }).Single())
            .Should().BeEquivalentTo(new { Budget = (decimal?)1250.00m, Volume = (int?)null });
    }

    [Fact]
    public async Task A_301_for_an_unknown_code_or_outside_the_contract_takes_nothing_over_and_says_why_TR381()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var vandaag = factory.Vandaag;
        var clienten = factory.WithDb(db => db.Clienten.Count());

        // A code that is not on the gemeente's product code list is refused by the standard's rule TR381 (S329).
        var vreemd = new Product("900007101", "02", "ZZ999", vandaag, vandaag.AddMonths(6));
        var retour = await aanbieder.PostAsync("/api/iwmo/berichten", Xml("999090021", vreemd, "EXT301C"));
        retour.StatusCode.Should().Be(HttpStatusCode.OK);
        (await retour.Content.ReadAsStringAsync()).Should().Contain(">S329<");
        factory.WithDb(db => db.Toewijzingen.Any(t => t.ToewijzingNummer == "900007101")).Should().BeFalse();

        // Through the upload page the provider reads why.
        var upload = new MultipartFormDataContent();
        // A known code, but no contract with this provider runs on that date: accepted technically, not taken over, and said why.
        var tweede = new Product("900007102", "02", "PO-B", new DateOnly(2022, 6, 1), new DateOnly(2022, 12, 31));
        var bestand = new ByteArrayContent(await Xml("999090021", tweede, "EXT301D").ReadAsByteArrayAsync());
        upload.Add(bestand, "Bestand", "toewijzing.xml");
        upload.Add(new StringContent(await aanbieder.AntiforgeryTokenAsync("/Berichten/Uploaden")), "__RequestVerificationToken");
        var pagina = await aanbieder.PostAsync("/Berichten/Uploaden", upload);
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var details = await aanbieder.GetStringAsync(pagina.Headers.Location!.ToString());
        details.Should().Contain("Toewijzing 900007102: er is geen lopend contract").And.Contain("iWmo-productcode PO-B op 01-06-2022");

        factory.WithDb(db => db.Clienten.Count()).Should().Be(clienten, "a client only comes with a toewijzing");
    }
}
