using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>The streaming check of a whole 323 (issue 12, benchmark "one 323 with 100,000 lines"): the index of earlier
/// lines answers as the list did, and every checked line joins it, so later lines of the same message see it.</summary>
public sealed class OntvangstcontroleTests
{
    private const string Bsn = "999990019";
    private static readonly ContractTarief PoB = new(62.40m, "klokuur", new DateOnly(2023, 1, 1), "DEV-Art7");

    private static readonly ToewijzingStand Toewijzing =
        new(Guid.NewGuid(), "26000001", Bsn, "02", "PO-B", new DateOnly(2026, 1, 1), null, 300, "01", "6");

    private static DeclaratiePrestatie P(string referentie, string? vorig = null, long volume = 155, string dc = "D", int maand = 10)
    {
        var begin = new DateOnly(2026, maand, 1);
        return new(referentie, vorig, "26000001", "02", "PO-B", begin, begin.AddMonths(1).AddDays(-1), volume, "01", 104, volume * 104, dc);
    }

    private static Ontvangstcontrole Controle(params EerderePrestatie[] eerder) =>
        new(new Dictionary<string, ToewijzingStand> { [Toewijzing.Nummer] = Toewijzing }, (_, _) => PoB, new EerdereRegels(eerder), (_, _) => true);

    private static CheckOutcome Outcome(IReadOnlyList<PrestatieCheck> checks, string regel) => checks.Single(c => c.Regel == regel).Outcome;

    [Fact]
    public void TR314_TR389_a_later_line_of_the_same_message_is_checked_against_an_earlier_one()
    {
        var controle = Controle();
        var eerste = controle.Check(Bsn, P("R1"), null);
        Outcome(eerste, "TR314").Should().Be(CheckOutcome.Passed);
        Outcome(eerste, "TR389").Should().Be(CheckOutcome.Passed);
        var tweede = controle.Check(Bsn, P("R1"), null);
        Outcome(tweede, "TR314").Should().Be(CheckOutcome.Rejected);
        Outcome(controle.Check(Bsn, P("R2"), null), "TR389").Should().Be(CheckOutcome.Rejected, "the same toewijzing, product and period twice (TR389/TR416)");
    }

    [Fact]
    public void TR322_the_running_total_grows_with_each_line_and_a_rejected_earlier_line_does_not_count()
    {
        var september = new EerderePrestatie("S1", null, "26000001", "02", "PO-B", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30), 200, "01", 200 * 104, false,
            Beoordeling.Afgewezen);
        var controle = Controle(september);
        Outcome(controle.Check(Bsn, P("R1", volume: 150, maand: 10), null), "TR322").Should().Be(CheckOutcome.Passed);
        Outcome(controle.Check(Bsn, P("R2", volume: 150, maand: 11), null), "TR322").Should().Be(CheckOutcome.Passed);
        Outcome(controle.Check(Bsn, P("R3", volume: 1, maand: 12), null), "TR322").Should().Be(CheckOutcome.Rejected, "150 + 150 + 1 > 300");
    }

    [Fact]
    public void TR323_TR390_TR389_a_credit_of_an_approved_debit_frees_the_key_once()
    {
        var debet = new EerderePrestatie("R1", null, "26000001", "02", "PO-B", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), 155, "01", 155 * 104, false,
            Beoordeling.Goedgekeurd);
        var controle = Controle(debet);
        var credit = controle.Check(Bsn, P("C1", vorig: "R1", dc: "C"), null);
        Outcome(credit, "TR323").Should().Be(CheckOutcome.Passed);
        Outcome(credit, "TR390").Should().Be(CheckOutcome.Passed);
        Outcome(controle.Check(Bsn, P("C2", vorig: "R1", dc: "C"), null), "TR390").Should().Be(CheckOutcome.Rejected, "credited once (TR390)");
        Outcome(controle.Check(Bsn, P("R2"), null), "TR389").Should().Be(CheckOutcome.Passed, "the debit was credited in this message");
        Outcome(controle.Check(Bsn, P("C3", vorig: "R9", dc: "C"), null), "TR323").Should().Be(CheckOutcome.Rejected, "no debit R9");
    }

    [Fact]
    public void TR338_an_unknown_toewijzing_stops_the_other_checks()
    {
        var p = P("R1") with { ToewijzingNummer = "99999999" };
        var checks = Controle().Check(Bsn, p, null);
        Outcome(checks, "TR338").Should().Be(CheckOutcome.Rejected);
        checks.Should().NotContain(c => c.Regel == "TR418");
    }
}
