using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Klachten;

/// <summary>Complaints over HTTP on the real app (today is Tuesday 10 November 2026): every complaint registered (IB-48b),
/// acknowledgement and settlement terms per contract (DEV-Eis16-R3 2 working days, DEV-Eis16-R2 4 weeks, IB-49 7 days,
/// IB-50 30 days) as obligations met by the steps, an extension only with the client's consent (the contract term stays
/// visible), escalation to the gemeente (DEV-Eis16-R6/R7); other organisations see nothing.</summary>
public sealed class KlachtenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Verplichting(string RegelId, string Bron, DateOnly Deadline, bool Onverwijld, string Status);
    private sealed record Klacht(Guid Id, string Status, bool DirectOpgelost, DateOnly? VerlengdTot, DateTimeOffset? ToestemmingClientOp, List<Verplichting> Verplichtingen);

    private Guid Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
    });

    private static async Task<Guid> RegisterAsync(HttpClient client, object invoer)
    {
        var response = await client.PostAsJsonAsync("/api/klachten", invoer);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task StapAsync(HttpClient client, Guid id, string stap, object invoer, HttpStatusCode verwacht = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/klachten/{id}/stappen/{stap}", invoer);
        response.StatusCode.Should().Be(verwacht, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Klacht> GetAsync(HttpClient client, Guid id) => (await client.GetFromJsonAsync<Klacht>($"/api/klachten/{id}"))!;

    [Fact]
    public async Task Deventer_DEV_Eis16_bevestigen_binnen_2_werkdagen_verlengen_met_toestemming_voorleggen_aan_de_gemeente_en_afhandelen()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        // Received Friday 6 November: 2 working days = Mon 9, Tue 10 (DEV-Eis16-R3); 4 weeks = Friday 4 December (DEV-Eis16-R2).
        var id = await RegisterAsync(kwaliteit, new
        {
            ContractId = Contract("0150", "75750101"), OntvangenDatum = "2026-11-06", OntvangenTijd = "16:45", Wijze = "Schriftelijk",
            Indiener = "Dhr. Smit (zoon van de cliënt)", Omschrijving = "Steeds wisselende begeleiders en afspraken die niet doorgaan",
        });
        var klacht = await GetAsync(kwaliteit, id);
        klacht.Verplichtingen.Single(v => v.RegelId == "MR-49").Should().Match<Verplichting>(v => v.Bron == "DEV-Eis16-R3" && v.Deadline == new DateOnly(2026, 11, 10) && v.Status == "Open");
        klacht.Verplichtingen.Single(v => v.RegelId == "MR-50").Should().Match<Verplichting>(v => v.Bron == "DEV-Eis16-R2" && v.Deadline == new DateOnly(2026, 12, 4));

        await StapAsync(kwaliteit, id, "bevestigen", new { Datum = "2026-11-09", Tijd = "10:00" });
        await StapAsync(kwaliteit, id, "termijn", new { Datum = "2026-11-09", VerwachteAfhandeling = "2026-12-01", Toelichting = "Gesprek met teamleider en vaste begeleider" });
        await StapAsync(kwaliteit, id, "voortgang", new { Datum = "2026-11-10" });

        // An extension without the client's consent is refused; with it, the agreed date becomes a term of its own and the contract's 4 weeks stay.
        var zonder = await kwaliteit.PostAsJsonAsync($"/api/klachten/{id}/stappen/verlengen", new { Datum = "2026-11-10", VerlengdTot = "2026-12-18", Toelichting = "Extern onderzoek" });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("toestemming van de cliënt");
        await StapAsync(kwaliteit, id, "verlengen", new { Datum = "2026-11-10", VerlengdTot = "2026-12-18", ToestemmingClient = true, Toelichting = "Extern onderzoek" });
        klacht = await GetAsync(kwaliteit, id);
        klacht.VerlengdTot.Should().Be(new DateOnly(2026, 12, 18));
        klacht.ToestemmingClientOp.Should().NotBeNull();
        klacht.Verplichtingen.Single(v => v.RegelId == "MR-49").Status.Should().Be("Voldaan");
        klacht.Verplichtingen.Single(v => v.RegelId == "MR-50-verlengd").Should().Match<Verplichting>(v => v.Deadline == new DateOnly(2026, 12, 18) && v.Status == "Open");
        klacht.Verplichtingen.Single(v => v.RegelId == "MR-50").Deadline.Should().Be(new DateOnly(2026, 12, 4), "de contracttermijn blijft zichtbaar naast de verlenging");
        (await kwaliteit.GetStringAsync("/Klachten")).Should().Contain("Verlengd tot 18-12-2026 met toestemming van de cliënt");

        // The gemeente sees a complaint only once it is put to it (DEV-Eis16-R6), and answers (R7); another aanbieder never.
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await contractmanager.GetAsync($"/api/klachten/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await StapAsync(kwaliteit, id, "voorleggen", new { Datum = "2026-11-10", Toelichting = "Geen overeenstemming over een vaste begeleider" });
        (await GetAsync(contractmanager, id)).Status.Should().Be("Geescaleerd");
        (await contractmanager.GetStringAsync("/Klachten")).Should().Contain("Dhr. Smit");
        await StapAsync(contractmanager, id, "afhandelen", new { Datum = "2026-11-10", Toelichting = "x" }, HttpStatusCode.NotFound);
        await StapAsync(contractmanager, id, "terugkoppeling", new { Datum = "2026-11-10", Toelichting = "Gemeente vraagt een vaste begeleider binnen 2 weken" });
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/api/klachten/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await StapAsync(kwaliteit, id, "afhandelen", new { Datum = "2026-11-10", Toelichting = "Vaste begeleider toegewezen; per brief meegedeeld", Verbetermaatregel = "Roosterregel: vaste begeleider per cliënt" });
        klacht = await GetAsync(kwaliteit, id);
        klacht.Status.Should().Be("Afgehandeld");
        klacht.Verplichtingen.Where(v => v.RegelId.StartsWith("MR-50", StringComparison.Ordinal)).Should().OnlyContain(v => v.Status == "Voldaan");
        var pagina = await kwaliteit.GetStringAsync($"/Klachten/Details/{id}");
        pagina.Should().Contain("Verwachte afhandeltermijn en aanpak aan de cliënt meegedeeld").And.Contain("Klacht voorgelegd aan de gemeente");
        factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Klacht" && a.EntiteitId == id.ToString())).Should().BeGreaterThan(3, "aanmaken, wijzigen en lezen staan in de audit");
    }

    [Fact]
    public async Task Voorne_IB_49_en_IB_50_in_kalenderdagen_en_IB_48b_een_direct_opgeloste_klacht_telt_mee_en_is_meteen_voldaan()
    {
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var contract = Contract("1992", "75750202");
        // Received Saturday 31 October: 7 days = Saturday 7 November (IB-49), 30 days = Monday 30 November (IB-50), weekends count (G4).
        var id = await RegisterAsync(opMaat, new { ContractId = contract, OntvangenDatum = "2026-10-31", Wijze = "Mondeling", Indiener = "Mevr. Bakker", Omschrijving = "Begeleider kwam te laat" });
        var klacht = await GetAsync(opMaat, id);
        klacht.Verplichtingen.Single(v => v.RegelId == "IB-49").Should().Match<Verplichting>(v => v.Deadline == new DateOnly(2026, 11, 7) && v.Status == "TeLaat");
        klacht.Verplichtingen.Single(v => v.RegelId == "IB-50").Should().Match<Verplichting>(v => v.Deadline == new DateOnly(2026, 11, 30) && v.Status == "Open");

        var direct = await RegisterAsync(opMaat, new
        {
            ContractId = contract, OntvangenDatum = "2026-11-10", Wijze = "Mondeling", Indiener = "Dhr. Yilmaz", Omschrijving = "Afspraak niet bevestigd",
            DirectOpgelost = true, Afhandeling = "Telefonisch opgelost: nieuwe afspraak gemaakt",
        });
        klacht = await GetAsync(opMaat, direct);
        klacht.DirectOpgelost.Should().BeTrue();
        klacht.Status.Should().Be("Afgehandeld");
        klacht.Verplichtingen.Should().HaveCount(2).And.OnlyContain(v => v.Status == "Voldaan");
    }

    [Fact]
    public async Task Het_formulier_weigert_een_klacht_zonder_indiener_met_een_Nederlandse_melding_en_slaat_niets_op()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var voor = factory.WithDb(db => db.Set<Domain.Klachten.Klacht>().Count());
        var response = await kwaliteit.PostFormAsync("/Klachten/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.ContractId"] = Contract("0150", "75750101").ToString(), ["Invoer.OntvangenDatum"] = "2026-11-10", ["Invoer.Wijze"] = "Mondeling",
            ["Invoer.Indiener"] = "", ["Invoer.Omschrijving"] = "Onvriendelijk bejegend",
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Indiener is verplicht.");
        factory.WithDb(db => db.Set<Domain.Klachten.Klacht>().Count()).Should().Be(voor);
        (await (await factory.LoggedInAsync("toezicht@deventer.demo")).GetAsync("/api/klachten")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task De_stapformulieren_op_de_detailpagina_herhalen_geen_veld_id_zodat_elk_label_naar_zijn_eigen_veld_wijst()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var id = await RegisterAsync(kwaliteit, new
        {
            ContractId = Contract("0150", "75750101"), OntvangenDatum = "2026-11-09", Wijze = "Schriftelijk", Indiener = "Mevr. Bakker", Omschrijving = "Begeleider te laat",
        });
        var pagina = await kwaliteit.GetStringAsync($"/Klachten/Details/{id}");
        var ids = System.Text.RegularExpressions.Regex.Matches(pagina, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.Should().Contain("stap-bevestigen-Invoer_Datum").And.Contain("stap-afhandelen-Invoer_Datum");
        ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
        pagina.Should().Contain("for=\"stap-afhandelen-Invoer_Datum\"");
    }
}
