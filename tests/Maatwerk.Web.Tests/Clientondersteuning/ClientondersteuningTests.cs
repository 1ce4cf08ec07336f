using System.Net;
using System.Text.Json;
using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>Independent client support (issue 15) over HTTP on the real app; today is Tuesday 10 November 2026 09:30.
/// An OCO worker of Cliëntondersteuning Kompas registers a melding by phone (OCO-3.15, OCO-2.7 start), contacts the
/// resident (OCO-3.15 met, OCO-3.16a starts), holds the first appointment, opens a trajectory with a referral and closes it
/// (OCO-3.9 handover); bad input is refused at its field with nothing saved; another organisation gets 404; the coordinator
/// submits the OCO-4.7 report, which the gemeente's contractmanager reads.</summary>
public sealed class ClientondersteuningTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Begeleider = "begeleider@kompas.demo";
    private const string Coordinator = "administratie@kompas.demo";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Verplichting(string RegelId, DateOnly Deadline, string Status, bool Onverwijld);
    private sealed record Detail(JsonElement Melding, List<JsonElement> Contacten, List<JsonElement> Afspraken, JsonElement? Traject,
        List<JsonElement> Verwijzingen, List<Verplichting> Verplichtingen);

    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    private async Task<Guid> MeldingAsync(HttpClient client, string datum = "2026-11-09", string tijd = "10:00", bool spoed = false)
    {
        var response = await client.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = "Mevrouw J. de Groot", Contactgegevens = "0612345678", OntvangenDatum = datum, OntvangenTijd = tijd,
            Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo", "schulden" }, Complex = true, Spoed = spoed,
            TriageDatum = spoed ? datum : null, TriageTijd = spoed ? "10:15" : null,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task<Detail> DetailAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<Detail>($"/api/clientondersteuning/meldingen/{id}", Json))!;

    private static async Task<Dictionary<string, string[]>> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private static async Task OkAsync(HttpResponseMessage response) =>
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Melding_contact_eerste_afspraak_traject_met_verwijzing_en_afsluiting()
    {
        var client = await factory.LoggedInAsync(Begeleider);
        var id = await MeldingAsync(client);
        var d = await DetailAsync(client, id);
        // OCO-3.15: Monday 9 Nov 10:00 + 2 working days = Wednesday 11 Nov; OCO-2.7: + 10 calendar days = 19 Nov.
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.15").Deadline.Should().Be(new DateOnly(2026, 11, 11));
        d.Verplichtingen.Single(v => v.RegelId == "OCO-2.7").Deadline.Should().Be(new DateOnly(2026, 11, 19));

        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/contacten", new
        {
            Datum = "2026-11-10", Tijd = "09:00", Soort = "Trajectcontact", Activiteit = "Verhelderen", SubActiviteit = "levensdomeinen",
        }));
        d = await DetailAsync(client, id);
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.15").Status.Should().Be("Voldaan");
        // OCO-3.16a: 10 working days after the contact of Tuesday 10 Nov = Tuesday 24 Nov.
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.16a").Deadline.Should().Be(new DateOnly(2026, 11, 24));

        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/afspraken", new { Datum = "2026-11-10", Tijd = "09:15", Gehouden = true }));
        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/traject", new { Startdatum = "2026-11-10", VerwachteDuurWeken = 6 }));
        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/verwijzingen", new { Naar = "Schuldhulpverlening Voorne aan Zee", Datum = "2026-11-10" }));
        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/traject/afsluiten", new
        {
            Einddatum = "2026-11-10", Afsluitreden = "AndereAanbieder", Geholpen = true, PassendeOndersteuning = true, Tevredenheid = 8,
        }));
        d = await DetailAsync(client, id);
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.16a").Status.Should().Be("Voldaan");
        d.Verplichtingen.Single(v => v.RegelId == "OCO-2.7").Status.Should().Be("Voldaan"); // closed helped = help obtained
        d.Traject!.Value.GetProperty("geplandeEinddatum").GetString().Should().Be("2026-12-22");
        d.Verwijzingen.Should().ContainSingle();
        var overdracht = await client.GetStringAsync($"/api/clientondersteuning/meldingen/{id}/overdracht");
        overdracht.Should().Contain("OVERDRACHT").And.Contain("Schuldhulpverlening Voorne aan Zee").And.Contain("andere cliëntondersteuner");
    }

    [Fact]
    public async Task Onjuiste_invoer_krijgt_een_melding_bij_het_veld_en_niets_wordt_opgeslagen()
    {
        var client = await factory.LoggedInAsync(Begeleider);
        var id = await MeldingAsync(client);
        // A contact dated before the melding.
        var fouten = await RefusedAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/contacten", new { Datum = "2026-11-09", Tijd = "08:00" }));
        fouten["Datum"].Should().ContainSingle().Which.Should().Be("Het contact kan niet vóór de melding liggen (melding ontvangen op 09-11-2026 10:00).");
        // An appointment in the past registered as planned.
        fouten = await RefusedAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/afspraken", new { Datum = "2026-11-09", Tijd = "14:00" }));
        fouten["Datum"].Single().Should().Contain("in het verleden");
        // A trajectory closed before it started.
        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/traject", new { Startdatum = "2026-11-10", VerwachteDuurWeken = 4 }));
        fouten = await RefusedAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/traject/afsluiten", new { Einddatum = "2026-11-09", Afsluitreden = "VraagBeantwoord" }));
        fouten["Einddatum"].Single().Should().Be("Een traject kan niet eindigen vóór de start (10-11-2026).");
        // A melding without life domain and a named resident without a name.
        fouten = await RefusedAsync(await client.PostAsJsonAsync("/api/clientondersteuning/meldingen", new { GemeenteId = Voorne, OntvangenDatum = "2026-11-10", OntvangenTijd = "09:00" }));
        fouten.Keys.Should().Contain(["Levensdomeinen", "Inwoner"]);

        var d = await DetailAsync(client, id);
        d.Contacten.Should().BeEmpty();
        d.Afspraken.Should().BeEmpty();
        d.Traject!.Value.GetProperty("einddatum").ValueKind.Should().Be(JsonValueKind.Null);
        d.Verplichtingen.Should().NotContain(v => v.RegelId == "OCO-3.16a");
    }

    [Fact]
    public async Task Spoed_en_een_anonieme_vraag_en_verzetten_OCO_3_16b_en_OCO_3_7()
    {
        var client = await factory.LoggedInAsync(Begeleider);
        var response = await client.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Anoniem = true, OntvangenDatum = "2026-11-10", OntvangenTijd = "08:30", Kanaal = "Chat", Levensdomeinen = new[] { "wonen" },
            Spoed = true, TriageDatum = "2026-11-10", TriageTijd = "08:45",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var d = await DetailAsync(client, id);
        d.Melding.GetProperty("naam").GetString().Should().Be("Anonieme inwoner");
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.16b").Should().Match<Verplichting>(v => v.Onverwijld && v.Status == "Open");

        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/afspraken", new { Datum = "2026-11-11", Tijd = "10:00" }));
        d = await DetailAsync(client, id);
        d.Verplichtingen.Single(v => v.RegelId == "OCO-3.16b").Status.Should().Be("Voldaan");
        var afspraak = d.Afspraken.Single().GetProperty("id").GetGuid();
        var fouten = await RefusedAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/afspraken/{afspraak}/verzet", new { NieuwDatum = "2026-11-12", NieuwTijd = "10:00" }));
        fouten.Keys.Should().Contain(["Reden", "GeinformeerdDatum"]);
        await OkAsync(await client.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/afspraken/{afspraak}/verzet", new
        {
            NieuwDatum = "2026-11-12", NieuwTijd = "10:00", Reden = "Medewerker ziek", GeinformeerdDatum = "2026-11-10", GeinformeerdTijd = "09:00",
        }));
        d = await DetailAsync(client, id);
        d.Afspraken.Select(a => a.GetProperty("status").GetString()).Should().BeEquivalentTo(["Verzet", "Gepland"]);
    }

    [Fact]
    public async Task Een_andere_organisatie_ziet_de_melding_niet_en_de_gemeente_ziet_alleen_de_rapportage()
    {
        var client = await factory.LoggedInAsync(Begeleider);
        var id = await MeldingAsync(client);
        var ander = await factory.LoggedInAsync("administratie@delinde.demo");
        (await ander.GetAsync($"/api/clientondersteuning/meldingen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ander.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/contacten", new { Datum = "2026-11-10", Tijd = "09:00" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.GetAsync($"/api/clientondersteuning/meldingen/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task De_coordinator_dient_de_halfjaarrapportage_in_en_de_gemeente_ziet_haar()
    {
        var begeleider = await factory.LoggedInAsync(Begeleider);
        var id = await MeldingAsync(begeleider);
        var coordinator = await factory.LoggedInAsync(Coordinator);
        var fouten = await RefusedAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/berekenen", new { GemeenteId = Voorne, Van = "2026-12-31", Tot = "2026-07-01" }));
        fouten["Tot"].Single().Should().Be("De rapportageperiode kan niet eindigen vóór zij begint.");

        var concept = await coordinator.PostAsJsonAsync("/api/oco-rapportages/berekenen", new { GemeenteId = Voorne, Van = "2026-07-01", Tot = "2026-12-31" });
        concept.StatusCode.Should().Be(HttpStatusCode.OK);
        var cijfers = (await concept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cijfers").EnumerateArray().ToList();
        cijfers.Select(c => c.GetProperty("onderdeel").GetString()).Distinct().Should().BeEquivalentTo(
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q"]);
        cijfers.Single(c => c.GetProperty("onderdeel").GetString() == "i").GetProperty("meldingen").EnumerateArray().Select(e => e.GetGuid()).Should().Contain(id);

        var ingediend = await coordinator.PostAsJsonAsync("/api/oco-rapportages", new { GemeenteId = Voorne, Van = "2026-07-01", Tot = "2026-12-31", Trends = "Meer schuldenvragen." });
        ingediend.StatusCode.Should().Be(HttpStatusCode.Created, await ingediend.Content.ReadAsStringAsync());
        var rapportId = (await ingediend.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.Soort == IngediendeRapportage.Gebeurtenis)).Should().BeGreaterThan(0);
        factory.WithDb(db => db.Verplichtingen.Any(v => v.RegelId == "OCO-4.7-h2" && v.Status == Domain.Verplichtingen.VerplichtingStatus.Voldaan)).Should().BeTrue();

        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var lijst = await gemeente.GetStringAsync("/api/oco-rapportages");
        lijst.Should().Contain(rapportId.ToString()).And.Contain("Meer schuldenvragen.").And.NotContain("de Groot");
        var pdf = await gemeente.GetAsync($"/api/oco-rapportages/{rapportId}/pdf");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var excel = await gemeente.GetAsync($"/Clientondersteuning/Rapportages/Details?id={rapportId}&handler=Excel");
        excel.StatusCode.Should().Be(HttpStatusCode.OK);
        using (var boek = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(await excel.Content.ReadAsStreamAsync(), false))
            boek.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText.Should().Contain("Trends en ontwikkelingen").And.NotContain("de Groot");
        var deventer = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await deventer.GetAsync($"/api/oco-rapportages/{rapportId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await begeleider.GetAsync("/api/oco-rapportages")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Het_formulier_toont_de_melding_bij_het_veld()
    {
        var client = await factory.LoggedInAsync(Begeleider);
        (await client.GetAsync("/Clientondersteuning")).StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await client.PostFormAsync("/Clientondersteuning/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.GemeenteId"] = Voorne.ToString(), ["Invoer.Inwoner"] = "Meneer Bakker", ["Invoer.OntvangenDatum"] = "2026-11-10",
            ["Invoer.OntvangenTijd"] = "09:00", ["Invoer.Kanaal"] = "Telefoon",
        });
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain("data-veld-fout=\"Invoer.Levensdomeinen\"").And.Contain("Kies minstens één levensdomein");
        factory.WithDb(db => db.Set<Melding>().Count(m => m.Inwoner == "Meneer Bakker")).Should().Be(0);

        response = await client.PostFormAsync("/Clientondersteuning/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.GemeenteId"] = Voorne.ToString(), ["Invoer.Inwoner"] = "Meneer Bakker", ["Invoer.OntvangenDatum"] = "2026-11-10",
            ["Invoer.OntvangenTijd"] = "09:00", ["Invoer.Kanaal"] = "Telefoon", ["Invoer.Levensdomeinen"] = "wonen",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var detail = await client.GetStringAsync(response.Headers.Location!.ToString());
        detail.Should().Contain("Meneer Bakker").And.Contain("data-regel=\"OCO-3.15\"");
    }

    [Fact]
    public async Task De_demo_van_Kompas_heeft_meldingen_contacten_trajecten_en_termijnen_van_de_engine()
    {
        factory.WithDb(db => db.Set<Melding>().Count()).Should().BeGreaterThan(10);
        factory.WithDb(db => db.Set<Traject>().Count(t => t.Einddatum != null)).Should().BeGreaterThan(0);
        factory.WithDb(db => db.Set<Contactmoment>().Count()).Should().BeGreaterThan(10);
        factory.WithDb(db => db.Verplichtingen.Count(v => v.OnderwerpSoort == Melding.Onderwerp && v.Status == Domain.Verplichtingen.VerplichtingStatus.Voldaan))
            .Should().BeGreaterThan(0);
        // Every demo melding event under an OCO contract is about a stored melding: no event-only meldingen are left.
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.OnderwerpSoort == Melding.Onderwerp
                && db.Contracten.Any(c => c.Id == g.ContractId && c.ProfielId == "oco") && !db.Set<Melding>().Any(m => m.Id == g.OnderwerpId)))
            .Should().Be(0);
        var client = await factory.LoggedInAsync(Begeleider);
        var html = await client.GetStringAsync("/Clientondersteuning");
        html.Should().Contain("data-testid=\"melding-rij\"").And.Contain("data-testid=\"caseload\"");
    }
}
