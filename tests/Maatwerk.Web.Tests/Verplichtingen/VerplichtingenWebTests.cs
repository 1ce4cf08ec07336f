using System.Net;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verplichtingen;

/// <summary>Events registered through the API become obligations computed by the engine under the contract's profile;
/// later events meet them. Expected deadlines are computed by hand from the contract text.</summary>
public sealed class VerplichtingenWebTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Row(Guid Id, string Regel, string Bron, DateOnly Deadline, string Status, Guid? ToewijzingId, Guid ContractId, Guid GebeurtenisId)
    {
        public bool GebeurtenisIdIs(string? id) => GebeurtenisId.ToString() == id;
    }

    /// <summary>A fresh toewijzing under Deventer — De Linde for a Deventer resident, without any events yet.</summary>
    private (Guid Contract, Guid Toewijzing) NewToewijzing(string nummer)
    {
        using var db = factory.NewDbContext();
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contract = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde);
        var client = db.Clienten.First(c => c.GemeenteId == deventer);
        var t = Maatwerk.Tests.Shared.TestToewijzingen.New(nummer, client.Id, contract.Id, productcode: "02A01",
            ingang: new DateOnly(2026, 4, 24), einde: new DateOnly(2027, 4, 23));
        db.Toewijzingen.Add(t);
        db.SaveChanges();
        return (contract.Id, t.Id);
    }

    private sealed record KlachtTermijn(string RegelId, string Bron, DateOnly Deadline, string Status);
    private sealed record Klacht(Guid Id, List<KlachtTermijn> Verplichtingen);

    [Fact]
    public async Task A_complaint_creates_the_deventer_deadlines_in_working_days_and_an_acknowledgement_meets_DEV_Eis16_R3()
    {
        // Complaints are registered in the klachtenregister (issue 14), which stores the klacht event; the engine's terms are the same.
        var (contract, _) = NewToewijzing("TW-TEST-0001");
        var aanbieder = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        // Friday 24 April 2026; Monday 27 April is Koningsdag.
        var response = await aanbieder.PostAsJsonAsync("/api/klachten", new
        {
            ContractId = contract, OntvangenDatum = "2026-04-24", Wijze = "Schriftelijk", Indiener = "Mevr. De Vries", Omschrijving = "Hulp kwam niet opdagen",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var klacht = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];

        async Task<List<KlachtTermijn>> TermijnenAsync() => (await aanbieder.GetFromJsonAsync<Klacht>($"/api/klachten/{klacht}"))!.Verplichtingen;
        var rijen = await TermijnenAsync();
        KlachtTermijn Regel(string id) => rijen.Single(r => r.RegelId == id);
        Regel("MR-49").Bron.Should().Be("DEV-Eis16-R3");
        Regel("MR-49").Deadline.Should().Be(new DateOnly(2026, 4, 29), "2 working days, skipping the weekend and Koningsdag");
        Regel("MR-50").Deadline.Should().Be(new DateOnly(2026, 5, 22), "DEV-Eis16-R2: 4 weeks");
        Regel("MR-49").Status.Should().Be("TeLaat", "no acknowledgement was registered and the deadline has passed");

        (await aanbieder.PostAsJsonAsync($"/api/klachten/{klacht}/stappen/bevestigen", new { Datum = "2026-04-29" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await TermijnenAsync()).Single(r => r.RegelId == "MR-49").Status.Should().Be("Voldaan", "the acknowledgement on the last day is in time");
    }

    [Theory]
    [InlineData("klacht", "klachtenregister (/Klachten)")]
    [InlineData("klacht-ontvangstbevestiging", "klachtenregister (/Klachten)")]
    [InlineData("calamiteit", "incidentenregister (/Incidenten)")]
    [InlineData("calamiteit-voorgevallen", "incidentenregister (/Incidenten)")]
    [InlineData("datalek", "incidentenregister (/Incidenten)")]
    [InlineData("gemeld-gemeente", "incidentenregister (/Incidenten)")]
    public async Task Events_a_register_keeps_a_record_of_are_refused_by_hand_naming_the_register_issue_14(string soort, string register)
    {
        var (contract, _) = NewToewijzing($"TW-REG-{soort.Length:00}{soort[..3].ToUpperInvariant()}");
        var aanbieder = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var before = factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ContractId == contract && g.Soort == soort));
        var response = await aanbieder.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, Soort = soort, Datum = "2026-11-09" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Soort").And.Contain(register);
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ContractId == contract && g.Soort == soort)).Should().Be(before);
    }

    [Fact]
    public async Task The_registreren_page_offers_no_register_or_chain_events_and_refuses_a_posted_complaint_issue_14()
    {
        var (contract, _) = NewToewijzing("TW-TEST-0004");
        var aanbieder = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var pagina = await aanbieder.GetStringAsync($"/Verplichtingen/Registreren?Contract={contract}");
        pagina.Should().Contain("value=\"verzoek-klachtenrapportage\"", "an event without a record behind it is still typed here");
        foreach (var soort in new[] { "klacht", "klacht-afgehandeld", "calamiteit", "calamiteit-voorgevallen", "datalek", "gemeld-toezichthouder", "start-zorg", "toewijzing" })
            pagina.Should().NotContain($"value=\"{soort}\"", $"{soort} is registered by its register or the chain");

        var before = factory.WithDb(db => db.Gebeurtenissen.Count());
        var response = await aanbieder.PostFormAsync("/Verplichtingen/Registreren", new Dictionary<string, string>
        {
            ["Invoer.ContractId"] = contract.ToString(), ["Invoer.Soort"] = "klacht", ["Invoer.Datum"] = "2026-11-09",
        }, tokenFrom: $"/Verplichtingen/Registreren?Contract={contract}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Een klacht registreert u in het klachtenregister (/Klachten)");
        factory.WithDb(db => db.Gebeurtenissen.Count()).Should().Be(before);
    }

    [Fact]
    public async Task Chain_events_are_registered_by_the_step_not_by_hand_so_the_toewijzing_changes_with_them()
    {
        var (contract, toewijzing) = NewToewijzing("TW-TEST-0003");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var response = await aanbieder.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, Soort = "start-zorg", Datum = "2026-05-04", ToewijzingId = toewijzing });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Soort").And.Contain("legt het platform zelf vast");
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ToewijzingId == toewijzing)).Should().Be(0);
    }

    [Fact]
    public async Task Bad_events_are_refused_with_dutch_messages_and_nothing_is_saved()
    {
        var (contract, toewijzing) = NewToewijzing("TW-TEST-0002");
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var before = factory.WithDb(db => db.Gebeurtenissen.Count());
        var otherContractToewijzing = factory.WithDb(db => db.Toewijzingen.First(t => t.ContractId != contract).Id);

        async Task<string> Refused(object body)
        {
            var response = await client.PostAsJsonAsync("/api/gebeurtenissen", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            return await response.Content.ReadAsStringAsync();
        }

        (await Refused(new { ContractId = contract, Soort = "taart-gegeten", Datum = "2026-04-24" }))
            .Should().Contain("Soort").And.Contain("kent de gebeurtenis 'taart-gegeten' niet");
        (await Refused(new { ContractId = contract, Soort = "verzoek-klachtenrapportage", Datum = factory.Vandaag.AddDays(10).ToString("yyyy-MM-dd") }))
            .Should().Contain("Datum").And.Contain("niet in de toekomst");
        (await Refused(new { ContractId = contract, Soort = "verzoek-klachtenrapportage", Datum = "2026-04-24", ToewijzingId = otherContractToewijzing }))
            .Should().Contain("ToewijzingId").And.Contain("hoort niet bij het gekozen contract");
        (await Refused(new { ContractId = Guid.NewGuid(), Soort = "verzoek-klachtenrapportage", Datum = "2026-04-24" }))
            .Should().Contain("ContractId");
        factory.WithDb(db => db.Gebeurtenissen.Count()).Should().Be(before);
        _ = toewijzing;
    }

    [Fact]
    public async Task A_provider_sees_only_the_obligations_of_its_own_contracts()
    {
        var opMaat = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750202").Id);
        var eigen = factory.WithDb(db => db.Contracten.Where(c => c.AanbiederId == opMaat).Select(c => c.Id).ToList());
        var expected = factory.WithDb(db => db.Verplichtingen.Count(v => eigen.Contains(v.ContractId)));
        var client = await factory.LoggedInAsync("administratie@opmaat.demo");
        var rijen = await client.GetAllPagesAsync<Row>("/api/verplichtingen"); // every page (issue 9: the API pages)
        rijen!.Should().HaveCount(expected).And.OnlyContain(r => eigen.Contains(r.ContractId));
        expected.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Pages_show_the_clause_and_the_start_page_counts_match_the_stored_obligations()
    {
        var linde = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);
        var teLaat = factory.WithDb(db =>
        {
            var contracten = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
            return db.Verplichtingen.Count(v => contracten.Contains(v.ContractId) && v.Status == Domain.Verplichtingen.VerplichtingStatus.TeLaat);
        });
        var client = await factory.LoggedInAsync("administratie@delinde.demo");
        (await client.GetStringAsync("/")).Should().Contain($"data-testid=\"verplichtingen-te-laat\">{teLaat}<");
        var lijst = await client.GetStringAsync("/Verplichtingen?Status=TeLaat");
        lijst.Should().Contain("DEV-Art4.4").And.Contain("Te laat").And.NotContain("status--voldaan");
    }
}
