using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Toewijzingen;

/// <summary>Issue 13: a timeline shows real moments only, keeps planned items apart from what happened, and words events
/// for the viewer.</summary>
public class TijdlijnTests
{
    [Fact]
    public void A_step_entered_as_a_date_shows_no_made_up_time()
    {
        Tijdlijn.EchteTijd(new DateTime(2026, 11, 3, 9, 0, 0), alleenDatum: true).Should().BeNull();
        Tijdlijn.EchteTijd(new DateTime(2026, 11, 3, 0, 0, 0), alleenDatum: true).Should().BeNull();
        Tijdlijn.EchteTijd(new DateTime(2026, 11, 3, 9, 0, 0), alleenDatum: false).Should().Be(new TimeOnly(9, 0), "a real 09:00 is not a guess any more");
        Tijdlijn.EchteTijd(new DateTime(2026, 11, 3, 14, 12, 5), alleenDatum: false).Should().Be(new TimeOnly(14, 12, 5));
    }

    [Fact]
    public void Future_and_planned_events_stand_apart_from_what_happened()
    {
        var nu = new DateTime(2026, 11, 10, 9, 30, 0);
        TijdlijnRegel R(string t, DateTime d) => new(DateOnly.FromDateTime(d), null, t);
        var stand = Tijdlijn.Splits(
        [
            (new DateTime(2026, 10, 1, 9, 0, 0), R("toewijzing", new DateTime(2026, 10, 1)), false),
            (new DateTime(2027, 3, 31, 0, 0, 0), R("einde-indicatie", new DateTime(2027, 3, 31)), true),
            (new DateTime(2026, 10, 5, 11, 0, 0), R("start", new DateTime(2026, 10, 5)), false),
        ], nu);
        stand.Gebeurd.Select(r => r.Tekst).Should().Equal("start", "toewijzing");
        stand.Gepland.Select(r => r.Tekst).Should().Equal("einde-indicatie");
    }

    [Fact]
    public void The_gemeente_reads_that_it_sent_the_toewijzing()
    {
        Tijdlijn.Naam("toewijzing", "Toewijzing ontvangen (WMO301)", gemeenteKijkt: true).Should().Be("Toewijzing verzonden aan de aanbieder (WMO301)");
        Tijdlijn.Naam("toewijzing", "Toewijzing ontvangen (WMO301)", gemeenteKijkt: false).Should().Be("Toewijzing ontvangen (WMO301)");
    }
}

/// <summary>Issue 13: the toewijzing page offers the step that normally comes next; the others wait behind a disclosure;
/// one-off steps already registered are done.</summary>
public class VervolgstappenTests
{
    private static IEnumerable<Zorgstap> Mogelijk(ToewijzingStatus s, Party p) => StappenTable.Possible(s, p).Select(d => d.Stap);

    [Fact]
    public void A_sent_toewijzing_offers_acceptance_first_and_keeps_the_other_steps_apart()
    {
        var indeling = Vervolgstappen.Deel(ToewijzingStatus.Verzonden, Mogelijk(ToewijzingStatus.Verzonden, Party.Aanbieder), []);
        indeling.Volgende.Should().Equal(Zorgstap.Accepteren);
        indeling.Overige.Should().Contain([Zorgstap.WeigeringAanvragen, Zorgstap.Start]).And.NotContain(Zorgstap.Accepteren);
    }

    [Fact]
    public void After_contact_was_registered_an_accepted_toewijzing_offers_the_start_and_contact_is_done()
    {
        var indeling = Vervolgstappen.Deel(ToewijzingStatus.Geaccepteerd, Mogelijk(ToewijzingStatus.Geaccepteerd, Party.Aanbieder), [KetenGebeurtenis.Contact]);
        indeling.Volgende.Should().Equal(Zorgstap.Start);
        indeling.Overige.Should().NotContain(Zorgstap.Contact);
    }

    [Fact]
    public void The_gemeente_decides_a_refusal_first()
    {
        var indeling = Vervolgstappen.Deel(ToewijzingStatus.WeigeringAangevraagd, Mogelijk(ToewijzingStatus.WeigeringAangevraagd, Party.Gemeente), []);
        indeling.Volgende.Should().Equal(Zorgstap.WeigeringBeoordelen);
        indeling.Overige.Should().Equal(Zorgstap.Wijzigen);
    }
}
