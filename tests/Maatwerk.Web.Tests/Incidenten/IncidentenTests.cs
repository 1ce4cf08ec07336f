using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Incidenten;

/// <summary>Incidents, calamities and data breaches over HTTP on the real app (today is Tuesday 10 November 2026, 09:30):
/// both clocks of a calamity (AMB-32: DEV-B8-Report from the event, DEV-Art9.1 from discovery) and the flag when a term had
/// passed before discovery; data breaches per contract with their required fields (IB-58, DEV-AIV7A.4) and who notifies the
/// AP (AVG art. 33, AMB-34); the toezichthouder sees only what was reported to it, as a PDF too.</summary>
public sealed class IncidentenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Termijn(string RegelId, string Bron, string Actor, DateOnly Deadline, DateTimeOffset? DeadlineMoment, bool Onverwijld, string Status, bool AlTeLaatBijOntdekking);
    private sealed record Incident(Guid Id, string Soort, bool AlTeLaatBijOntdekking, List<string> GemeldAan, List<Termijn> Termijnen);

    private Guid Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
    });

    private static async Task<Guid> RegisterAsync(HttpClient client, object invoer)
    {
        var response = await client.PostAsJsonAsync("/api/incidenten", invoer);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task ReportAsync(HttpClient client, Guid id, string soort, string datum = "2026-11-10", string tijd = "09:15")
    {
        var response = await client.PostAsJsonAsync($"/api/incidenten/{id}/stappen", new { Soort = soort, Datum = datum, Tijd = tijd });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Incident> GetAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<Incident>($"/api/incidenten/{id}"))!;

    [Fact]
    public async Task Deventer_calamiteit_twee_klokken_DEV_B8_Report_vanaf_het_voorval_DEV_Art9_1_vanaf_de_ontdekking_en_de_toezichthouder_ziet_alleen_wat_hem_is_gemeld()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        // Happened Wednesday 4 November; discovered Tuesday 10 November 08:00. GGD: 3 working days after the event = Mon 9
        // November, already past at discovery. Gemeente: 2 weeks after discovery = Tuesday 24 November.
        var id = await RegisterAsync(kwaliteit, new
        {
            ContractId = Contract("0150", "75750101"), Soort = "calamiteit", Titel = "Val met letsel tijdens begeleiding",
            Omschrijving = "Cliënt gevallen bij het boodschappen doen; later bleek een heupfractuur", VoorgevallenDatum = "2026-11-04", VoorgevallenTijd = "14:00",
            OntdektDatum = "2026-11-10", OntdektTijd = "08:00",
        });
        var incident = await GetAsync(kwaliteit, id);
        incident.AlTeLaatBijOntdekking.Should().BeTrue();
        incident.Termijnen.Single(t => t.RegelId == "MR-52").Should().Match<Termijn>(t =>
            t.Bron == "DEV-B8-Report" && t.Deadline == new DateOnly(2026, 11, 9) && t.Status == "TeLaat" && t.AlTeLaatBijOntdekking);
        incident.Termijnen.Single(t => t.RegelId == "MR-57").Should().Match<Termijn>(t =>
            t.Bron == "DEV-Art9.1" && t.Deadline == new DateOnly(2026, 11, 24) && t.Status == "Open" && !t.AlTeLaatBijOntdekking);
        (await kwaliteit.GetStringAsync("/Incidenten")).Should().Contain("Al te laat bij ontdekking");
        (await kwaliteit.GetStringAsync("/Verplichtingen")).Should().Contain("DEV-B8-Report");

        // Before any report the toezichthouder and the contractmanager see nothing.
        var toezicht = await factory.LoggedInAsync("toezicht@deventer.demo");
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await toezicht.GetFromJsonAsync<List<Incident>>("/api/incidenten")).Should().NotContain(i => i.Id == id);
        (await toezicht.GetAsync($"/Incidenten/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.GetAsync($"/api/incidenten/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await ReportAsync(kwaliteit, id, "gemeld-toezichthouder");
        incident = await GetAsync(toezicht, id);
        incident.GemeldAan.Should().Equal("gemeld-toezichthouder");
        incident.Termijnen.Single(t => t.RegelId == "MR-52").Status.Should().Be("TeLaat", "gemeld op 10 november, na de deadline van 9 november");
        (await contractmanager.GetAsync($"/api/incidenten/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "aan de gemeente is nog niet gemeld");
        var pdf = await toezicht.GetAsync($"/Incidenten/Details/{id}?handler=Pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var tekst = PdfTexts.Read(await pdf.Content.ReadAsByteArrayAsync());
        tekst.Should().Contain("Val met letsel tijdens begeleiding").And.Contain("DEV-B8-Report").And.Contain("Een meldtermijn was al verstreken");
        (await toezicht.PostAsJsonAsync($"/api/incidenten/{id}/stappen", new { Soort = "gemeld-gemeente", Datum = "2026-11-10" })).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "de toezichthouder leest alleen");

        await ReportAsync(kwaliteit, id, "gemeld-gemeente");
        (await GetAsync(contractmanager, id)).Termijnen.Single(t => t.RegelId == "MR-57").Status.Should().Be("Voldaan");
        (await (await factory.LoggedInAsync("administratie@opmaat.demo")).GetAsync($"/api/incidenten/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Datalekken_IB_58_vraagt_vier_velden_en_de_gemeente_beslist_over_de_AP_DEV_Art19_4_en_AVG_33_tellen_uren_vanaf_de_ontdekking()
    {
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var voorne = new
        {
            ContractId = Contract("1992", "75750202"), Soort = "datalek", Titel = "Zorgplan naar verkeerd adres", Omschrijving = "Per e-mail verstuurd",
            VoorgevallenDatum = "2026-11-09", VoorgevallenTijd = "11:00", OntdektDatum = "2026-11-09", OntdektTijd = "15:00",
        };
        var fout = await opMaat.PostAsJsonAsync("/api/incidenten", voorne);
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await fout.Content.ReadAsStringAsync();
        foreach (var veld in new[] { "Aard", "Gegevens", "Gevolgen", "Maatregelen" })
            tekst.Should().Contain(veld);
        tekst.Should().Contain("IB-58");
        var id = await RegisterAsync(opMaat, new
        {
            voorne.ContractId, voorne.Soort, voorne.Titel, voorne.Omschrijving, voorne.VoorgevallenDatum, voorne.VoorgevallenTijd, voorne.OntdektDatum, voorne.OntdektTijd,
            Aard = "Vertrouwelijkheid", Gegevens = "Naam, adres, zorgplan", Gevolgen = "Gering", Maatregelen = "Ontvanger verwijderde de e-mail",
        });
        var incident = await GetAsync(opMaat, id);
        incident.Termijnen.Single(t => t.RegelId == "IB-58").Onverwijld.Should().BeTrue();
        incident.Termijnen.Single(t => t.RegelId == "AVG-33").Should().Match<Termijn>(t => t.Actor == "gemeente" && t.DeadlineMoment!.Value == new DateTimeOffset(2026, 11, 12, 14, 0, 0, TimeSpan.Zero));

        // Deventer: discovered Friday 6 November 16:00: 24 h (DEV-AIV7A.4) and 48 h (DEV-Art19.4) passed over the weekend; the
        // aanbieder notifies the AP itself within 72 h, Monday 16:00 (AMB-34).
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var deventer = await RegisterAsync(kwaliteit, new
        {
            ContractId = Contract("0150", "75750101"), Soort = "datalek", Titel = "Laptop gestolen", Omschrijving = "Uit de auto van een begeleider",
            VoorgevallenDatum = "2026-11-06", VoorgevallenTijd = "12:00", OntdektDatum = "2026-11-06", OntdektTijd = "16:00",
            Oorzaak = "Diefstal", Aard = "Beschikbaarheid en vertrouwelijkheid", Maatregelen = "Laptop op afstand gewist",
        });
        incident = await GetAsync(kwaliteit, deventer);
        incident.Termijnen.Single(t => t.RegelId == "MR-59a").Should().Match<Termijn>(t => t.Bron == "DEV-AIV7A.4" && t.Status == "TeLaat");
        incident.Termijnen.Single(t => t.RegelId == "MR-59b").Should().Match<Termijn>(t => t.Bron == "DEV-Art19.4" && t.Status == "TeLaat");
        incident.Termijnen.Single(t => t.RegelId == "AVG-33").Should().Match<Termijn>(t => t.Actor == "aanbieder" && t.Status == "TeLaat"
            && t.DeadlineMoment!.Value == new DateTimeOffset(2026, 11, 9, 15, 0, 0, TimeSpan.Zero));
        incident.AlTeLaatBijOntdekking.Should().BeFalse();
        await ReportAsync(kwaliteit, deventer, "datalek-gemeld");
        (await GetAsync(await factory.LoggedInAsync("contractmanager@deventer.demo"), deventer)).GemeldAan.Should().Equal("datalek-gemeld");
    }

    [Fact]
    public async Task Demo_de_toezichthouder_ziet_alleen_de_aan_de_GGD_gemelde_calamiteit_en_de_contractmanager_alleen_wat_aan_de_gemeente_is_gemeld()
    {
        var toezicht = await (await factory.LoggedInAsync("toezicht@deventer.demo")).GetStringAsync("/Incidenten");
        toezicht.Should().Contain("Val met letsel tijdens begeleiding").And.NotContain("Zorgplan naar verkeerd e-mailadres").And.NotContain("Agressie van bezoeker");
        var contractmanager = await (await factory.LoggedInAsync("contractmanager@deventer.demo")).GetStringAsync("/Incidenten");
        contractmanager.Should().Contain("Zorgplan naar verkeerd e-mailadres").And.NotContain("Val met letsel tijdens begeleiding");
        var linde = await (await factory.LoggedInAsync("kwaliteit@delinde.demo")).GetStringAsync("/Incidenten");
        linde.Should().Contain("Val met letsel tijdens begeleiding").And.Contain("Al te laat bij ontdekking").And.NotContain("Agressie van bezoeker");
        var klachten = await (await factory.LoggedInAsync("contractmanager@deventer.demo")).GetStringAsync("/Klachten");
        klachten.Should().Contain("Mevr. De Groot").And.NotContain("Dhr. Bosman", "alleen de aan de gemeente voorgelegde klacht");
    }
}
