using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>DEV-Art8.8b afterwards: the motivation of a 323 from the aanbieder's own system is given once, while the gemeente
/// assesses it; it turns the lines that waited for it ("handmatig") into "goed", but not a line the beoordelaar decided.</summary>
public sealed class MotiveringAchterafTests
{
    private static readonly Contractcontroles Deventer = Contractcontroles.From(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static readonly DateOnly Ontvangen = new(2026, 1, 20);

    private static OntvangenPrestatie Regel(Beoordeling beoordeling = Beoordeling.Open)
    {
        var zonder = ContractChecks.ClosedYear(2025, new Berichtcontext(new DateOnly(2025, 12, 1), null, Ontvangen, new HashSet<int> { 2025 }), new DateOnly(2026, 2, 1), "DEV-Art8.8b");
        return new OntvangenPrestatie
        {
            Begindatum = new DateOnly(2025, 10, 1), Beoordeling = beoordeling,
            Checks = PrestatieCheck.Write([PrestatieCheck.Pass("TR304", "0001", "BSN klopt."), zonder]),
        };
    }

    [Fact]
    public void The_waiting_lines_become_goed_with_the_motivation_and_a_decided_line_keeps_its_check()
    {
        Deventer.CorrectieDeadline(2025).Should().Be(new DateOnly(2026, 2, 1));
        var d = new OntvangenDeclaratie { DeclaratieNummer = "DN1", PeriodeBegin = new DateOnly(2025, 12, 1) };
        var (open, besloten) = (Regel(), Regel(Beoordeling.Afgewezen));
        open.ReadChecks().Single(c => c.Regel == "DEV-Art8.8b").Outcome.Should().Be(CheckOutcome.ManualReview);

        var gewijzigd = MotiveringAchteraf.Apply(d, [open, besloten], Deventer, Ontvangen, "  Uren na een storing hersteld uit de papieren registratie.  ");

        gewijzigd.Should().Equal(open);
        d.Motivering.Should().Be("Uren na een storing hersteld uit de papieren registratie.");
        var check = open.ReadChecks().Single(c => c.Regel == "DEV-Art8.8b");
        check.Outcome.Should().Be(CheckOutcome.Passed);
        check.Melding.Should().Contain("Motivering: Uren na een storing");
        open.ReadChecks().Single(c => c.Regel == "TR304").Outcome.Should().Be(CheckOutcome.Passed);
        besloten.ReadChecks().Single(c => c.Regel == "DEV-Art8.8b").Outcome.Should().Be(CheckOutcome.ManualReview);
    }

    [Fact]
    public void Only_once_only_while_in_review_and_never_empty_each_refusal_names_the_field()
    {
        var d = new OntvangenDeclaratie { DeclaratieNummer = "DN1" };
        MotiveringAchteraf.Validate(d, "Een echte reden voor de correctie.").Should().BeEmpty();
        MotiveringAchteraf.Validate(d, "  ").Should().ContainSingle(e => e.Field == "Motivering" && e.Message.Contains("DEV-Art8.8b"));
        MotiveringAchteraf.Validate(d, new string('x', 1001)).Should().ContainSingle(e => e.Message.Contains("1000 tekens"));
        d.Status = DeclaratieStatus.Beantwoord;
        MotiveringAchteraf.Validate(d, "Reden").Should().ContainSingle(e => e.Field == "Motivering" && e.Message.Contains("al beantwoord"));
        d.Status = DeclaratieStatus.InBeoordeling;
        d.Motivering = "Eerder gegeven.";
        MotiveringAchteraf.Validate(d, "Reden").Should().ContainSingle(e => e.Message.Contains("heeft al een motivering"));
    }
}
