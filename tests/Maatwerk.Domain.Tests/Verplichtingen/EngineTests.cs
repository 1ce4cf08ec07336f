using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Verplichtingen;

public class EngineTests
{
    private static readonly VerplichtingenEngine Deventer = new(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly Onderwerp T1 = new("toewijzing", "T-1");

    private static Gebeurtenis G(string id, string soort, string datum, Onderwerp? onderwerp = null, string? tijd = null) => new()
    {
        Id = id,
        Soort = soort,
        Moment = DateTime.Parse(datum + "T" + (tijd ?? "00:00"), System.Globalization.CultureInfo.InvariantCulture),
        Onderwerp = onderwerp,
    };

    private static Verplichting Regel(IEnumerable<Verplichting> lijst, string regelId) => lijst.Single(v => v.RegelId == regelId);

    [Fact]
    public void Start_zorg_op_tijd_is_voldaan_met_bewijs_DEV_Art4_4()
    {
        var events = new[] { G("e1", "toewijzing", "2026-04-24", T1), G("e2", "start-zorg", "2026-05-04", T1) };
        var v = Regel(Deventer.Evaluate(events, new DateOnly(2026, 6, 1)), "MR-05");
        v.Status.Should().Be(VerplichtingStatus.Voldaan);
        v.Bewijs!.Id.Should().Be("e2");
        v.Bron.Should().Be("DEV-Art4.4");
        v.Onderwerp.Should().Be(T1);
    }

    [Fact]
    public void Start_zorg_een_werkdag_te_laat_is_te_laat_met_bewijs_DEV_Art4_4()
    {
        var events = new[] { G("e1", "toewijzing", "2026-04-24", T1), G("e2", "start-zorg", "2026-05-06", T1) };
        var v = Regel(Deventer.Evaluate(events, new DateOnly(2026, 6, 1)), "MR-05");
        v.Status.Should().Be(VerplichtingStatus.TeLaat);
        v.Bewijs!.Id.Should().Be("e2");
    }

    [Theory]
    [InlineData("2026-05-04", VerplichtingStatus.Open)]   // last day still on time
    [InlineData("2026-05-05", VerplichtingStatus.TeLaat)]
    [InlineData("2026-04-24", VerplichtingStatus.Open)]
    public void Status_hangt_af_van_de_peildatum(string peildatum, VerplichtingStatus verwacht)
    {
        var v = Regel(Deventer.Evaluate([G("e1", "toewijzing", "2026-04-24", T1)], DateOnly.Parse(peildatum)), "MR-05");
        v.Status.Should().Be(verwacht);
    }

    [Fact]
    public void Gebeurtenissen_na_de_peildatum_tellen_niet_mee()
    {
        var events = new[] { G("e1", "toewijzing", "2026-04-24", T1), G("e2", "start-zorg", "2026-05-04", T1) };
        var v = Regel(Deventer.Evaluate(events, new DateOnly(2026, 5, 1)), "MR-05");
        v.Status.Should().Be(VerplichtingStatus.Open);
        v.Bewijs.Should().BeNull();
        Deventer.Evaluate(events, new DateOnly(2026, 4, 23)).Should().BeEmpty();
    }

    [Fact]
    public void Bewijs_voor_een_andere_toewijzing_telt_niet()
    {
        var events = new[] { G("e1", "toewijzing", "2026-04-24", T1), G("e2", "start-zorg", "2026-04-28", new Onderwerp("toewijzing", "T-2")) };
        Regel(Deventer.Evaluate(events, new DateOnly(2026, 5, 5)), "MR-05").Status.Should().Be(VerplichtingStatus.TeLaat);
    }

    [Fact]
    public void Uurtermijn_wordt_op_het_moment_beoordeeld_DEV_Art19_4()
    {
        var lek = new Onderwerp(IncidentGebeurtenis.Onderwerp, "D-1");
        var events = new[] { G("d1", "datalek", "2026-04-24", lek, "16:00"), G("d2", "datalek-gemeld", "2026-04-26", lek, "15:59") };
        var result = Deventer.Evaluate(events, new DateOnly(2026, 4, 30));
        Regel(result, "MR-59a").Status.Should().Be(VerplichtingStatus.TeLaat);  // 24 h
        Regel(result, "MR-59b").Status.Should().Be(VerplichtingStatus.Voldaan); // 48 h
        var open = Deventer.Evaluate([events[0]], new DateTime(2026, 4, 25, 16, 0, 0));
        Regel(open, "MR-59a").Status.Should().Be(VerplichtingStatus.Open);
        Regel(Deventer.Evaluate([events[0]], new DateTime(2026, 4, 25, 16, 1, 0)), "MR-59a").Status.Should().Be(VerplichtingStatus.TeLaat);
    }

    [Fact]
    public void Op_de_peildatum_telt_het_huidige_moment_niet_het_einde_van_de_dag_DEV_AIV7A_4()
    {
        // Reported Friday 16:00, so the 24 hours of MR-59a end Saturday 16:00: at 15:30 that day it is still open.
        var lek = new Onderwerp(IncidentGebeurtenis.Onderwerp, "D-1");
        var events = new[] { G("d1", "datalek", "2026-04-24", lek, "16:00") };
        var zaterdag = new DateOnly(2026, 4, 25);
        Regel(Deventer.Evaluate(events, zaterdag, nu: new DateTime(2026, 4, 25, 15, 30, 0)), "MR-59a").Status.Should().Be(VerplichtingStatus.Open);
        Regel(Deventer.Evaluate(events, zaterdag, nu: new DateTime(2026, 4, 25, 16, 30, 0)), "MR-59a").Status.Should().Be(VerplichtingStatus.TeLaat);
        Regel(Deventer.Evaluate(events, zaterdag), "MR-59a").Status.Should().Be(VerplichtingStatus.TeLaat, "without a moment: the end of the day");
        Regel(Deventer.Evaluate(events, zaterdag, nu: new DateTime(2026, 4, 20, 9, 0, 0)), "MR-59a").Status
            .Should().Be(VerplichtingStatus.TeLaat, "a moment on another day than the peildatum does not count");
    }

    [Fact]
    public void Onverwijld_wordt_nooit_vanzelf_te_laat_DEV_Art24_6()
    {
        var v = Regel(Deventer.Evaluate([G("s1", "strafrechtelijk-feit", "2026-04-24")], new DateOnly(2027, 1, 1)), "MR-62");
        v.Onverwijld.Should().BeTrue();
        v.Status.Should().Be(VerplichtingStatus.Open);
    }

    [Fact]
    public void VOG_keten_vernieuwing_elke_drie_jaar_en_venster_bij_indiensttreding_DEV_Eis18()
    {
        var m = new Onderwerp("medewerker", "M-7");
        var events = new[]
        {
            G("v1", "vog-afgegeven", "2025-06-01", m),
            G("i1", "indiensttreding", "2026-04-24", m),
            G("v2", "vog-afgegeven", "2028-05-30", m),
        };
        var result = Deventer.Evaluate(events, new DateOnly(2028, 6, 30));
        Regel(result, "MR-41").Status.Should().Be(VerplichtingStatus.Voldaan);
        Regel(result, "MR-41").Bewijs!.Id.Should().Be("v1");
        var vernieuwingen = result.Where(v => v.RegelId == "MR-42").ToList();
        vernieuwingen.Should().HaveCount(2);
        vernieuwingen[0].Status.Should().Be(VerplichtingStatus.Voldaan);
        vernieuwingen[0].Bewijs!.Id.Should().Be("v2");
        vernieuwingen[1].Status.Should().Be(VerplichtingStatus.Open);
        vernieuwingen[1].Deadline.Datum.Should().Be(new DateOnly(2031, 5, 30));
    }

    [Fact]
    public void Te_oude_VOG_bij_indiensttreding_voldoet_niet_DEV_Eis18_a()
    {
        var m = new Onderwerp("medewerker", "M-8");
        var events = new[] { G("v1", "vog-afgegeven", "2025-04-23", m), G("i1", "indiensttreding", "2026-04-24", m) };
        Regel(Deventer.Evaluate(events, new DateOnly(2026, 5, 1)), "MR-41").Status.Should().Be(VerplichtingStatus.TeLaat);
    }

    [Fact]
    public void Bewijs_van_voor_de_gebeurtenis_telt_bij_een_deadline_voor_de_gebeurtenis_IB_27a()
    {
        var ib = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        var events = new[] { G("i1", "client-geinformeerd-einde", "2026-02-20", T1), G("e1", "einde-indicatie", "2026-04-30", T1) };
        Regel(ib.Evaluate(events, new DateOnly(2026, 5, 1)), "IB-27a").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void A_term_before_a_planned_end_never_ends_before_the_end_became_known_IB_27a()
    {
        var ib = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        // The gemeente shortens the indication on 10 March to 30 April: "2 months before" (28 February) already passed.
        var ingekort = G("e1", "einde-indicatie", "2026-04-30", T1) with { BekendOp = new DateOnly(2026, 3, 10) };
        var ib27 = Regel(ib.Evaluate([ingekort], new DateOnly(2026, 3, 10)), "IB-27a");
        (ib27.Deadline.Datum, ib27.Status).Should().Be((new DateOnly(2026, 3, 10), VerplichtingStatus.Open));
        Regel(ib.Evaluate([ingekort], new DateOnly(2026, 3, 11)), "IB-27a").Status.Should().Be(VerplichtingStatus.TeLaat);

        var opTijdBekend = G("e1", "einde-indicatie", "2026-04-30", T1) with { BekendOp = new DateOnly(2025, 5, 1) };
        Regel(ib.Evaluate([opTijdBekend], new DateOnly(2026, 3, 1)), "IB-27a").Deadline.Datum.Should().Be(new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void Informing_the_client_of_an_end_date_that_was_later_extended_does_not_count_for_the_new_one_IB_27a()
    {
        var ib = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        var verlengd = G("e2", "einde-indicatie", "2026-10-31", T1) with { BekendOp = new DateOnly(2026, 3, 15) };
        var oudeBrief = G("i1", "client-geinformeerd-einde", "2026-02-20", T1);
        Regel(ib.Evaluate([oudeBrief, verlengd], new DateOnly(2026, 4, 1)), "IB-27a").Status.Should().Be(VerplichtingStatus.Open);
        var nieuweBrief = G("i2", "client-geinformeerd-einde", "2026-08-01", T1);
        Regel(ib.Evaluate([oudeBrief, verlengd, nieuweBrief], new DateOnly(2026, 8, 2)), "IB-27a").Status.Should().Be(VerplichtingStatus.Voldaan);
        var zonderRegistratiedatum = G("e3", "start-zorg", "2026-05-01", T1) with { BekendOp = new DateOnly(2026, 6, 1) };
        Regel(ib.Evaluate([zonderRegistratiedatum, G("p1", "plan-overeengekomen", "2026-05-10", T1)], new DateOnly(2026, 6, 2)), "IB-20a")
            .Should().Match<Verplichting>(v => v.Deadline.Datum == new DateOnly(2026, 5, 15) && v.Status == VerplichtingStatus.Voldaan,
                "an ordinary event recorded late keeps its own date, and evidence from before the recording counts");
    }

    [Fact]
    public void Een_bewijsgebeurtenis_voldoet_aan_hoogstens_een_verplichting_per_regel()
    {
        var k = new Onderwerp("organisatie", "A");
        var events = new[]
        {
            G("c1", "contractering", "2026-01-31", k),
            G("o1", "contractmanagementoverleg", "2026-06-01", k),
        };
        var result = Deventer.Evaluate(events, new DateOnly(2027, 2, 1));
        result.Where(v => v.RegelId == "MR-38a").Select(v => v.Status)
            .Should().BeEquivalentTo([VerplichtingStatus.Voldaan, VerplichtingStatus.Open]);
    }

    [Fact]
    public void Voorwaarden_spoed_product_en_perceel_filteren_regels()
    {
        var ib = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        var normaal = ib.Create(G("t", "toewijzing", "2026-04-24")).Select(v => v.RegelId).ToList();
        normaal.Should().Contain("IB-19a").And.NotContain("IB-19b");
        var spoed = ib.Create(G("t", "toewijzing", "2026-04-24") with { Spoed = true }).Select(v => v.RegelId).ToList();
        spoed.Should().Contain("IB-19b").And.NotContain("IB-19a");

        Deventer.Create(G("t", "toewijzing", "2026-04-24")).Should().NotContain(v => v.RegelId == "MR-06");
        Deventer.Create(G("t", "toewijzing", "2026-04-24") with { ProductCode = "PO-L" }).Should().NotContain(v => v.RegelId == "MR-06");

        var oco = new VerplichtingenEngine(RepoProfiles.Profiel("oco"));
        oco.Create(G("j", "jaarbegin", "2026-01-01") with { Perceel = "2" }).Should().NotContain(v => v.RegelId.StartsWith("OCO-P1"));
        oco.Create(G("j", "jaarbegin", "2026-01-01") with { Perceel = "1" }).Should().Contain(v => v.RegelId == "OCO-P1-1.5a");
    }

    [Theory]
    [InlineData("2026-02-10", "2026-04-14")] // any date in Q1 → quarter ends 31 March
    [InlineData("2026-03-31", "2026-04-14")]
    [InlineData("2026-11-02", "2027-01-14")]
    public void Periodegebeurtenis_rekent_vanaf_het_einde_van_de_periode_OCO_2_22b(string datum, string verwacht)
    {
        var oco = new VerplichtingenEngine(RepoProfiles.Profiel("oco"));
        Regel(oco.Create(G("q", "kwartaaleinde", datum)), "OCO-2.22b").Deadline.Datum.Should().Be(DateOnly.Parse(verwacht));
    }

    [Fact]
    public void Vastgelegde_voldane_verplichtingen_blijven_staan_bij_een_nieuwe_profielversie()
    {
        var events = new[] { G("e1", "toewijzing", "2026-04-24", T1), G("e2", "start-zorg", "2026-05-04", T1) };
        var eerder = Deventer.Evaluate(events, new DateOnly(2026, 6, 1));

        var v2 = RepoProfiles.Profiel("deventer-wmo-2023") with { Versie = 2 };
        v2 = v2 with
        {
            Regels = v2.Regels.Select(r => r.Id == "MR-05" ? r with { Termijn = r.Termijn! with { Aantal = 3 } } : r).ToList(),
        };
        var nieuw = new VerplichtingenEngine(v2);

        Regel(nieuw.Evaluate(events, new DateOnly(2026, 6, 1)), "MR-05").Status.Should().Be(VerplichtingStatus.TeLaat);
        var bewaard = Regel(nieuw.Evaluate(events, new DateOnly(2026, 6, 1), eerder), "MR-05");
        bewaard.Status.Should().Be(VerplichtingStatus.Voldaan);
        bewaard.ProfielVersie.Should().Be(1);
        bewaard.Deadline.Datum.Should().Be(new DateOnly(2026, 5, 4));
    }

    [Fact]
    public void Resultaat_is_gesorteerd_op_deadline_en_deterministisch()
    {
        var events = new[] { G("k1", "klacht", "2026-04-24", new Onderwerp("klacht", "K-1")), G("e1", "toewijzing", "2026-04-24", T1) };
        var a = Deventer.Evaluate(events, new DateOnly(2026, 5, 1));
        var b = Deventer.Evaluate(events.Reverse(), new DateOnly(2026, 5, 1));
        a.Should().Equal(b);
        a.Select(v => v.Deadline.Datum).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Samenvatting_telt_open_te_laat_en_deze_week()
    {
        var events = new[] { G("k1", "klacht", "2026-04-24", new Onderwerp("klacht", "K-1")), G("e1", "toewijzing", "2026-04-24", T1) };
        var result = Deventer.Evaluate(events, new DateOnly(2026, 4, 30));
        var s = VerplichtingenSummary.From(result, new DateOnly(2026, 4, 30));
        // Week of Mon 27 Apr – Sun 3 May: MR-04 (29/4), MR-49 (29/4) are late; OP090 & MR-01 (30/4) are due.
        s.TeLaat.Should().Be(2);
        s.DezeWeek.Should().Be(2);
        s.Open.Should().Be(result.Count - 2);
        s.Voldaan.Should().Be(0);
    }

    [Theory]
    [InlineData(null, "2026-05-08")]
    [InlineData("2026-05-01", "2026-05-08")]
    [InlineData("2026-06-01", "2026-06-01")]
    public void Start_niet_voor_de_ingangsdatum_van_de_toewijzing_IB_19a(string? ingangsdatum, string verwacht)
    {
        var ib = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        var g = G("t", "toewijzing", "2026-04-24", T1) with { Ingangsdatum = ingangsdatum is null ? null : DateOnly.Parse(ingangsdatum) };
        var created = ib.Create(g);
        Regel(created, "IB-19a").Deadline.Datum.Should().Be(DateOnly.Parse(verwacht));
        Regel(created, "IB-18a").Deadline.Datum.Should().Be(new DateOnly(2026, 4, 28), "contact counts from the message date");
        Regel(created, "IB-19a").OnderwerpSoort.Should().Be("toewijzing");
    }

    [Fact]
    public void Oco_toewijzing_levert_niets_op_omdat_OP090_is_uitgeschakeld()
    {
        new VerplichtingenEngine(RepoProfiles.Profiel("oco")).Create(G("t", "toewijzing", "2026-04-24")).Should().BeEmpty();
    }

    [Fact]
    public void Veel_gebeurtenissen_worden_elk_met_hun_eigen_bewijs_geevalueerd()
    {
        var events = Enumerable.Range(0, 3000).SelectMany(i =>
        {
            var t = new Onderwerp("toewijzing", $"T-{i}");
            var dag = new DateOnly(2026, 1, 1).AddDays(i % 300).ToString("yyyy-MM-dd");
            return new[] { G($"a{i}", "toewijzing", dag, t), G($"s{i}", "start-zorg", dag, t) };
        }).ToList();
        var result = Deventer.Evaluate(events, new DateOnly(2026, 12, 31));
        result.Where(v => v.RegelId == "MR-05").Should().HaveCount(3000).And.OnlyContain(v => v.Status == VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void Filter_op_onderwerp_soort_en_status()
    {
        var klacht = new Onderwerp("klacht", "K-1");
        var events = new[] { G("k1", "klacht", "2026-04-24", klacht), G("e1", "toewijzing", "2026-04-24", T1), G("b1", "klacht-ontvangstbevestiging", "2026-04-28", klacht) };
        var alles = Deventer.Evaluate(events, new DateOnly(2026, 5, 2));
        new VerplichtingFilter { Onderwerp = klacht }.Apply(alles).Select(v => v.Bron).Should().Equal("DEV-Eis16-R3", "DEV-Eis16-R2");
        new VerplichtingFilter { Soort = "klacht", Status = VerplichtingStatus.Voldaan }.Apply(alles).Should().ContainSingle().Which.RegelId.Should().Be("MR-49");
        new VerplichtingFilter { OnderwerpSoort = "toewijzing", Status = VerplichtingStatus.TeLaat }.Apply(alles).Select(v => v.RegelId)
            .Should().Equal("MR-04", "OP090"); // by deadline, then id
        // DEV-Art4.3 is a right, not a duty: unused it lapses ("verlopen"), it is not late.
        new VerplichtingFilter { Status = VerplichtingStatus.Verlopen }.Apply(alles).Should().ContainSingle().Which.RegelId.Should().Be("MR-01");
        new VerplichtingFilter { DeadlineTot = new DateOnly(2026, 4, 29) }.Apply(alles).Should().HaveCount(2);
    }
}

public class PlannedGebeurtenisTests
{
    private static readonly VerplichtingenEngine Deventer = new(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly Onderwerp T1 = new("toewijzing", "T-1");

    [Fact]
    public void Einde_indicatie_is_known_in_advance_so_the_evaluation_before_the_end_is_due_in_time_DEV_Eis4_a()
    {
        var events = new[] { Gebeurtenis.On("einde-indicatie", new DateOnly(2027, 6, 30), T1, "e1") };
        var lijst = Deventer.Evaluate(events, new DateOnly(2026, 12, 1));
        var mr11 = lijst.Single(v => v.RegelId == "MR-11");
        mr11.Deadline.Datum.Should().Be(new DateOnly(2027, 3, 30), "3 months before 30 June 2027");
        mr11.Status.Should().Be(VerplichtingStatus.Open);
    }

    [Fact]
    public void An_ordinary_event_in_the_future_creates_nothing_yet()
    {
        var events = new[] { Gebeurtenis.On("toewijzing", new DateOnly(2027, 1, 4), T1, "e1") };
        Deventer.Evaluate(events, new DateOnly(2026, 12, 1)).Should().BeEmpty();
        Deventer.Profiel.Gebeurtenissen.Single(g => g.Id == "einde-indicatie").Gepland.Should().BeTrue();
    }
}

public class LapsedTests
{
    private static readonly VerplichtingenEngine Deventer = new(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly Onderwerp T1 = new("toewijzing", "T-1");

    [Fact]
    public void Obligations_before_a_planned_end_lapse_when_the_toewijzing_is_refused_DEV_Eis4_a()
    {
        var events = new[]
        {
            Gebeurtenis.On("toewijzing", new DateOnly(2026, 11, 2), T1, "t1"),
            Gebeurtenis.On("einde-indicatie", new DateOnly(2027, 10, 31), T1, "e1"),
            Gebeurtenis.On("toewijzing-geweigerd", new DateOnly(2026, 11, 4), T1, "w1"),
        };
        var mr11 = Deventer.Evaluate(events, new DateOnly(2026, 11, 23)).Single(v => v.RegelId == "MR-11");
        mr11.Status.Should().Be(VerplichtingStatus.Vervallen, "a refused toewijzing has no end evaluation, although its end date lies after the refusal");
    }

    [Fact]
    public void Open_obligations_of_a_refused_toewijzing_lapse_instead_of_becoming_late_DEV_Art4_4()
    {
        var events = new[]
        {
            Gebeurtenis.On("toewijzing", new DateOnly(2026, 4, 24), T1, "e1"),
            Gebeurtenis.On("toewijzing-geweigerd", new DateOnly(2026, 4, 27), T1, "e2"),
        };
        var lijst = Deventer.Evaluate(events, new DateOnly(2026, 6, 1));
        lijst.Single(v => v.RegelId == "MR-05").Status.Should().Be(VerplichtingStatus.Vervallen);
        lijst.Single(v => v.RegelId == "MR-01").Status.Should().Be(VerplichtingStatus.Voldaan, "the refusal itself meets the acceptance term");
    }

    [Fact]
    public void A_refusal_of_another_toewijzing_changes_nothing()
    {
        var events = new[]
        {
            Gebeurtenis.On("toewijzing", new DateOnly(2026, 4, 24), T1, "e1"),
            Gebeurtenis.On("toewijzing-geweigerd", new DateOnly(2026, 4, 27), new Onderwerp("toewijzing", "T-2"), "e2"),
        };
        Deventer.Evaluate(events, new DateOnly(2026, 6, 1)).Single(v => v.RegelId == "MR-05").Status.Should().Be(VerplichtingStatus.TeLaat);
    }
}

public class ApprovedWerkdagTests
{
    private static readonly VerplichtingenEngine Deventer = new(RepoProfiles.Profiel("deventer-wmo-2023"));

    [Fact]
    public void An_approved_weekend_day_counts_as_a_working_day_for_that_toewijzing_only_DEV_B2_Werkdag()
    {
        var t1 = new Onderwerp("toewijzing", "T-1");
        var t2 = new Onderwerp("toewijzing", "T-2");
        // Friday 24 April 2026; Monday 27 April is Koningsdag. Without approval 5 working days end on Monday 4 May.
        var events = new[]
        {
            Gebeurtenis.On("toewijzing", new DateOnly(2026, 4, 24), t1, "e1"),
            Gebeurtenis.On("toewijzing", new DateOnly(2026, 4, 24), t2, "e2"),
            Gebeurtenis.On("werkdag-goedgekeurd", new DateOnly(2026, 4, 25), t1, "e3"), // Saturday approved for T-1
        };
        var lijst = Deventer.Evaluate(events, new DateOnly(2026, 5, 10));
        lijst.Single(v => v.RegelId == "MR-05" && v.Onderwerp == t1).Deadline.Datum.Should().Be(new DateOnly(2026, 5, 1));
        lijst.Single(v => v.RegelId == "MR-05" && v.Onderwerp == t2).Deadline.Datum.Should().Be(new DateOnly(2026, 5, 4));
    }
}
