using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>The checks beyond the toewijzing: TR318 against the previous 323, and the Deventer contract's no-show cap
/// (DEV-Eis28-b), late lines (DEV-Art8.13), closed years (DEV-Art8.8a/b) and the penalty per line (DEV-Art8.8c).</summary>
public sealed class ContractChecksTests
{
    private const string Bsn = "999990019";
    private static readonly Contractcontroles Deventer = Contractcontroles.From(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly ContractTarief Tarief = new(62.40m, "klokuur", new DateOnly(2023, 1, 1), "DEV-Art7");

    private static DeclaratiePrestatie P(DateOnly? begin = null, string code = "PO-B", long volume = 155, string dc = "D", string eenheid = "01")
    {
        var b = begin ?? new DateOnly(2026, 10, 1);
        return new("R1", dc == "C" ? "R0" : null, "26000001", "02", code, b, b.AddMonths(1).AddDays(-1), volume, eenheid, 104, volume * 104, dc);
    }

    private static ToewijzingStand T(string code = "PO-B", IReadOnlyList<Voorziening>? voorzieningen = null, Contractcontroles? contract = null) =>
        new(Guid.NewGuid(), "26000001", Bsn, "02", code, new DateOnly(2025, 1, 1), null, null, "01", null, Contract: contract ?? Deventer, Voorzieningen: voorzieningen);

    private static Berichtcontext B(DateOnly? periode = null, DateOnly? vorige = null, DateOnly? ontvangen = null, params int[] gesloten) =>
        new(periode ?? new DateOnly(2026, 10, 1), vorige, ontvangen ?? new DateOnly(2026, 11, 10), gesloten.ToHashSet());

    private static IReadOnlyList<PrestatieCheck> Run(DeclaratiePrestatie p, ToewijzingStand t, Berichtcontext b) =>
        PrestatieChecks.Run(Bsn, p, t, [], _ => Tarief, null, b);

    private static PrestatieCheck Rule(IReadOnlyList<PrestatieCheck> checks, string regel) => checks.Single(c => c.Regel == regel);

    [Fact]
    public void The_Deventer_profile_gives_the_rules_with_their_clauses()
    {
        Deventer.UitersteIndiening!.Bron.Should().Be("DEV-Art8.13");
        Deventer.LaatsteCorrectie!.Bron.Should().Be("DEV-Art8.8b");
        Deventer.BoetePerRegel!.Bron.Should().Be("DEV-Art8.8c");
        Deventer.BoetePerRegel.Waarde.Should().Be(15.00m);
        Deventer.NoShowProduct!.Waarde.Should().Be("NS");
        Deventer.NoShowMinuten!.Waarde.Should().Be(60);
        Deventer.NoShowMinuten.Bron.Should().Be("DEV-Eis28-b");
        Deventer.CorrectieDeadline(2025).Should().Be(new DateOnly(2026, 2, 1));
        Deventer.UitersteDatum(new DateOnly(2026, 6, 30)).Should().Be(new DateOnly(2026, 9, 30));
        Contractcontroles.From(RepoProfiles.Profiel("oco")).UitersteIndiening!.Bron.Should().Be("OCO-6.1c");
    }

    [Fact]
    public void TR318_8214_the_DeclaratiePeriode_follows_the_previous_one()
    {
        Rule(Run(P(), T(), B(vorige: new DateOnly(2026, 9, 1))), "TR318").Outcome.Should().Be(CheckOutcome.Passed);
        Rule(Run(P(), T(), B(vorige: null)), "TR318").Outcome.Should().Be(CheckOutcome.Passed);
        // The same month again is a correction in the latest period (OP354): fine.
        Rule(Run(P(), T(), B(vorige: new DateOnly(2026, 10, 1))), "TR318").Outcome.Should().Be(CheckOutcome.Passed);
        // Back in time: rejected.
        var terug = Rule(Run(P(), T(), B(vorige: new DateOnly(2026, 11, 1))), "TR318");
        terug.Outcome.Should().Be(CheckOutcome.Rejected);
        terug.Retourcode.Should().Be("8214");
        // Months skipped (no care in August and September): a line for October is fine, a line for August was care then.
        Rule(Run(P(), T(), B(vorige: new DateOnly(2026, 7, 1))), "TR318").Outcome.Should().Be(CheckOutcome.Passed);
        var overgeslagen = Rule(Run(P(begin: new DateOnly(2026, 8, 1)), T(), B(vorige: new DateOnly(2026, 7, 1))), "TR318");
        overgeslagen.Outcome.Should().Be(CheckOutcome.Rejected);
        overgeslagen.Melding.Should().Contain("08-2026");
    }

    [Fact]
    public void DEV_Eis28_b_no_show_at_most_one_unit_per_voorziening_per_calendar_month()
    {
        var poB = new Voorziening("26000002", "PO-B", new DateOnly(2026, 1, 1), null);
        var oadB = new Voorziening("26000003", "OAD-B", new DateOnly(2026, 1, 1), null);
        Rule(Run(P(code: "NS", volume: 60), T("NS", [poB]), B()), "DEV-Eis28-b").Outcome.Should().Be(CheckOutcome.Passed);
        var teVeel = Rule(Run(P(code: "NS", volume: 61), T("NS", [poB]), B()), "DEV-Eis28-b");
        teVeel.Outcome.Should().Be(CheckOutcome.Rejected);
        teVeel.Retourcode.Should().Be("9321");
        // Two voorzieningen: two units.
        Rule(Run(P(code: "NS", volume: 120), T("NS", [poB, oadB]), B()), "DEV-Eis28-b").Outcome.Should().Be(CheckOutcome.Passed);
        // No PO/OAD voorziening that month (ended before): nothing to declare a no-show for.
        var zonder = Rule(Run(P(code: "NS", volume: 60), T("NS", [poB with { Einddatum = new DateOnly(2026, 9, 30) }]), B()), "DEV-Eis28-b");
        zonder.Outcome.Should().Be(CheckOutcome.Rejected);
        // Not a no-show line: no such check.
        Run(P(), T(), B()).Should().NotContain(c => c.Regel == "DEV-Eis28-b");
    }

    [Fact]
    public void DEV_Art8_13_a_line_more_than_3_months_after_its_period_goes_to_the_beoordelaar()
    {
        // June 2026: in time until 30 September 2026 (end of the month + 3 months, inclusive).
        var juni = P(begin: new DateOnly(2026, 6, 1));
        Rule(Run(juni, T(), B(ontvangen: new DateOnly(2026, 9, 30))), "DEV-Art8.13").Outcome.Should().Be(CheckOutcome.Passed);
        var laat = Rule(Run(juni, T(), B(ontvangen: new DateOnly(2026, 10, 1))), "DEV-Art8.13");
        laat.Outcome.Should().Be(CheckOutcome.ManualReview, "AMB-16: the gemeente may refuse, a person decides");
        laat.Melding.Should().Contain("30-09-2026").And.Contain("DEV-Art8.13");
        // A contract without the rule has no such check.
        Run(juni, T(contract: Contractcontroles.Geen), B(ontvangen: new DateOnly(2026, 10, 1))).Should().NotContain(c => c.Regel == "DEV-Art8.13");
    }

    [Fact]
    public void DEV_Art8_8b_a_line_for_a_closed_year_after_1_February_is_rejected()
    {
        var dec2025 = P(begin: new DateOnly(2025, 12, 1), dc: "C");
        // Within the window a correction comes "met motivering" (DEV-Art8.8b): without one the beoordelaar asks for it.
        var inVenster = Rule(Run(dec2025, T(), B(periode: new DateOnly(2026, 1, 1), ontvangen: new DateOnly(2026, 2, 1), gesloten: 2025)), "DEV-Art8.8b");
        inVenster.Outcome.Should().Be(CheckOutcome.ManualReview);
        inVenster.Melding.Should().Contain("motivering").And.Contain("01-02-2026");
        var gemotiveerd = Rule(Run(dec2025, T(), B(periode: new DateOnly(2026, 1, 1), ontvangen: new DateOnly(2026, 2, 1), gesloten: 2025)
            with { Motivering = "Zorg in december te laat geregistreerd door ziekte van de planner." }), "DEV-Art8.8b");
        gemotiveerd.Outcome.Should().Be(CheckOutcome.Passed);
        gemotiveerd.Melding.Should().Contain("Motivering: Zorg in december");
        var na = Rule(Run(dec2025, T(), B(periode: new DateOnly(2026, 1, 1), ontvangen: new DateOnly(2026, 2, 2), gesloten: 2025)), "DEV-Art8.8b");
        na.Outcome.Should().Be(CheckOutcome.Rejected);
        na.Retourcode.Should().Be(ContractChecks.NietBeoordeeld);
        na.Melding.Should().Contain("afgesloten").And.Contain("01-02-2026").And.Contain("DEV-Art8.8b");
        // Not closed: no block.
        Run(dec2025, T(), B(periode: new DateOnly(2026, 1, 1), ontvangen: new DateOnly(2026, 3, 2))).Should().NotContain(c => c.Regel == "DEV-Art8.8b");
    }

    [Fact]
    public void DEV_Art8_8b_tenzij_a_recorded_correctietoestemming_accepts_the_line_after_1_February()
    {
        var dec2025 = P(begin: new DateOnly(2025, 12, 1));
        var context = B(periode: new DateOnly(2026, 10, 1), ontvangen: new DateOnly(2026, 11, 10), gesloten: 2025);
        Rule(Run(dec2025, T(), context), "DEV-Art8.8b").Outcome.Should().Be(CheckOutcome.Rejected);
        var toegestaan = Rule(Run(dec2025, T(), context with { ToegestaneJaren = new HashSet<int> { 2025 } }), "DEV-Art8.8b");
        toegestaan.Outcome.Should().Be(CheckOutcome.Passed);
        toegestaan.Melding.Should().Contain("toegestaan").And.Contain("tenzij");
        // Another year's permission does not count.
        Rule(Run(dec2025, T(), context with { ToegestaneJaren = new HashSet<int> { 2024 } }), "DEV-Art8.8b").Outcome.Should().Be(CheckOutcome.Rejected);
        // What counts as a correction (MR-25): a credit, a replacing line, or a line for a month before the DeclaratiePeriode.
        ContractChecks.IsCorrectie(dec2025, context).Should().BeTrue();
        ContractChecks.IsCorrectie(P(), B()).Should().BeFalse();
        ContractChecks.IsCorrectie(P(dc: "C"), B()).Should().BeTrue();
    }

    [Fact]
    public void DEV_Art8_8b_tenzij_the_decision_needs_a_contract_with_windows_a_past_year_and_a_reason()
    {
        var vandaag = new DateOnly(2026, 11, 10);
        var (besluit, fouten) = Declaratiebesluit.Correctietoestemming(Guid.NewGuid(), Guid.NewGuid(), 2025, Deventer.LaatsteCorrectie, "Deventer",
            "Herziene beschikkingen 2025 pas in oktober 2026 ontvangen.", false, vandaag, "b@x", DateTimeOffset.UnixEpoch);
        fouten.Should().BeEmpty();
        (besluit!.Soort, besluit.Jaar, besluit.Bron, besluit.Bedrag, besluit.IsOpenBedrag).Should().Be((BesluitSoort.Correctietoestemming, 2025, "DEV-Art8.8b", 0L, false));
        Declaratiebesluit.Correctietoestemming(Guid.NewGuid(), Guid.NewGuid(), 2025, null, "Gooi en Vechtstreek", "Een reden die lang genoeg is.", false, vandaag, "b@x", default)
            .Fouten.Should().ContainSingle(f => f.Field == "AanbiederId" && f.Message.Contains("Gooi en Vechtstreek"));
        Declaratiebesluit.Correctietoestemming(Guid.NewGuid(), Guid.NewGuid(), 2026, Deventer.LaatsteCorrectie, "Deventer", "Een reden die lang genoeg is.", false, vandaag, "b@x", default)
            .Fouten.Should().ContainSingle(f => f.Field == "Jaar");
        Declaratiebesluit.Correctietoestemming(Guid.NewGuid(), Guid.NewGuid(), 2025, Deventer.LaatsteCorrectie, "Deventer", "Een reden die lang genoeg is.", true, vandaag, "b@x", default)
            .Fouten.Should().ContainSingle(f => f.Field == "Jaar" && f.Message.Contains("al toegestaan"));
        Declaratiebesluit.Correctietoestemming(Guid.NewGuid(), Guid.NewGuid(), 2025, Deventer.LaatsteCorrectie, "Deventer", "kort", false, vandaag, "b@x", default)
            .Fouten.Should().ContainSingle(f => f.Field == "Reden");
    }

    [Fact]
    public void DEV_Art8_8c_the_penalty_is_15_euro_per_line_only_with_a_recorded_reason()
    {
        var d = new OntvangenDeclaratie { GemeenteId = Guid.NewGuid(), AanbiederId = Guid.NewGuid(), DeclaratieNummer = "D1", Regels = 7 };
        var (besluit, fouten) = Declaratiebesluit.Boete(d, Deventer.BoetePerRegel, "Derde te late herdeclaratie dit jaar, eigen administratie.", false, "b@x", DateTimeOffset.UnixEpoch);
        fouten.Should().BeEmpty();
        besluit!.Bedrag.Should().Be(7 * 1500);
        besluit.Bron.Should().Be("DEV-Art8.8c");
        besluit.IsOpenBedrag.Should().BeTrue();
        Declaratiebesluit.Boete(d, Deventer.BoetePerRegel, "", false, "b@x", DateTimeOffset.UnixEpoch).Fouten.Should().ContainSingle(f => f.Field == "Reden");
        Declaratiebesluit.Boete(d, null, "Herhaald en toerekenbaar te laat.", false, "b@x", DateTimeOffset.UnixEpoch).Fouten.Should().Contain(f => f.Message.Contains("DEV-Art8.8c"));
        Declaratiebesluit.Boete(d, Deventer.BoetePerRegel, "Herhaald en toerekenbaar te laat.", true, "b@x", DateTimeOffset.UnixEpoch).Fouten.Should().Contain(f => f.Message.Contains("al een boete"));
    }
}
