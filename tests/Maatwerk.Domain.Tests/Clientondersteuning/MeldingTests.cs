using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>The OCO registrations (issue 15) and the obligations they start under the repository's profile <c>oco</c>:
/// OCO-3.15 + OCO-3.16a chained across Koningsdag, 5 mei, Hemelvaart and a KB-dag, OCO-2.7 in calendar days, OCO-3.16b, OCO-3.17;
/// and the bad input of the issue (contact before the melding, a past appointment as planned, a trajectory closed before it
/// started). Times are Europe/Amsterdam.</summary>
public sealed class MeldingTests
{
    private static readonly TimeZoneInfo Ams = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static DateTimeOffset Op(string lokaal)
    {
        var t = DateTime.Parse(lokaal, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(t, Ams.GetUtcOffset(t));
    }
    private static DateTimeOffset StartVan(DateOnly d) => Op(d.ToString("yyyy-MM-dd"));
    private static string Toon(DateTimeOffset m) => TimeZoneInfo.ConvertTime(m, Ams).ToString("dd-MM-yyyy HH:mm");
    private static readonly DateTimeOffset Nu = Op("2026-06-30 12:00");

    private static Melding NieuweMelding(string ontvangen = "2026-04-24 16:30") => new()
    {
        GemeenteId = Guid.NewGuid(), ContractId = Guid.NewGuid(), Inwoner = "mevrouw De Vries", OntvangenOp = Op(ontvangen), Kanaal = Kanaal.Telefoon,
        Levensdomein = "wmo,schulden",
    };

    private static IReadOnlyList<Verplichting> Evaluate(Melding m, IEnumerable<Contactmoment> contacten, IEnumerable<Afspraak> afspraken, DateOnly peildatum)
    {
        var onderwerp = new Onderwerp(Melding.Onderwerp, m.Id.ToString());
        var gebeurtenissen = MeldingGebeurtenissen.For(m, contacten, afspraken, StartVan).Select((g, i) => new Gebeurtenis
        {
            Id = $"g{i}", Soort = g.Soort, Moment = TimeZoneInfo.ConvertTime(g.Moment, Ams).DateTime, Onderwerp = onderwerp, Spoed = g.Spoed,
        });
        return new VerplichtingenEngine(RepoProfiles.Profiel("oco")).Evaluate(gebeurtenissen, peildatum);
    }

    [Fact]
    public void OCO_3_15_en_OCO_3_16a_schakelen_over_Koningsdag_5_mei_en_Hemelvaart()
    {
        // Friday 24 April 2026 16:30; Monday 27 April is Koningsdag: contact due Wednesday 29 April (2 working days).
        var m = NieuweMelding();
        var eerst = Evaluate(m, [], [], new DateOnly(2026, 4, 24));
        eerst.Single(v => v.RegelId == "OCO-3.15").Deadline.Datum.Should().Be(new DateOnly(2026, 4, 29));
        // OCO-2.7 counts calendar days from the melding: 4 May.
        eerst.Single(v => v.RegelId == "OCO-2.7").Deadline.Datum.Should().Be(new DateOnly(2026, 5, 4));

        // Contact on 29 April: OCO-3.15 met; OCO-3.16a = 10 working days, skipping 5 May, Hemelvaart (14 May) and the
        // Friday after it (KB-dag 15 May 2026) = Monday 18 May.
        var contact = new Contactmoment { MeldingId = m.Id, Moment = Op("2026-04-29 09:15") };
        var na = Evaluate(m, [contact], [], new DateOnly(2026, 4, 29));
        na.Single(v => v.RegelId == "OCO-3.15").Status.Should().Be(VerplichtingStatus.Voldaan);
        na.Single(v => v.RegelId == "OCO-3.16a").Deadline.Datum.Should().Be(new DateOnly(2026, 5, 18));

        // The first appointment held on 13 May meets OCO-3.16a.
        var afspraak = new Afspraak { MeldingId = m.Id, GeplandOp = Op("2026-05-13 10:00"), Status = AfspraakStatus.Gehouden, GeregistreerdOp = Op("2026-04-29 09:20") };
        Evaluate(m, [contact], [afspraak], new DateOnly(2026, 5, 20)).Single(v => v.RegelId == "OCO-3.16a").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void OCO_2_7_wordt_te_laat_zonder_hulp_en_voldaan_met_hulp_binnen_10_kalenderdagen()
    {
        var m = NieuweMelding();
        Evaluate(m, [], [], new DateOnly(2026, 5, 5)).Single(v => v.RegelId == "OCO-2.7").Status.Should().Be(VerplichtingStatus.TeLaat);
        m.HulpVerkregenOp = new DateOnly(2026, 5, 4);
        Evaluate(m, [], [], new DateOnly(2026, 5, 5)).Single(v => v.RegelId == "OCO-2.7").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void OCO_3_16b_spoed_vraagt_meteen_een_afspraak_die_het_inplannen_voldoet()
    {
        var m = NieuweMelding();
        (m.Spoed, m.TriageOp) = (true, Op("2026-04-24 16:45"));
        var open = Evaluate(m, [], [], new DateOnly(2026, 4, 24)).Single(v => v.RegelId == "OCO-3.16b");
        open.Onverwijld.Should().BeTrue();
        open.Deadline.Datum.Should().Be(new DateOnly(2026, 4, 24));
        var gepland = new Afspraak { MeldingId = m.Id, GeplandOp = Op("2026-04-28 10:00"), GeregistreerdOp = Op("2026-04-24 16:50") };
        Evaluate(m, [], [gepland], new DateOnly(2026, 4, 24)).Single(v => v.RegelId == "OCO-3.16b").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void OCO_3_17_onhaalbare_eerste_afspraak_vraagt_een_vervangend_aanbod()
    {
        var m = NieuweMelding();
        m.OnhaalbaarOp = Op("2026-05-01 11:00");
        Evaluate(m, [], [], new DateOnly(2026, 5, 1)).Single(v => v.RegelId == "OCO-3.17").Status.Should().Be(VerplichtingStatus.Open);
        (m.VervangendAanbodNaar, m.VervangendAanbodOp) = ("MEE Rotterdam Rijnmond", Op("2026-05-01 15:00"));
        Evaluate(m, [], [], new DateOnly(2026, 5, 1)).Single(v => v.RegelId == "OCO-3.17").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void Alleen_het_eerste_contact_telt_voor_OCO_3_15_ook_als_het_later_is_geregistreerd()
    {
        var m = NieuweMelding();
        var later = new Contactmoment { Moment = Op("2026-05-06 10:00") };
        var eerder = new Contactmoment { Moment = Op("2026-04-28 10:00") };
        MeldingGebeurtenissen.For(m, [later, eerder], [], StartVan).Single(g => g.Soort == MeldingGebeurtenissen.Contact).Moment.Should().Be(eerder.Moment);
    }

    [Fact]
    public void Een_anonieme_melding_mag_zonder_naam_maar_niet_met_bsn()
    {
        var m = NieuweMelding();
        (m.Anoniem, m.Inwoner) = (true, null);
        m.Validate(Nu).Should().BeEmpty();
        m.Bsn = "999990019";
        m.Validate(Nu).Should().ContainSingle(e => e.Field == nameof(Melding.Inwoner));
        var metNaam = NieuweMelding();
        metNaam.Bsn = "123456789";
        metNaam.Validate(Nu).Should().ContainSingle(e => e.Field == nameof(Melding.Bsn));
        var zonderDomein = NieuweMelding();
        zonderDomein.Levensdomein = "";
        zonderDomein.Validate(Nu).Should().ContainSingle(e => e.Field == nameof(Melding.Levensdomein) && e.Message.Contains("levensdomein"));
    }

    [Fact]
    public void Contact_voor_de_melding_wordt_geweigerd_met_de_melding_erbij()
    {
        var m = NieuweMelding();
        var contact = new Contactmoment { Moment = Op("2026-04-24 09:00") };
        contact.Validate(m, Nu, Toon).Should().ContainSingle(e => e.Field == nameof(Contactmoment.Moment)
            && e.Message == "Het contact kan niet vóór de melding liggen (melding ontvangen op 24-04-2026 16:30).");
        contact.SubActiviteit = "vertrouwen"; // belongs to bemiddelen, not verhelderen (OCO-2.25)
        contact.Moment = Op("2026-04-27 10:00");
        contact.Validate(m, Nu, Toon).Should().ContainSingle(e => e.Field == nameof(Contactmoment.SubActiviteit));
    }

    [Fact]
    public void Afspraak_in_het_verleden_kan_niet_als_gepland_maar_wel_als_gehouden()
    {
        var m = NieuweMelding();
        var afspraak = new Afspraak { GeplandOp = Op("2026-06-29 10:00") };
        afspraak.Validate(m, Nu, Toon).Should().ContainSingle(e => e.Field == nameof(Afspraak.GeplandOp) && e.Message.Contains("verleden"));
        afspraak.Status = AfspraakStatus.Gehouden;
        afspraak.Validate(m, Nu, Toon).Should().BeEmpty();
    }

    [Fact]
    public void OCO_3_7_verzetten_legt_reden_en_informeren_vast_en_maakt_een_nieuwe_afspraak()
    {
        var afspraak = new Afspraak { MeldingId = Guid.NewGuid(), GeplandOp = Op("2026-07-02 10:00") };
        afspraak.Move(Op("2026-07-03 10:00"), "", null, Nu).Errors.Select(e => e.Field).Should().BeEquivalentTo(["Reden", "GeinformeerdOp"]);
        afspraak.Status.Should().Be(AfspraakStatus.Gepland);
        var (nieuw, fouten) = afspraak.Move(Op("2026-07-03 10:00"), "Medewerker ziek", Op("2026-06-30 11:00"), Nu);
        fouten.Should().BeEmpty();
        afspraak.Status.Should().Be(AfspraakStatus.Verzet);
        afspraak.Aankondiging.Should().Be(TimeSpan.FromHours(47));
        nieuw!.VervangtId.Should().Be(afspraak.Id);
        nieuw.GeplandOp.Should().Be(Op("2026-07-03 10:00"));
    }

    [Fact]
    public void Traject_kan_niet_eindigen_voor_de_start()
    {
        var traject = new Traject { Startdatum = new DateOnly(2026, 5, 1), VerwachteDuurWeken = 6, GeplandeEinddatum = new DateOnly(2026, 6, 12) };
        traject.Validate(new DateOnly(2026, 4, 24), new DateOnly(2026, 6, 30)).Should().BeEmpty();
        traject.Close(new DateOnly(2026, 4, 30), Afsluitreden.VraagBeantwoord, null, true, true, new DateOnly(2026, 6, 30))
            .Should().ContainSingle(e => e.Field == nameof(Traject.Einddatum) && e.Message == "Een traject kan niet eindigen vóór de start (01-05-2026).");
        traject.IsAfgesloten.Should().BeFalse();
        traject.Close(new DateOnly(2026, 6, 10), Afsluitreden.AndereAanbieder, null, true, false, new DateOnly(2026, 6, 30)).Should().BeEmpty();
        traject.Afsluitreden.Should().Be(Afsluitreden.AndereAanbieder);
    }

    [Fact]
    public void Traject_start_niet_voor_de_melding()
    {
        var traject = new Traject { Startdatum = new DateOnly(2026, 4, 20), VerwachteDuurWeken = 6, GeplandeEinddatum = new DateOnly(2026, 6, 1) };
        traject.Validate(new DateOnly(2026, 4, 24), new DateOnly(2026, 6, 30)).Should().ContainSingle(e => e.Field == nameof(Traject.Startdatum));
    }
}
