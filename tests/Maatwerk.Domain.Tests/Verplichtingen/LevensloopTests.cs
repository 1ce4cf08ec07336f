using System.Globalization;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Verplichtingen;

/// <summary>The lifecycle semantics of obligations as profile data (issue 9): rights that lapse with a consequence,
/// evidence before the trigger, obligations that hold only while care runs (they lapse when it ends and stand still
/// during a temporary stop) and rules anchored on the real end of care. Dates are computed by hand.</summary>
public class LevensloopTests
{
    private static readonly VerplichtingenEngine Deventer = new(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly VerplichtingenEngine Voorne = new(RepoProfiles.Profiel("voorne-aan-zee-ib"));
    private static readonly VerplichtingenEngine Bsd = new(RepoProfiles.Profiel("gooi-vechtstreek-bsd"));
    private static readonly Onderwerp T1 = new("toewijzing", "T-1");

    private static Gebeurtenis G(string id, string soort, string datum, string? bekendOp = null, Onderwerp? onderwerp = null) => new()
    {
        Id = id,
        Soort = soort,
        Moment = DateTime.Parse(datum, CultureInfo.InvariantCulture),
        Onderwerp = onderwerp ?? T1,
        BekendOp = bekendOp is null ? null : DateOnly.Parse(bekendOp, CultureInfo.InvariantCulture),
    };

    private static Verplichting Regel(VerplichtingenEngine engine, IEnumerable<Gebeurtenis> events, string peildatum, string regelId, string? trigger = null) =>
        engine.Evaluate(events, DateOnly.Parse(peildatum, CultureInfo.InvariantCulture))
            .Single(v => v.RegelId == regelId && (trigger is null || v.GebeurtenisId == trigger));

    [Fact]
    public void DEV_Art4_3_ongebruikt_weigerrecht_verloopt_en_de_toewijzing_geldt_als_aanvaard()
    {
        var events = new[] { G("t", "toewijzing", "2026-04-24") };
        Regel(Deventer, events, "2026-04-30", "MR-01").Status.Should().Be(VerplichtingStatus.Open); // Koningsdag: 28, 29, 30 april
        var verlopen = Regel(Deventer, events, "2026-05-01", "MR-01");
        verlopen.Status.Should().Be(VerplichtingStatus.Verlopen);
        verlopen.Gevolg.Should().Be("toewijzing-aanvaard-van-rechtswege");
        verlopen.Toelichting.Should().Contain("aanvaard");
    }

    [Theory]
    [InlineData("toewijzing-geaccepteerd", "2026-04-29", VerplichtingStatus.Voldaan)]
    [InlineData("voornemen-weigeren-beeindigen", "2026-04-30", VerplichtingStatus.Voldaan)]
    [InlineData("start-zorg", "2026-04-28", VerplichtingStatus.Voldaan)]
    [InlineData("voornemen-weigeren-beeindigen", "2026-05-04", VerplichtingStatus.Verlopen)] // late refusal: via Art 6.2, flagged
    public void DEV_Art4_3_binnen_de_termijn_gebruikt_of_te_laat(string soort, string datum, VerplichtingStatus verwacht)
    {
        var v = Regel(Deventer, [G("t", "toewijzing", "2026-04-24"), G("b", soort, datum)], "2026-05-10", "MR-01");
        v.Status.Should().Be(verwacht);
        v.Bewijs!.Id.Should().Be("b");
        v.Gevolg.Should().BeNull("a right that was used has no consequence to apply");
    }

    [Fact]
    public void DEV_Art4_4_start_voor_de_dagtekening_voldoet_aan_de_starttermijn()
    {
        var events = new[] { G("t", "toewijzing", "2026-04-24"), G("s", "start-zorg", "2026-04-20"), G("c", "contact-client", "2026-04-20") };
        Regel(Deventer, events, "2026-06-01", "MR-05").Status.Should().Be(VerplichtingStatus.Voldaan);
        Regel(Deventer, events, "2026-06-01", "MR-05").Bewijs!.Id.Should().Be("s");
        // The contact rule (DEV-Eis2-S5a) does not say earlier evidence counts: a contact before the toewijzing does not meet it.
        Regel(Deventer, events, "2026-06-01", "MR-04").Status.Should().Be(VerplichtingStatus.TeLaat);
    }

    [Fact]
    public void IB_19a_start_voor_de_opdrachtverstrekking_voldoet()
    {
        var events = new[] { G("t", "toewijzing", "2026-04-24"), G("s", "start-zorg", "2026-04-22") };
        Regel(Voorne, events, "2026-06-01", "IB-19a").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void DEV_Eis3_REG_registratielijsten_stoppen_met_de_zorg()
    {
        var events = new[]
        {
            G("s", "start-zorg", "2026-03-02"), G("r1", "registratielijst-getekend", "2026-03-27"), G("e", "einde-zorg", "2026-04-10"),
        };
        Regel(Deventer, events, "2026-05-01", "MR-10", trigger: "s").Status.Should().Be(VerplichtingStatus.Voldaan);
        var na = Regel(Deventer, events, "2026-05-01", "MR-10", trigger: "r1"); // due 24-04, after the end of care
        na.Status.Should().Be(VerplichtingStatus.Vervallen);
        na.Toelichting.Should().Contain("beëindigd op 10-04-2026");
    }

    [Fact]
    public void DEV_Eis3_REG_een_gemiste_lijst_van_voor_het_einde_blijft_te_laat()
    {
        var events = new[] { G("s", "start-zorg", "2026-01-05"), G("e", "einde-zorg", "2026-03-01") };
        var v = Regel(Deventer, events, "2026-05-01", "MR-10");
        v.Deadline.Datum.Should().Be(new DateOnly(2026, 2, 2));
        v.Status.Should().Be(VerplichtingStatus.TeLaat);
    }

    [Fact]
    public void DEV_Eis4_d_eindevaluatie_schuift_naar_het_werkelijke_einde()
    {
        var events = new[] { G("i", "einde-indicatie", "2026-12-31", bekendOp: "2026-01-05"), G("e", "einde-zorg", "2026-04-10", bekendOp: "2026-04-14") };
        var v = Regel(Deventer, events, "2026-04-14", "MR-13");
        v.Deadline.Datum.Should().Be(new DateOnly(2026, 4, 10));
        v.Uitleg.Should().Contain("werkelijke einde");
        v.Status.Should().Be(VerplichtingStatus.TeLaat);
        // An evaluation in the last week of care meets it.
        Regel(Deventer, [.. events, G("ev", "evaluatie", "2026-04-08")], "2026-04-14", "MR-13").Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public void DEV_Eis4_a_vervalt_bij_een_einde_voor_de_deadline_en_blijft_te_laat_bij_een_einde_erna()
    {
        var vroeg = new[] { G("i", "einde-indicatie", "2026-12-31", bekendOp: "2026-01-05"), G("e", "einde-zorg", "2026-04-10") };
        Regel(Deventer, vroeg, "2026-12-31", "MR-11").Status.Should().Be(VerplichtingStatus.Vervallen);
        var laat = new[] { G("i", "einde-indicatie", "2026-12-31", bekendOp: "2026-01-05"), G("e", "einde-zorg", "2026-11-15") };
        var v = Regel(Deventer, laat, "2026-12-31", "MR-11");
        v.Deadline.Datum.Should().Be(new DateOnly(2026, 9, 30));
        v.Status.Should().Be(VerplichtingStatus.TeLaat);
        Regel(Deventer, laat, "2026-12-31", "MR-13").Deadline.Datum.Should().Be(new DateOnly(2026, 11, 15));
    }

    [Fact]
    public void IB_20c_evaluatietermijn_staat_stil_tijdens_een_tijdelijke_stop()
    {
        var plan = G("p", "plan-overeengekomen", "2026-01-15");
        Regel(Voorne, [plan], "2026-07-20", "IB-20c").Status.Should().Be(VerplichtingStatus.TeLaat); // due 15-07
        var gepauzeerd = Regel(Voorne, [plan, G("ts", "tijdelijke-stop", "2026-05-01")], "2026-07-20", "IB-20c");
        gepauzeerd.Status.Should().Be(VerplichtingStatus.Open);
        gepauzeerd.Toelichting.Should().StartWith("Staat stil");
        // Resumed on 1 June: 30 days without care (2 May – 31 May) are added to 15 July.
        var hervat = Regel(Voorne, [plan, G("ts", "tijdelijke-stop", "2026-05-01"), G("h", "zorg-hervat", "2026-06-01")], "2026-08-01", "IB-20c");
        hervat.Deadline.Datum.Should().Be(new DateOnly(2026, 8, 14));
        hervat.Status.Should().Be(VerplichtingStatus.Open);
    }

    [Fact]
    public void IB_27a_vervalt_als_de_zorg_eerder_definitief_stopt()
    {
        var events = new[] { G("i", "einde-indicatie", "2026-12-31", bekendOp: "2026-01-05"), G("e", "einde-zorg", "2026-06-30") };
        var v = Regel(Voorne, events, "2026-12-31", "IB-27a");
        v.Status.Should().Be(VerplichtingStatus.Vervallen);
        // A temporary stop does not move a term before the planned end.
        var pauze = new[] { G("i", "einde-indicatie", "2026-12-31", bekendOp: "2026-01-05"), G("ts", "tijdelijke-stop", "2026-06-30") };
        Regel(Voorne, pauze, "2026-11-01", "IB-27a").Deadline.Datum.Should().Be(new DateOnly(2026, 10, 31));
    }

    [Fact]
    public void BSD_63e_evaluatie_na_het_geplande_einde_vervalt()
    {
        var events = new[] { G("p", "plan-overeengekomen", "2026-01-15"), G("i", "einde-indicatie", "2026-06-30", bekendOp: "2026-01-02") };
        var v = Regel(Bsd, events, "2026-03-01", "BSD-63e");
        v.Status.Should().Be(VerplichtingStatus.Vervallen);
        v.Toelichting.Should().Contain("eindigt op 30-06-2026");
    }

    [Fact]
    public void Geweigerde_toewijzing_noemt_waarom_haar_verplichtingen_vervallen()
    {
        var v = Regel(Deventer, [G("t", "toewijzing", "2026-04-24"), G("w", "toewijzing-geweigerd", "2026-04-28")], "2026-06-01", "MR-05");
        v.Status.Should().Be(VerplichtingStatus.Vervallen);
        v.Toelichting.Should().Contain("28-04-2026").And.Contain("weigering");
    }

    [Fact]
    public void Uitleg_noemt_termijn_anker_en_werkdagdefinitie()
    {
        var v = Regel(Deventer, [G("t", "toewijzing", "2026-04-24")], "2026-04-25", "MR-05");
        v.Uitleg.Should().Contain("5 werkdagen").And.Contain("24-04-2026").And.Contain("DEV-B2-Werkdag");
        Regel(Deventer, [G("t", "toewijzing", "2026-04-24")], "2026-04-25", "MR-04").Uitleg.Should().NotContain("werkdagen volgens");
    }

    /// <summary>Incremental evaluation is correct only if subjects are independent: evaluating one subject's events alone
    /// must give exactly what evaluating everything gives for that subject.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Per_onderwerp_evalueren_geeft_hetzelfde_als_alles_tegelijk(int seed)
    {
        var random = new Random(seed);
        string[] soorten = ["toewijzing", "toewijzing-geaccepteerd", "contact-client", "start-zorg", "plan-overeengekomen", "evaluatie",
            "registratielijst-getekend", "tijdelijke-stop", "zorg-hervat", "einde-zorg", "klacht", "klacht-ontvangstbevestiging", "maandeinde"];
        var onderwerpen = Enumerable.Range(0, 8).Select(i => (Onderwerp?)new Onderwerp("toewijzing", $"T-{i}")).Append(null).ToList();
        var events = Enumerable.Range(0, 400).Select(i => new Gebeurtenis
        {
            Id = $"g{i:D4}",
            Soort = soorten[random.Next(soorten.Length)],
            Moment = new DateTime(2026, 1, 1).AddHours(random.Next(24 * 300)),
            Onderwerp = onderwerpen[random.Next(onderwerpen.Count)],
        }).ToList();
        var peil = new DateOnly(2026, 11, 1);
        var alles = Deventer.Evaluate(events, peil).ToDictionary(v => v.Id);
        var perOnderwerp = events.GroupBy(e => e.Onderwerp).SelectMany(g => Deventer.Evaluate(g, peil)).ToList();
        perOnderwerp.Should().HaveCount(alles.Count);
        foreach (var v in perOnderwerp)
        {
            var w = alles[v.Id];
            (v.Status, v.Deadline, v.Bewijs?.Id, v.Toelichting).Should().Be((w.Status, w.Deadline, w.Bewijs?.Id, w.Toelichting), v.Id);
        }
    }
}
