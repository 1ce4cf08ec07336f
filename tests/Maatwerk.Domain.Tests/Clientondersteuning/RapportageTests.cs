using Maatwerk.Domain.Clientondersteuning;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>The periodic report OCO-4.7 (a)–(q) against a small dataset computed by hand (period: first half-year 2026,
/// OCO-A8). Times are Europe/Amsterdam.</summary>
public sealed class RapportageTests
{
    private static readonly TimeZoneInfo Ams = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static DateTimeOffset Op(string lokaal)
    {
        var t = DateTime.Parse(lokaal, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(t, Ams.GetUtcOffset(t));
    }
    private static DateOnly Dag(DateTimeOffset m) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, Ams).DateTime);
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    // A: received in period, complex, wmo+schulden; two contacts (one with referrer), trajectory 10 Feb–24 Mar, helped,
    //    appropriate support, score 8, a referral on 1 Mar, a complaint received 1 Mar, settled 11 Mar, resolved.
    // B: received in period, wonen; one one-off contact; help obtained 20 Mar, score 6.
    // C: received in period, wmo; one contact; trajectory started 1 Jun, still running; referral on 2 Jul (outside).
    // D: received in December 2025 (outside); trajectory 5 Jan–10 Jul (active, not ended in period); contact 15 Jan.
    private static readonly Melding A = new() { OntvangenOp = Op("2026-02-02 09:00"), Levensdomein = "wmo,schulden", Complex = true, Tevredenheid = 8 };
    private static readonly Melding B = new() { OntvangenOp = Op("2026-03-16 14:00"), Levensdomein = "wonen", HulpVerkregenOp = D("2026-03-20"), Tevredenheid = 6 };
    private static readonly Melding C = new() { OntvangenOp = Op("2026-05-25 10:00"), Levensdomein = "wmo" };
    private static readonly Melding Dec = new() { OntvangenOp = Op("2025-12-20 10:00"), Levensdomein = "jeugd" };

    private static RapportageGegevens Gegevens() => new(
        [A, B, C, Dec],
        [
            new Contactmoment { MeldingId = A.Id, Moment = Op("2026-02-03 09:00"), Soort = Contactsoort.InformatieAdvies }, // 1 day after A
            new Contactmoment { MeldingId = A.Id, Moment = Op("2026-02-20 10:00"), Soort = Contactsoort.Trajectcontact, MetVerwijzer = true },
            new Contactmoment { MeldingId = B.Id, Moment = Op("2026-03-18 14:00"), Soort = Contactsoort.InformatieAdvies },    // 2 days after B
            new Contactmoment { MeldingId = C.Id, Moment = Op("2026-05-25 16:00"), Soort = Contactsoort.InformatieAdvies },    // 0.25 day after C
            new Contactmoment { MeldingId = Dec.Id, Moment = Op("2026-01-15 10:00"), Soort = Contactsoort.Trajectcontact },
        ],
        [
            new Traject { MeldingId = A.Id, Startdatum = D("2026-02-10"), Einddatum = D("2026-03-24"), Geholpen = true, PassendeOndersteuning = true },
            new Traject { MeldingId = C.Id, Startdatum = D("2026-06-01") },
            new Traject { MeldingId = Dec.Id, Startdatum = D("2026-01-05"), Einddatum = D("2026-07-10"), Geholpen = true },
        ],
        [
            new Verwijzing { MeldingId = A.Id, Naar = "Schuldhulpverlening", Datum = D("2026-03-01") },
            new Verwijzing { MeldingId = C.Id, Naar = "Wijkteam", Datum = D("2026-07-02") },
        ],
        [
            // From the complaints register: A's complaint (linked), one not linked to a melding, one received in July (outside).
            new OcoKlacht(Guid.NewGuid(), A.Id, D("2026-03-01"), D("2026-03-11"), Opgelost: true),
            new OcoKlacht(Guid.NewGuid(), null, D("2026-04-01"), D("2026-04-05"), Opgelost: false),
            new OcoKlacht(Guid.NewGuid(), C.Id, D("2026-07-01"), null, Opgelost: false),
        ]);

    [Fact]
    public void OCO_4_7_a_tot_q_volgen_de_met_de_hand_berekende_cijfers()
    {
        var cijfers = Rapportage.Calculate(Gegevens(), D("2026-01-01"), D("2026-06-30"), Dag, "Meer vragen over schulden.");
        string W(string code) => cijfers.Single(c => c.Onderdeel == code).Waarde;
        IEnumerable<Guid> R(string code) => cijfers.Single(c => c.Onderdeel == code).Meldingen;

        W("a").Should().Be("2"); R("a").Should().BeEquivalentTo([A.Id, B.Id]);         // A trajectory ended helped, B help obtained
        W("b").Should().Be("1"); R("b").Should().BeEquivalentTo([A.Id]);               // C's referral is in July
        W("c").Should().Be("1");
        W("d").Should().Be("1,3");                                                       // 5 contacts / 4 residents (A 2, B, C, D)
        W("e").Should().Be("3");
        W("f").Should().Be("3"); R("f").Should().BeEquivalentTo([A.Id, C.Id, Dec.Id]); // all three active in the half-year
        W("g").Should().Be("1,1 dagen");                                                 // (1 + 2 + 0.25) / 3 = 1.083
        cijfers.Where(c => c.Onderdeel == "h").Select(c => (c.Omschrijving, c.Waarde)).Should().BeEquivalentTo(new[]
        {
            ("Levensdomein: Zorg en ondersteuning (Wmo)", "2"), ("Levensdomein: Wonen", "1"), ("Levensdomein: Schulden en geldzaken", "1"),
        });
        W("i").Should().Be("1"); R("i").Should().BeEquivalentTo([A.Id]);
        W("j").Should().Be("2"); R("j").Should().BeEquivalentTo([A.Id]);               // (j)–(l) from the complaints register
        W("k").Should().Be("7,0 dagen");                                                 // (10 + 4) / 2
        W("l").Should().Be("1");
        W("m").Should().Be("1");                                                         // only A ended in the period
        W("n").Should().Be("7,0 (n = 2)");                                               // A 8 (ended 24 Mar), B 6 (20 Mar)
        W("o").Should().Be("10,3 dagen");                                                // A 2→10 Feb = 8, C 25 May→1 Jun = 7, D 20 Dec→5 Jan = 16: 31 / 3
        W("p").Should().Be("42,0 dagen");                                                // A 10 Feb–24 Mar
        W("q").Should().Be("Meer vragen over schulden.");
    }

    [Fact]
    public void Een_periode_die_eindigt_voor_zij_begint_wordt_geweigerd()
    {
        Rapportage.ValidatePeriode(D("2026-06-30"), D("2026-01-01")).Should()
            .ContainSingle(e => e.Field == "Tot" && e.Message == "De rapportageperiode kan niet eindigen vóór zij begint.");
        Rapportage.ValidatePeriode(D("2026-01-01"), D("2026-06-30")).Should().BeEmpty();
    }

    [Fact]
    public void De_standaardperiode_is_een_kalenderhalfjaar_OCO_A8()
    {
        Rapportage.HalfJaar(D("2026-11-10")).Should().Be((D("2026-07-01"), D("2026-12-31")));
        Rapportage.HalfJaar(D("2026-06-30")).Should().Be((D("2026-01-01"), D("2026-06-30")));
    }
}
