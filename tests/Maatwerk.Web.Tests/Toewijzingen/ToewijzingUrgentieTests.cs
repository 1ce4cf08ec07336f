using System.Net;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>The Toewijzingen list orders by urgency by default (issue 9): an overdue obligation first, then the nearest
/// open deadline, then the newest. The order reads two columns the re-evaluation keeps; they must agree with the
/// obligations at all times, also after a step.</summary>
public sealed class ToewijzingUrgentieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Rij(Guid Id, string ToewijzingNummer, DateOnly Ingangsdatum);

    private List<(Guid Id, DateOnly? Opgeslagen, DateOnly? Berekend, int TeLaatOpgeslagen, int TeLaatBerekend)> Urgenties() => factory.WithDb(db =>
        db.Toewijzingen.Select(t => new
            {
                t.Id,
                Opgeslagen = EF.Property<DateOnly?>(t, ToewijzingUrgentie.EersteDeadline),
                Berekend = db.Verplichtingen.Where(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.Open).Min(v => (DateOnly?)v.Deadline),
                TeLaatOpgeslagen = EF.Property<int>(t, ToewijzingUrgentie.TeLaat),
                TeLaatBerekend = db.Verplichtingen.Count(v => v.ToewijzingId == t.Id && v.Status == VerplichtingStatus.TeLaat),
            }).AsEnumerable()
            .Select(x => (x.Id, x.Opgeslagen, x.Berekend, x.TeLaatOpgeslagen, x.TeLaatBerekend)).ToList());

    [Fact]
    public void The_stored_urgency_of_every_toewijzing_agrees_with_its_obligations()
    {
        var urgenties = Urgenties();
        urgenties.Should().Contain(u => u.TeLaatBerekend > 0, "the demo has overdue obligations");
        urgenties.Where(u => u.Opgeslagen != u.Berekend || u.TeLaatOpgeslagen != u.TeLaatBerekend).Should().BeEmpty();
    }

    [Fact]
    public async Task The_list_puts_overdue_toewijzingen_first_then_the_nearest_deadline_by_default()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var response = await consulent.GetAsync("/api/toewijzingen?grootte=200");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var rijen = (await response.Content.ReadFromJsonAsync<List<Rij>>())!;
        var urgentie = Urgenties().ToDictionary(u => u.Id);
        var volgorde = rijen.Select(r => (TeLaat: urgentie[r.Id].TeLaatBerekend > 0, Deadline: urgentie[r.Id].Berekend ?? DateOnly.MaxValue)).ToList();
        volgorde.Should().Contain(v => v.TeLaat).And.Contain(v => !v.TeLaat);
        volgorde.Should().BeInDescendingOrder(v => v.TeLaat);
        volgorde.Where(v => v.TeLaat).Select(v => v.Deadline).Should().BeInAscendingOrder();
        volgorde.Where(v => !v.TeLaat).Select(v => v.Deadline).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task A_step_updates_the_urgency_in_the_same_transaction()
    {
        // A new Deventer toewijzing without any event yet: the gemeente accepting a refusal (typed by hand; a complaint now goes
        // through the klachtenregister, issue 14) starts DEV-Art6.3 (MR-03, onverwijld), so it gets a first open deadline.
        var (toewijzing, contract) = factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            var c = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
            var t = Maatwerk.Tests.Shared.TestToewijzingen.New("TW-URG-0001", db.Clienten.First(k => k.GemeenteId == deventer).Id, c, productcode: "02A01",
                ingang: new DateOnly(2026, 4, 24), einde: new DateOnly(2027, 4, 23));
            db.Toewijzingen.Add(t);
            db.SaveChanges();
            return (t.Id, c);
        });
        Urgenties().Single(u => u.Id == toewijzing).Opgeslagen.Should().BeNull();
        var gebruiker = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var response = await gebruiker.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, ToewijzingId = toewijzing, Soort = "weigering-aanvaard", Datum = factory.Vandaag.ToString("yyyy-MM-dd") });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var na = Urgenties().Single(u => u.Id == toewijzing);
        na.Berekend.Should().NotBeNull();
        na.Opgeslagen.Should().Be(na.Berekend);
        na.TeLaatOpgeslagen.Should().Be(na.TeLaatBerekend);
    }
}
