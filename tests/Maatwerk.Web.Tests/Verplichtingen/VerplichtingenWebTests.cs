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

    [Fact]
    public async Task A_complaint_creates_the_deventer_deadlines_in_working_days_and_an_acknowledgement_meets_DEV_Eis16_R3()
    {
        var (contract, _) = NewToewijzing("TW-TEST-0001");
        var aanbieder = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        // Friday 24 April 2026; Monday 27 April is Koningsdag.
        var response = await aanbieder.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, Soort = "klacht", Datum = "2026-04-24" });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var klacht = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["id"].ToString();

        var rijen = (await aanbieder.GetAllPagesAsync<Row>($"/api/verplichtingen?contract={contract}")).Where(r => r.GebeurtenisIdIs(klacht)).ToList();
        Row Regel(string id) => rijen.Single(r => r.Regel == id);
        Regel("MR-49").Bron.Should().Be("DEV-Eis16-R3");
        Regel("MR-49").Deadline.Should().Be(new DateOnly(2026, 4, 29), "2 working days, skipping the weekend and Koningsdag");
        Regel("MR-50").Deadline.Should().Be(new DateOnly(2026, 5, 22), "DEV-Eis16-R2: 4 weeks");
        Regel("MR-49").Status.Should().Be("TeLaat", "no acknowledgement was registered and the deadline has passed");

        (await aanbieder.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, Soort = "klacht-ontvangstbevestiging", Datum = "2026-04-29" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var na = (await aanbieder.GetAllPagesAsync<Row>($"/api/verplichtingen?contract={contract}")).Where(r => r.GebeurtenisIdIs(klacht)).ToList();
        na.Single(r => r.Regel == "MR-49").Status.Should().Be("Voldaan", "the acknowledgement on the last day is in time");
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
        (await Refused(new { ContractId = contract, Soort = "klacht", Datum = factory.Vandaag.AddDays(10).ToString("yyyy-MM-dd") }))
            .Should().Contain("Datum").And.Contain("niet in de toekomst");
        (await Refused(new { ContractId = contract, Soort = "klacht", Datum = "2026-04-24", ToewijzingId = otherContractToewijzing }))
            .Should().Contain("ToewijzingId").And.Contain("hoort niet bij het gekozen contract");
        (await Refused(new { ContractId = Guid.NewGuid(), Soort = "klacht", Datum = "2026-04-24" }))
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
