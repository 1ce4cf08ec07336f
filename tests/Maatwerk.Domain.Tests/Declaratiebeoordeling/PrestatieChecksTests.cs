using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>The gemeente's checks of a received Prestatie: every rule with its retour code, positive and negative.</summary>
public sealed class PrestatieChecksTests
{
    private const string Bsn = "999990019";
    private static readonly ContractTarief PoB = new(62.40m, "klokuur", new DateOnly(2023, 1, 1), "DEV-Art7");

    private static ToewijzingStand T(DateOnly? ingang = null, DateOnly? einde = null, int? volume = 600, string? eenheid = "01", string? frequentie = "4",
        string? reden = null, DateOnly? wlz = null, long? budget = null) =>
        new(Guid.NewGuid(), "26000001", Bsn, "02", "PO-B", ingang ?? new DateOnly(2026, 1, 1), einde, volume, eenheid, frequentie, reden, wlz, budget);

    /// <summary>October 2026, 155 minutes of PO-B at 62,40 per hour: tariff 104 cents per minute, amount 16120.</summary>
    private static DeclaratiePrestatie P(string referentie = "R1", string? vorig = null, string nummer = "26000001", string categorie = "02", string code = "PO-B",
        DateOnly? begin = null, DateOnly? einde = null, long volume = 155, string eenheid = "01", long? tarief = 104, long? bedrag = null, string dc = "D") =>
        new(referentie, vorig, nummer, categorie, code, begin ?? new DateOnly(2026, 10, 1), einde ?? new DateOnly(2026, 10, 31), volume, eenheid, tarief,
            bedrag ?? volume * (tarief ?? 0), dc);

    private static EerderePrestatie E(DeclaratiePrestatie p, Beoordeling b = Beoordeling.Goedgekeurd) =>
        new(p.ReferentieNummer, p.VorigReferentieNummer, p.ToewijzingNummer, p.ProductCategorie, p.ProductCode, p.Begindatum, p.Einddatum, p.GeleverdVolume, p.Eenheid, p.Bedrag, p.DebetCredit == "C", b);

    private static IReadOnlyList<PrestatieCheck> Run(DeclaratiePrestatie p, ToewijzingStand? t = null, IReadOnlyList<EerderePrestatie>? eerder = null,
        string bsn = Bsn, ContractTarief? tarief = null, bool? productcodeBekend = null, bool geenToewijzing = false) =>
        PrestatieChecks.Run(bsn, p, geenToewijzing ? null : t ?? T(), eerder ?? [], _ => tarief ?? PoB, productcodeBekend);

    private static PrestatieCheck Rule(IReadOnlyList<PrestatieCheck> checks, string regel) => checks.Single(c => c.Regel == regel);

    private static void Passes(IReadOnlyList<PrestatieCheck> checks, string regel) =>
        Rule(checks, regel).Outcome.Should().Be(CheckOutcome.Passed, Rule(checks, regel).Melding);

    private static PrestatieCheck Rejects(IReadOnlyList<PrestatieCheck> checks, string regel, string code)
    {
        var c = Rule(checks, regel);
        c.Outcome.Should().Be(CheckOutcome.Rejected);
        c.Retourcode.Should().Be(code);
        return c;
    }

