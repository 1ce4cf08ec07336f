using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Ervaringsonderzoek;

/// <summary>The client-experience survey over HTTP on the real app (today is Tuesday 10 November 2026): IB-47a per client
/// under Voorne aan Zee (zorg-in-jaar → obligation until 31 December, met by a response), the one-time link without login
/// (IB-47b), rounds for OCO-2.21 and BSD-63f as obligations, the summary per aanbieder for the gemeente without names (IB-47c).</summary>
public sealed class ErvaringsonderzoekTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record ClientRow(Guid ClientId, string Client);
    private sealed record Overzicht(int Jaar, Samenvatting Samenvatting, List<ClientRow> ZonderReactie);
    private sealed record Samenvatting(string Aanbieder, int Aantal, int Tevreden, decimal? PercentageTevreden, List<string> GoedEnBeter);
    private sealed record Link(string Url, DateTimeOffset VerlooptOp);

    private Guid Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
    });

    private List<(string RegelId, string Status, DateOnly Deadline)> Verplichtingen(Guid clientId, string regel) => factory.WithDb(db =>
        db.Verplichtingen.Where(v => v.OnderwerpSoort == "client" && v.OnderwerpId == clientId && v.RegelId == regel).ToList()
            .Select(v => (v.RegelId, v.Status.ToString(), v.Deadline)).ToList());

    private static object Antwoorden(Guid clientId, string kanaal = "Papier") => new
    {
        ClientId = clientId, Kanaal = kanaal, Postcode = "3231ab", Datum = "2026-11-09", Zorgaanbieder = "Begeleiding Op Maat",
        OntvangenZorg = "Individuele begeleiding", Tevreden = false, TevredenToelichting = "Te vaak een andere begeleider",
        GoedEnBeter = "Goed: het plan. Beter: vaste tijden", HeeftOpmerkingen = false,
    };

    [Fact]
    public async Task IB_47a_iedere_client_met_zorg_in_het_jaar_een_reactie_en_IB_47c_de_gemeente_ziet_geen_namen()
    {
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        // Under Voorne aan Zee (IB-47a): the clients in care in 2026 become obligations until 31 December (reading IB-A16).
        (await opMaat.PostAsJsonAsync("/api/ervaringsonderzoek/zorg-in-jaar", new { Jaar = 2026 })).StatusCode.Should().Be(HttpStatusCode.OK);
        var overzicht = (await opMaat.GetFromJsonAsync<Overzicht>("/api/ervaringsonderzoek/overzicht?jaar=2026"))!;
        // The demo's responses (other tests of this class may add one): the summary counts what is stored.
        var opgeslagen = factory.WithDb(db => db.Set<Domain.Ervaringsonderzoek.Clientervaring>()
            .Where(r => db.Organisaties.Any(o => o.Id == r.AanbiederId && o.AgbCode == "75750202")).Select(r => new { r.Datum, r.Tevreden, r.GeregistreerdDoor }).ToList()
            .Where(r => r.Datum.Year == 2026).ToList());
        opgeslagen.Should().Contain(r => r.GeregistreerdDoor == "demodata", "the demo has survey responses");
        overzicht.Samenvatting.Aantal.Should().Be(opgeslagen.Count);
        overzicht.Samenvatting.Tevreden.Should().Be(opgeslagen.Count(r => r.Tevreden == true));
        var voorneClient = factory.WithDb(db =>
        {
            var contract = Contract("1992", "75750202");
            var ids = db.Toewijzingen.Where(t => t.ContractId == contract && t.StartdatumZorg != null).Select(t => t.ClientId).ToList();
            return overzicht.ZonderReactie.First(c => ids.Contains(c.ClientId)).ClientId;
        });
        Verplichtingen(voorneClient, "IB-47a").Should().ContainSingle().Which.Should().Be(("IB-47a", "Open", new DateOnly(2026, 12, 31)));
        (await opMaat.PostAsJsonAsync("/api/ervaringsonderzoek/zorg-in-jaar", new { Jaar = 2026 })).StatusCode.Should().Be(HttpStatusCode.OK);
        Verplichtingen(voorneClient, "IB-47a").Should().HaveCount(1, "vastleggen is idempotent");

        // Bad input: a clear Dutch message per field, nothing saved.
        var fout = await opMaat.PostAsJsonAsync("/api/ervaringsonderzoek/reacties", new { ClientId = voorneClient, Postcode = "12", Datum = "2026-11-09" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("1234 AB").And.Contain("Tevreden: kies ja of nee (IB-47a)");

        var response = await opMaat.PostAsJsonAsync("/api/ervaringsonderzoek/reacties", Antwoorden(voorneClient));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Verplichtingen(voorneClient, "IB-47a").Single().Status.Should().Be("Voldaan");
        overzicht = (await opMaat.GetFromJsonAsync<Overzicht>("/api/ervaringsonderzoek/overzicht?jaar=2026"))!;
        overzicht.ZonderReactie.Should().NotContain(c => c.ClientId == voorneClient);
        overzicht.Samenvatting.Aantal.Should().BeGreaterThan(0);

        // Another aanbieder cannot register for this client.
        var linde = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        (await linde.PostAsJsonAsync("/api/ervaringsonderzoek/reacties", Antwoorden(voorneClient))).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The gemeente: a summary per contracted aanbieder, with the remarks, never a name (IB-47c).
        var naam = factory.WithDb(db => db.Clienten.Single(c => c.Id == voorneClient).Achternaam);
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var samenvattingen = (await gemeente.GetFromJsonAsync<List<Samenvatting>>("/api/ervaringsonderzoek?jaar=2026"))!;
        samenvattingen.Single(s => s.Aanbieder == "Begeleiding Op Maat B.V.").GoedEnBeter.Should().Contain("Goed: het plan. Beter: vaste tijden");
        var pagina = await gemeente.GetStringAsync("/Ervaringsonderzoek?Invoer.Jaar=2026");
        pagina.Should().Contain("Begeleiding Op Maat B.V.").And.NotContain(naam).And.NotContain("3231 AB");
        var pdf = await gemeente.GetAsync("/api/ervaringsonderzoek/pdf?jaar=2026");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        PdfTexts.Read(await pdf.Content.ReadAsByteArrayAsync()).Should().Contain("Cliëntervaringsonderzoek 2026").And.NotContain(naam);
        (await gemeente.PostAsJsonAsync("/api/ervaringsonderzoek/reacties", Antwoorden(voorneClient))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gemeente.GetAsync("/api/ervaringsonderzoek/overzicht")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IB_47b_een_eenmalige_link_zonder_inloggen_toont_alleen_een_begroeting_en_werkt_een_keer()
    {
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var (clientId, voornaam, achternaam, bsn) = factory.WithDb(db =>
        {
            var contract = Contract("1992", "75750202");
            var id = db.Toewijzingen.Where(t => t.ContractId == contract).Select(t => t.ClientId).First();
            var c = db.Clienten.Single(x => x.Id == id);
            return (c.Id, c.Voornamen.Split(' ')[0], c.Achternaam, c.Bsn);
        });
        var response = await opMaat.PostAsJsonAsync("/api/ervaringsonderzoek/links", new { ClientId = clientId });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var link = (await response.Content.ReadFromJsonAsync<Link>())!;
        link.VerlooptOp.Should().BeCloseTo(factory.Tijd.GetUtcNow().AddDays(28), TimeSpan.FromMinutes(5));
        var pad = new Uri(link.Url).PathAndQuery;
        factory.WithDb(db => db.Set<Domain.Ervaringsonderzoek.Ervaringslink>().Any(l => l.TokenHash.Contains(pad.Split('/').Last()))).Should().BeFalse("alleen de hash wordt bewaard");

        var anoniem = factory.NewClient();
        var pagina = await anoniem.GetStringAsync(pad);
        pagina.Should().Contain($"Beste {voornaam}").And.NotContain(achternaam).And.NotContain(bsn).And.Contain("Bent u tevreden over de geleverde ondersteuning?");
        var leeg = await anoniem.PostFormAsync(pad, new Dictionary<string, string> { ["Invoer.Postcode"] = "3231 AB" });
        (await leeg.Content.ReadAsStringAsync()).Should().Contain("Tevreden: kies ja of nee (IB-47a)");
        var ingevuld = await anoniem.PostFormAsync(pad, new Dictionary<string, string>
        {
            ["Invoer.Postcode"] = "3231 AB", ["Invoer.Zorgaanbieder"] = "Op Maat", ["Invoer.OntvangenZorg"] = "Begeleiding", ["Invoer.Tevreden"] = "true",
            ["Invoer.HeeftOpmerkingen"] = "false", ["Invoer.ClientId"] = Guid.NewGuid().ToString(), ["Invoer.Kanaal"] = "Papier",
        });
        (await ingevuld.Content.ReadAsStringAsync()).Should().Contain("Hartelijk dank voor uw antwoorden");
        factory.WithDb(db => db.Set<Domain.Ervaringsonderzoek.Clientervaring>().Where(r => r.ClientId == clientId && r.Kanaal == Domain.Ervaringsonderzoek.ErvaringKanaal.Digitaal && r.Datum == new DateOnly(2026, 11, 10)).Count())
            .Should().Be(1, "de cliënt en het kanaal komen van de link, niet uit het formulier");
        (await anoniem.GetStringAsync(pad)).Should().Contain("al ingevuld");
        (await anoniem.GetAsync("/Ervaringsonderzoek/Invullen/onbekend-token")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OCO_2_21_en_BSD_63f_een_ronde_voldoet_aan_de_termijnen_van_het_contract()
    {
        var samenVerder = await factory.LoggedInAsync("administratie@samenverder.demo");
        var response = await samenVerder.PostAsJsonAsync("/api/ervaringsonderzoek/rondes", new
        {
            ContractId = factory.WithDb(db => db.Contracten.Single(c => c.ProfielId == "gooi-vechtstreek-bsd" && db.Organisaties.Any(o => o.Id == c.AanbiederId && o.AgbCode == "75750303")).Id),
            Doelgroep = "ClientenEnMedewerkers", Van = "2026-09-01", Tot = "2026-09-30", Methode = "Digitale vragenlijst", Respondenten = 41, Resultaten = "8,1 gemiddeld",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        // BSD-63f: the next surveys are due 2 years after this one (BSD-A11), for clients and for employees.
        factory.WithDb(db => db.Verplichtingen.Where(v => v.RegelId.StartsWith("BSD-63f")).ToList()
            .Where(v => v.Deadline == new DateOnly(2028, 9, 30)).Select(v => v.RegelId).Distinct().OrderBy(r => r).ToList())
            .Should().Equal("BSD-63f", "BSD-63f-medewerkers");

        var kompas = await factory.LoggedInAsync("administratie@kompas.demo");
        var oco = factory.WithDb(db => db.Contracten.First(c => c.ProfielId == "oco").Id);
        // The demo's June round is not shared yet: OCO-2.21 for 2026 is still open.
        factory.WithDb(db => db.Set<Domain.Ervaringsonderzoek.Ervaringsronde>().Count(r => r.ContractId == oco && r.GedeeldMetGemeenteOp == null)).Should().Be(1);
        factory.WithDb(db => db.Verplichtingen.Where(v => v.RegelId == "OCO-2.21" && v.ContractId == oco && v.Deadline == new DateOnly(2026, 12, 31)).Select(v => v.Status).ToList())
            .Should().NotContain(Domain.Verplichtingen.VerplichtingStatus.Voldaan);
        response = await kompas.PostAsJsonAsync("/api/ervaringsonderzoek/rondes", new
        {
            ContractId = oco, Doelgroep = "Clienten", Van = "2026-06-01", Tot = "2026-06-30", Methode = "Telefonische interviews", Respondenten = 25, Resultaten = "92% tevreden",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var gedeeld = await kompas.PostAsJsonAsync($"/api/ervaringsonderzoek/rondes/{id}/gedeeld", new { Datum = "2026-11-11" });
        gedeeld.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await gedeeld.Content.ReadAsStringAsync()).Should().Contain("toekomst");
        (await kompas.PostAsJsonAsync($"/api/ervaringsonderzoek/rondes/{id}/gedeeld", new { Datum = "2026-07-15" })).StatusCode.Should().Be(HttpStatusCode.OK);
        // OCO-2.21: the 2026 obligation (started by jaarbegin) is met by the round shared with the gemeente.
        factory.WithDb(db => db.Verplichtingen.Where(v => v.RegelId == "OCO-2.21" && v.ContractId == oco && v.Deadline == new DateOnly(2026, 12, 31)).Select(v => v.Status).ToList())
            .Should().Contain(Domain.Verplichtingen.VerplichtingStatus.Voldaan);
        (await samenVerder.PostAsJsonAsync($"/api/ervaringsonderzoek/rondes/{id}/gedeeld", new { Datum = "2026-07-15" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
