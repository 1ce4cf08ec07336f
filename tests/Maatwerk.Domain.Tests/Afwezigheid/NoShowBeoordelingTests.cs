using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Tests.Afwezigheid;

/// <summary>The no-show rules of the contracts, each positive and negative with its clause; the numbers come from the
/// repository's contract profiles. Times are Europe/Amsterdam.</summary>
public sealed class NoShowBeoordelingTests
{
    private static readonly TimeZoneInfo Ams = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static DateOnly Dag(DateTimeOffset m) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(m, Ams).DateTime);
    private static DateTimeOffset Op(string lokaal)
    {
        var t = DateTime.Parse(lokaal, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(t, Ams.GetUtcOffset(t));
    }

    private static NoShowRegels Voorne => NoShowRegels.From(RepoProfiles.Profiel("voorne-aan-zee-ib"));
    private static NoShowRegels Deventer => NoShowRegels.From(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly Guid T1 = Guid.NewGuid(), T2 = Guid.NewGuid();

    private static Afmelding A(string gepland, string? afgemeld, Afmeldreden reden = Afmeldreden.Anders, string product = "IB-BASIS",
        AfgemeldDoor door = AfgemeldDoor.Client, Guid? toewijzing = null) => new()
    {
        GeplandOp = Op(gepland), AfgemeldOp = afgemeld is null ? null : Op(afgemeld), Reden = afgemeld is null ? Afmeldreden.NietVerschenen : reden,
        Productcode = product, Door = door, ToewijzingId = toewijzing ?? T1,
    };

    private static (bool NoShow, string Uitleg, string? Bron) Classify(Afmelding a, NoShowRegels r) => NoShowBeoordeling.Classify(a, r, Dag);

    // --- IB-21a / IB-21b (Voorne aan Zee) ---

    [Fact]
    public void IB_21a_a_cancellation_less_than_24_hours_ahead_is_a_no_show()
    {
        var (noShow, uitleg, bron) = Classify(A("2026-11-10 10:00", "2026-11-09 10:01"), Voorne);
        noShow.Should().BeTrue();
        bron.Should().Be("IB-21a");
        uitleg.Should().Contain("minder dan 24 uur");
    }

    [Fact]
    public void IB_21a_a_cancellation_exactly_24_hours_ahead_is_in_time() =>
        Classify(A("2026-11-10 10:00", "2026-11-09 10:00"), Voorne).NoShow.Should().BeFalse();

    [Fact]
    public void IB_21a_24_elapsed_hours_across_the_change_to_winter_time()
    {
        // Clocks go back on 25 October 2026 at 03:00: from 24 October 10:00 to 25 October 09:00 is 23 hours on the wall
        // but 24 elapsed hours.
        Classify(A("2026-10-25 09:00", "2026-10-24 10:00"), Voorne).NoShow.Should().BeFalse();
        Classify(A("2026-10-25 09:00", "2026-10-24 10:01"), Voorne).NoShow.Should().BeTrue();
    }

    [Fact]
    public void IB_21a_not_showing_up_without_cancelling_is_a_no_show() =>
        Classify(A("2026-11-10 10:00", null), Voorne).Uitleg.Should().Contain("niet afgemeld");

    [Theory]
    [InlineData(Afmeldreden.Ziekte)]
    [InlineData(Afmeldreden.Opname)]
    public void IB_21b_sudden_illness_or_unplanned_admission_is_no_no_show(Afmeldreden reden)
    {
        var (noShow, _, bron) = Classify(A("2026-11-10 10:00", "2026-11-10 09:00", reden), Voorne);
        noShow.Should().BeFalse();
        bron.Should().Be("IB-21b");
    }

    [Fact]
    public void IB_21b_another_reason_is_no_exemption() =>
        Classify(A("2026-11-10 10:00", "2026-11-10 09:00", Afmeldreden.Anders), Voorne).NoShow.Should().BeTrue();

    [Fact]
    public void A_cancellation_by_the_aanbieder_is_never_a_no_show_of_the_client() =>
        Classify(A("2026-11-10 10:00", "2026-11-10 09:00", door: AfgemeldDoor.Aanbieder), Voorne).NoShow.Should().BeFalse();

    [Theory]
    [InlineData("gooi-vechtstreek-bsd")]
    [InlineData("oco")]
    public void Contracts_without_no_show_rules_have_no_no_show(string profiel)
    {
        var regels = NoShowRegels.From(RepoProfiles.Profiel(profiel));
        regels.HasNoShow.Should().BeFalse();
        Classify(A("2026-11-10 10:00", null), regels).NoShow.Should().BeFalse();
    }

    // --- DEV-B2-NoShow (Deventer) ---

    [Theory]
    [InlineData("PO-B", true)]
    [InlineData("OAD-L", true)]
    [InlineData("SH", false)]
    [InlineData("RO", false)]
    public void DEV_B2_NoShow_only_PO_and_OAD_can_be_a_no_show(string product, bool noShow)
    {
        var (isNoShow, _, bron) = Classify(A("2026-11-10 10:00", "2026-11-10 08:00", product: product), Deventer);
        isNoShow.Should().Be(noShow);
        bron.Should().Be("DEV-B2-NoShow");
    }

    [Fact]
    public void DEV_B2_NoShow_cancelled_24_hours_or_more_ahead_is_no_no_show()
    {
        Classify(A("2026-11-10 10:00", "2026-11-09 10:00", product: "PO-B"), Deventer).NoShow.Should().BeFalse();
        Classify(A("2026-11-10 10:00", "2026-11-09 10:30", product: "PO-B"), Deventer).NoShow.Should().BeTrue();
    }

    [Fact]
    public void DEV_B2_NoShow_illness_reported_that_day_is_no_no_show()
    {
        Classify(A("2026-11-10 10:00", "2026-11-10 08:00", Afmeldreden.Ziekte, "PO-B"), Deventer).NoShow.Should().BeFalse();
        Classify(A("2026-11-10 10:00", "2026-11-09 20:00", Afmeldreden.Ziekte, "PO-B"), Deventer).NoShow.Should().BeFalse("uiterlijk op de dag zelf gemeld");
    }

    [Fact]
    public void DEV_B2_NoShow_illness_reported_after_the_day_and_an_admission_are_no_exemption()
    {
        Classify(A("2026-11-10 10:00", "2026-11-11 09:00", Afmeldreden.Ziekte, "PO-B"), Deventer).NoShow.Should().BeTrue();
        Classify(A("2026-11-10 10:00", "2026-11-10 08:00", Afmeldreden.Opname, "PO-B"), Deventer).NoShow.Should().BeTrue();
    }

    // --- IB-22b / IB-23: rolling windows (IB-A7) ---

    private static IReadOnlyList<AfmeldingOutcome> Evaluate(NoShowRegels r, params Afmelding[] a) => NoShowBeoordeling.Evaluate(a, r, Dag);

    private static bool Reached(AfmeldingOutcome o, string gebeurtenis) => o.Gebeurtenissen.Contains(gebeurtenis);

    [Fact]
    public void IB_22b_two_no_shows_within_28_days_across_a_month_end_call_for_a_warning()
    {
        var result = Evaluate(Voorne, A("2026-10-20 10:00", null), A("2026-11-16 10:00", null));
        Reached(result[0], AfwezigheidGebeurtenis.DrempelWaarschuwing).Should().BeFalse();
        Reached(result[1], AfwezigheidGebeurtenis.DrempelWaarschuwing).Should().BeTrue("20 oktober t/m 16 november is 28 dagen");
        result[1].Tellingen.Should().Contain(t => t.Drempel.Aantal == 2 && t.Drempel.VensterDagen == 28 && t.Aantal == 2 && t.Drempel.Bron == "IB-22b");
    }

    [Fact]
    public void IB_22b_two_no_shows_29_days_apart_call_for_no_warning() =>
        Evaluate(Voorne, A("2026-10-20 10:00", null), A("2026-11-17 10:00", null))
            .Should().NotContain(o => Reached(o, AfwezigheidGebeurtenis.DrempelWaarschuwing));

    [Fact]
    public void IB_22b_and_IB_23_three_no_shows_within_42_days_call_for_a_warning_and_informing_the_gemeente()
    {
        // 1 October, 30 October, 11 November: never 2 within 28 days, but 3 within 42 (1 Oct t/m 11 Nov = 42 days).
        var result = Evaluate(Voorne, A("2026-10-01 10:00", null), A("2026-10-30 10:00", null), A("2026-11-11 10:00", null));
        result.Take(2).Should().NotContain(o => o.Gebeurtenissen.Count() > 1);
        Reached(result[2], AfwezigheidGebeurtenis.DrempelWaarschuwing).Should().BeTrue("3 in 42 dagen (IB-22b)");
        Reached(result[2], AfwezigheidGebeurtenis.DrempelGemeente).Should().BeTrue("3 in 42 dagen (IB-23)");
    }

    [Fact]
    public void IB_23_three_no_shows_spread_over_43_days_do_not_inform_the_gemeente()
    {
        var result = Evaluate(Voorne, A("2026-09-30 10:00", null), A("2026-10-30 10:00", null), A("2026-11-11 10:00", null));
        result.Should().NotContain(o => Reached(o, AfwezigheidGebeurtenis.DrempelGemeente));
    }

    [Fact]
    public void IB_23_two_no_shows_do_not_inform_the_gemeente()
    {
        var result = Evaluate(Voorne, A("2026-11-02 10:00", null), A("2026-11-03 10:00", null));
        Reached(result[1], AfwezigheidGebeurtenis.DrempelWaarschuwing).Should().BeTrue();
        Reached(result[1], AfwezigheidGebeurtenis.DrempelGemeente).Should().BeFalse();
    }

    [Fact]
    public void IB_21b_exempted_cancellations_do_not_count_in_the_windows()
    {
        var result = Evaluate(Voorne, A("2026-11-02 10:00", "2026-11-02 08:00", Afmeldreden.Ziekte), A("2026-11-03 10:00", null));
        result[0].IsNoShow.Should().BeFalse();
        Reached(result[1], AfwezigheidGebeurtenis.DrempelWaarschuwing).Should().BeFalse();
    }

    [Fact]
    public void Deventer_has_no_thresholds() =>
        Evaluate(Deventer, A("2026-11-02 10:00", null, product: "PO-B"), A("2026-11-03 10:00", null, product: "PO-B"), A("2026-11-04 10:00", null, product: "PO-B"))
            .SelectMany(o => o.Gebeurtenissen).Distinct().Should().Equal(AfwezigheidGebeurtenis.NoShow);

    // --- DEV-Eis28-b / DEV-Art8.4: one unit per provision per calendar month (AMB-12, AMB-13) ---

    [Fact]
    public void DEV_Eis28_b_at_most_one_no_show_unit_per_toewijzing_per_calendar_month()
    {
        var result = Evaluate(Deventer, A("2026-11-02 10:00", null, product: "PO-B"), A("2026-11-20 10:00", null, product: "PO-B"));
        result[0].Declarabel.Should().BeTrue();
        result[0].DeclarabelUitleg.Should().Contain("60 minuten").And.Contain("DEV-Eis28-b");
        result[1].Declarabel.Should().BeFalse();
        result[1].DeclarabelUitleg.Should().Contain("hoogstens 1");
    }

    [Fact]
    public void DEV_Eis28_b_the_calendar_month_not_28_days_counts_across_a_month_end()
    {
        var result = Evaluate(Deventer, A("2026-10-31 10:00", null, product: "PO-B"), A("2026-11-01 10:00", null, product: "PO-B"));
        result.Should().OnlyContain(o => o.Declarabel == true);
    }

    [Fact]
    public void DEV_Eis28_b_counts_per_toewijzing()
    {
        var result = Evaluate(Deventer, A("2026-11-02 10:00", null, product: "PO-B", toewijzing: T1), A("2026-11-03 10:00", null, product: "OAD-B", toewijzing: T2));
        result.Should().OnlyContain(o => o.Declarabel == true);
    }

    [Fact]
    public void Voorne_has_no_no_show_declaration() =>
        Evaluate(Voorne, A("2026-11-02 10:00", null)).Single().Declarabel.Should().BeNull();

    // --- obligations through the engine ---

    private static Gebeurtenis E(string soort, string lokaal, Guid afmelding, string? id = null) => new()
    {
        Id = id ?? $"{soort}:{afmelding}", Soort = soort, Moment = DateTime.Parse(lokaal, System.Globalization.CultureInfo.InvariantCulture),
        Onderwerp = new Onderwerp(AfwezigheidGebeurtenis.Onderwerp, afmelding.ToString()),
    };

    [Fact]
    public void DEV_Eis28_a_a_no_show_is_reported_to_Toegang_within_24_office_hours_and_the_report_meets_it()
    {
        var engine = new VerplichtingenEngine(RepoProfiles.Profiel("deventer-wmo-2023"));
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        var open = engine.Evaluate([E("no-show", "2026-11-06 10:00", a), E("no-show", "2026-11-06 11:00", b), E("no-show-gemeld", "2026-11-06 15:00", a)],
            new DateOnly(2026, 11, 10));
        var va = open.Single(v => v.Onderwerp!.Id == a.ToString());
        va.Bron.Should().Be("DEV-Eis28-a");
        va.Status.Should().Be(VerplichtingStatus.Voldaan);
        var vb = open.Single(v => v.Onderwerp!.Id == b.ToString());
        vb.Status.Should().Be(VerplichtingStatus.TeLaat, "the report about another no-show does not count; Friday 11:00 + 24 office hours is Tuesday");
        vb.Deadline.Datum.Should().BeAfter(new DateOnly(2026, 11, 6));
    }

    [Fact]
    public void IB_22b_and_IB_23_thresholds_become_obligations_met_by_the_letter_and_the_report()
    {
        var engine = new VerplichtingenEngine(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        var a = Guid.NewGuid();
        var result = engine.Evaluate([E("no-show", "2026-11-09 10:00", a), E("no-show-drempel-waarschuwing", "2026-11-09 10:00", a),
            E("no-show-drempel-gemeente", "2026-11-09 10:00", a), E("no-show-waarschuwing-verzonden", "2026-11-10 09:00", a)], new DateOnly(2026, 11, 10));
        result.Single(v => v.RegelId == "IB-22b-brief").Status.Should().Be(VerplichtingStatus.Voldaan);
        var melding = result.Single(v => v.RegelId == "IB-23-melding");
        melding.Bron.Should().Be("IB-23");
        melding.Status.Should().Be(VerplichtingStatus.Open);
    }

    // --- the profile parameters are checked ---

    [Fact]
    public void The_repository_profiles_have_usable_no_show_parameters()
    {
        foreach (var id in new[] { "voorne-aan-zee-ib", "deventer-wmo-2023", "gooi-vechtstreek-bsd", "oco" })
            NoShowRegels.Validate(RepoProfiles.Profiel(id)).Should().BeEmpty(id);
        Voorne.UrenVooraf!.Waarde.Should().Be(24);
        Voorne.Drempels.Should().BeEquivalentTo([new Drempel(2, 28, "waarschuwing", "IB-22b"), new Drempel(3, 42, "waarschuwing", "IB-22b"), new Drempel(3, 42, "gemeente-informeren", "IB-23")]);
        Deventer.MaxEenhedenPerMaand!.Bron.Should().Be("DEV-Eis28-b");
        Deventer.NoShowProduct.Should().Be(new Regelwaarde<string>("NS", "DEV-Eis28-b"), "DEV-Art8.4: declared on the toewijzing of the product 'No Show'");
        RepoProfiles.Profiel("deventer-wmo-2023").FindProduct("NS")!.IWmoEenheid.Should().Be("01");
    }

    [Fact]
    public void An_unusable_no_show_parameter_is_reported_with_profile_rule_and_parameter()
    {
        var profiel = RepoProfiles.Profiel("voorne-aan-zee-ib");
        var kapot = profiel with
        {
            Regels = [.. profiel.Regels, new Regel
            {
                Id = "X-1", Bron = "X-1", Type = RegelType.Controle, Soort = "noshow", Omschrijving = "x",
                Parameters = new Dictionary<string, string> { ["afmeldenUrenVooraf"] = "een dag", ["uitzonderingen"] = "vakantie", ["gevolg"] = "boete", ["noShowProduct"] = "NOSHOW" },
            }],
        };
        var fouten = NoShowRegels.Validate(kapot).Select(f => f.Melding).ToList();
        fouten.Should().Contain(f => f.Contains("'afmeldenUrenVooraf'") && f.Contains("een dag"));
        fouten.Should().Contain(f => f.Contains("vakantie"));
        fouten.Should().Contain(f => f.Contains("boete"));
        fouten.Should().Contain(f => f.Contains("'noShowProduct'") && f.Contains("NOSHOW"));
    }
}