    [Fact]
    public void A_correct_line_passes_every_check()
    {
        var checks = Run(P());
        checks.Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed, string.Join("; ", checks.Select(c => c.Melding)));
        checks.Select(c => c.Regel).Should().Contain(["TR314", "TR338", "TR384", "TR304", "TR339", "TR340", "TR341", "TR307", "TR308", "TR387", "TR388",
            "TR321", "TR322", "TR369", "TR418", "TR346", "TR389"]);
    }

    [Fact]
    public void TR338_9338_an_unknown_toewijzing_is_rejected() =>
        Rejects(Run(P(), geenToewijzing: true), "TR338", "9338").Melding.Should().Contain("26000001");

    [Fact]
    public void TR384_9384_a_toewijzing_deleted_with_reden_13_is_rejected()
    {
        Rejects(Run(P(), T(reden: "13")), "TR384", "9384");
        Passes(Run(P(), T(reden: "04")), "TR384");
    }

    [Fact]
    public void TR304_8187_the_BSN_must_be_that_of_the_toewijzing()
    {
        Rejects(Run(P(), bsn: "999990020"), "TR304", "8187");
        Passes(Run(P()), "TR304");
    }

    [Fact]
    public void TR339_TR340_TR341_TR381_category_code_and_unit_as_allocated()
    {
        Rejects(Run(P(categorie: "07")), "TR339", "9339");
        Rejects(Run(P(code: "PO-L")), "TR340", "9340");
        Rejects(Run(P(eenheid: "14")), "TR341", "9341");
        // Hours allocated may be declared in minutes.
        Passes(Run(P(), T(eenheid: "04", volume: 10)), "TR341");
        Rejects(Run(P(), productcodeBekend: false), "TR381", "S329");
        Passes(Run(P(), productcodeBekend: true), "TR381");
    }

    [Fact]
    public void TR307_TR308_the_line_lies_within_the_toewijzing()
    {
        Rejects(Run(P(), T(ingang: new DateOnly(2026, 11, 1))), "TR307", "9307");
        Rejects(Run(P(), T(einde: new DateOnly(2026, 10, 20))), "TR308", "9308");
        Passes(Run(P(einde: new DateOnly(2026, 10, 20)), T(einde: new DateOnly(2026, 10, 20))), "TR308");
    }

    [Fact]
    public void TR387_TR388_the_period_runs_from_the_first_to_the_last_unless_the_toewijzing_starts_or_ends_inside_it()
    {
        Rejects(Run(P(begin: new DateOnly(2026, 10, 2))), "TR387", "9387");
        Passes(Run(P(begin: new DateOnly(2026, 10, 12)), T(ingang: new DateOnly(2026, 10, 12))), "TR387");
        Rejects(Run(P(einde: new DateOnly(2026, 10, 30))), "TR388", "9388");
        Passes(Run(P(einde: new DateOnly(2026, 10, 20)), T(einde: new DateOnly(2026, 10, 20))), "TR388");
    }

    [Fact]
    public void TR321_the_volume_per_period_fits_the_allocation_per_week_by_calendar_weeks_IV077()
    {
        // 120 minutes per week; October 2026 touches 5 calendar weeks (Thu 1 Oct … Sat 31 Oct): 600.
        PrestatieChecks.Weken(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)).Should().Be(5);
        Passes(Run(P(volume: 600), T(volume: 120, frequentie: "2")), "TR321");
        Rejects(Run(P(volume: 601), T(volume: 120, frequentie: "2")), "TR321", "9321");
        Rejects(Run(P(volume: 601), T(volume: 600, frequentie: "4")), "TR321", "9321");
        Passes(Run(P(volume: 600), T(volume: 10, eenheid: "04", frequentie: "4")), "TR321");
    }

    [Fact]
    public void TR322_all_lines_together_fit_the_total()
    {
        var september = P(referentie: "R0", begin: new DateOnly(2026, 9, 1), einde: new DateOnly(2026, 9, 30), volume: 500);
        var totaal = T(volume: 600, frequentie: "6");
        Rejects(Run(P(volume: 155), totaal, [E(september)]), "TR322", "9322");
        Passes(Run(P(volume: 100), totaal, [E(september)]), "TR322");
        // A rejected earlier line does not count.
        Passes(Run(P(volume: 155), totaal, [E(september, Beoordeling.Afgewezen)]), "TR322");
    }

    [Fact]
    public void TR369_the_amounts_fit_the_budget()
    {
        Rejects(Run(P(), T(budget: 16000)), "TR369", "9369");
        Passes(Run(P(), T(budget: 16120)), "TR369");
    }

    [Fact]
    public void TR418_0611_the_tariff_is_the_contract_tariff_in_force_on_the_line_date()
    {
        var fout = Rejects(Run(P(tarief: 107)), "TR418", "0611");
        fout.Melding.Should().Contain("62,40").And.Contain("€ 1,04").And.Contain("€ 1,07");
        Passes(Run(P(tarief: 104)), "TR418");
        // Per hour: the hour tariff itself.
        Passes(Run(P(volume: 3, eenheid: "04", tarief: 6240), T(eenheid: "04", volume: 10)), "TR418");
        // No tariff in force on the date.
        PrestatieChecks.Run(Bsn, P(), T(), [], _ => null).Single(c => c.Regel == "TR418").Outcome.Should().Be(CheckOutcome.Rejected);
    }

    [Fact]
    public void TR346_9346_the_amount_is_volume_times_tariff_or_the_exact_hour_tariff_per_minute_IV081()
    {
        Rejects(Run(P(bedrag: 16000)), "TR346", "9346");
        Passes(Run(P(bedrag: 155 * 104)), "TR346");
        // 62,50 per hour: 104 cents per minute (rounded); 7 minutes are 7 × 104 = 728 or exactly 6250 × 7 / 60 = 729 (IV081): both pass.
        var uur = new ContractTarief(62.50m, "klokuur", new DateOnly(2023, 1, 1), null);
        Passes(PrestatieChecks.Run(Bsn, P(volume: 7, tarief: 104, bedrag: 729), T(), [], _ => uur), "TR346");
        Passes(PrestatieChecks.Run(Bsn, P(volume: 7, tarief: 104, bedrag: 728), T(), [], _ => uur), "TR346");
        Rejects(PrestatieChecks.Run(Bsn, P(volume: 7, tarief: 104, bedrag: 730), T(), [], _ => uur), "TR346", "9346");
    }

    [Fact]
    public void TR314_8021_a_reference_is_used_once_across_messages()
    {
        var eerder = P(referentie: "R1", begin: new DateOnly(2026, 9, 1), einde: new DateOnly(2026, 9, 30));
        Rejects(Run(P(referentie: "R1"), eerder: [E(eerder)]), "TR314", "8021");
        Passes(Run(P(referentie: "R2"), eerder: [E(eerder)]), "TR314");
    }

    [Fact]
    public void TR389_TR416_one_debit_per_line_key_unless_credited()
    {
        var debet = P(referentie: "R1");
        Rejects(Run(P(referentie: "R2"), eerder: [E(debet)]), "TR389", "9389");
        // Credited: a new debit is allowed.
        var credit = P(referentie: "R3", vorig: "R1", dc: "C");
        Passes(Run(P(referentie: "R2"), eerder: [E(debet), E(credit)]), "TR389");
        // The first debit was rejected: resubmitting is allowed.
        Passes(Run(P(referentie: "R2"), eerder: [E(debet, Beoordeling.Afgewezen)]), "TR389");
    }

    [Fact]
    public void TR389_after_a_credited_first_debit_the_next_uncredited_debit_with_the_same_key_is_the_one_named()
    {
        // Issue 12 (ontvangst5): the first debit per key and the further ones are kept apart.
        var checks = Run(P(referentie: "R4"), eerder: [E(P(referentie: "R1")), E(P(referentie: "R3", vorig: "R1", dc: "C")), E(P(referentie: "R2"))]);
        Rejects(checks, "TR389", "9389");
        checks.Single(c => c.Regel == "TR389").Melding.Should().Contain("(R2)");
        Passes(Run(P(referentie: "R6"), eerder: [E(P(referentie: "R1")), E(P(referentie: "R3", vorig: "R1", dc: "C")), E(P(referentie: "R2")),
            E(P(referentie: "R5", vorig: "R2", dc: "C"))]), "TR389");
    }

    [Fact]
    public void TR323_8017_a_credit_needs_an_approved_debit()
    {
        var debet = P(referentie: "R1");
        var credit = P(referentie: "R2", vorig: "R1", dc: "C");
        Passes(Run(credit, eerder: [E(debet)]), "TR323");
        Rejects(Run(credit, eerder: [E(debet, Beoordeling.Afgewezen)]), "TR323", "8017");
        Rejects(Run(credit), "TR323", "8017");
    }

    [Fact]
    public void TR390_9390_a_line_is_credited_once()
    {
        var debet = P(referentie: "R1");
        var credit = P(referentie: "R2", vorig: "R1", dc: "C");
        Passes(Run(credit, eerder: [E(debet)]), "TR390");
        Rejects(Run(P(referentie: "R3", vorig: "R1", dc: "C"), eerder: [E(debet), E(credit)]), "TR390", "9390");
    }

    [Fact]
    public void OP364_a_toewijzing_without_start_or_stop_message_is_never_a_reason_to_reject()
    {
        // The checks know nothing of 305/307: a toewijzing whose care was never reported started passes.
        Run(P()).Should().OnlyContain(c => c.Outcome == CheckOutcome.Passed);
    }

    [Fact]
    public void IB_A10_A11_OP186_OP362_lines_after_a_retroactive_stop_or_a_Wlz_indication_go_to_manual_review_never_rejected()
    {
        var naStop = Run(P(), T(einde: new DateOnly(2026, 10, 15), reden: "06"));
        naStop.Should().NotContain(c => c.Outcome == CheckOutcome.Rejected);
        naStop.Should().Contain(c => c.Regel == "IB-A10/A11" && c.Outcome == CheckOutcome.ManualReview);
        Rule(naStop, "TR308").Outcome.Should().Be(CheckOutcome.ManualReview);

        var wlz = Run(P(), T(wlz: new DateOnly(2026, 10, 20)));
        wlz.Should().Contain(c => c.Regel == "IB-A10/A11" && c.Outcome == CheckOutcome.ManualReview && c.Melding.Contains("Wlz"));
        wlz.Should().NotContain(c => c.Outcome == CheckOutcome.Rejected);

        // Ended early without a retroactive reason: an ordinary TR308 rejection.
        Rejects(Run(P(), T(einde: new DateOnly(2026, 10, 15))), "TR308", "9308");
    }

    [Fact]
    public void Checks_survive_storage()
    {
        var checks = Run(P(tarief: 107));
        PrestatieCheck.Read(PrestatieCheck.Write(checks)).Should().BeEquivalentTo(checks);
    }
}
