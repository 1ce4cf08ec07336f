using Maatwerk.Domain.Startpagina;

namespace Maatwerk.Domain.Tests.Startpagina;

/// <summary>Issue 13: a work queue is sorted by urgency — overdue first, then by deadline, then what has no deadline
/// (longest waiting first).</summary>
public class UrgentieTests
{
    private static Werkitem Item(string titel, DateOnly? deadline = null, bool teLaat = false, DateOnly? sinds = null, DateTimeOffset? moment = null) =>
        new() { Titel = titel, Link = "/" + titel, Deadline = deadline, TeLaat = teLaat, Sinds = sinds, DeadlineMoment = moment };

    [Fact]
    public void Overdue_items_come_first_longest_overdue_first_then_by_deadline_then_undated_oldest_first()
    {
        var items = new[]
        {
            Item("geen-termijn-nieuw", sinds: new(2026, 11, 9)),
            Item("volgende-week", new(2026, 11, 17)),
            Item("te-laat-gisteren", new(2026, 11, 9), teLaat: true),
            Item("morgen", new(2026, 11, 11)),
            Item("geen-termijn-oud", sinds: new(2026, 10, 1)),
            Item("te-laat-lang", new(2026, 10, 20), teLaat: true),
        };

        Urgentie.Orden(items).Select(i => i.Titel).Should().Equal(
            "te-laat-lang", "te-laat-gisteren", "morgen", "volgende-week", "geen-termijn-oud", "geen-termijn-nieuw");
    }

    [Fact]
    public void On_the_same_day_an_hour_based_deadline_orders_by_its_moment()
    {
        var dag = new DateOnly(2026, 11, 11);
        var items = new[] { Item("middag", dag, moment: new(2026, 11, 11, 13, 0, 0, TimeSpan.Zero)), Item("ochtend", dag, moment: new(2026, 11, 11, 8, 0, 0, TimeSpan.Zero)) };
        Urgentie.Orden(items).Select(i => i.Titel).Should().Equal("ochtend", "middag");
    }

    [Fact]
    public void A_queue_counts_all_items_and_shows_the_most_urgent_few()
    {
        var items = Enumerable.Range(1, 12).Select(i => Item($"item-{i:00}", new DateOnly(2026, 11, 30).AddDays(-i), teLaat: i > 10)).ToList();
        var bak = Urgentie.Bak("test", "Test", items, 5, "Niets.");
        bak.Aantal.Should().Be(12);
        bak.TeLaat.Should().Be(2);
        bak.Items.Should().HaveCount(5);
        bak.Items[0].Titel.Should().Be("item-12");
        bak.Items[1].Titel.Should().Be("item-11");
    }
}
