using Maatwerk.Domain.Declaratiebeoordeling;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>Issue 12 ("ontvangst3"): a passed check whose text says nothing about the line is stored as rule, code and
/// outcome alone and read back with its rule's text, so the beoordelaar's pages and the 325 show the same as before; lines
/// stored earlier with every text in full read exactly as they did.</summary>
public sealed class PrestatieCheckOpslagTests
{
    private static readonly PrestatieCheck[] Checks =
    [
        PrestatieCheck.Pass("TR314", "8021"),
        PrestatieCheck.Pass("TR338", "9338", "Toewijzing 105130 bestaat."),
        PrestatieCheck.Pass("TR321", "9321", "Toewijzing zonder omvang."),
        PrestatieCheck.Reject("TR341", "9341", "Eenheid 04 past niet bij de toewijzing (01)."),
        new PrestatieCheck("TR308", "9308", CheckOutcome.ManualReview, "Einddatum ligt niet na de toewijzing."),
        PrestatieCheck.Pass("TR389", "9389"),
    ];

    [Fact]
    public void A_passed_check_with_its_rules_fixed_text_is_stored_without_the_text_and_read_back_with_it()
    {
        var opgeslagen = PrestatieCheck.Write(Checks);

        opgeslagen.Split('\n').Should().Equal(
            "TR314|8021|0",
            "TR338|9338|0|Toewijzing 105130 bestaat.",
            "TR321|9321|0|Toewijzing zonder omvang.",
            "TR341|9341|1|Eenheid 04 past niet bij de toewijzing (01).",
            "TR308|9308|2|Einddatum ligt niet na de toewijzing.",
            "TR389|9389|0");
        PrestatieCheck.Read(opgeslagen).Should().Equal(Checks);
        Checks[0].Melding.Should().Be("ReferentieNummer is uniek.");
    }

    [Fact]
    public void Checks_stored_before_with_every_text_in_full_read_as_they_did()
    {
        const string oud = "TR314|8021|0|ReferentieNummer is uniek.\nTR338|9338|0|Toewijzing 105130 bestaat.\nTR321|9321|0|Toewijzing zonder omvang.\n" +
            "TR341|9341|1|Eenheid 04 past niet bij de toewijzing (01).\nTR308|9308|2|Einddatum ligt niet na de toewijzing.\n" +
            "TR389|9389|0|Geen eerdere debetregel voor deze toewijzing, dit product en deze periode.";

        PrestatieCheck.Read(oud).Should().Equal(Checks);
    }

    [Fact]
    public void A_text_loses_its_line_breaks_and_bars_is_cut_at_300_characters_and_checks_beyond_the_limit_are_left_off()
    {
        var lang = PrestatieCheck.Reject("TR346", "9346", "a|b\nc" + new string('x', 400));
        var veel = Enumerable.Range(0, 40).Select(i => PrestatieCheck.Reject($"R{i}", "0233", new string('y', 290))).ToList();

        PrestatieCheck.Read(PrestatieCheck.Write([lang])).Single().Melding.Should().Be("a/b c" + new string('x', 295));
        var opgeslagen = PrestatieCheck.Write(veel);
        opgeslagen.Length.Should().BeLessThanOrEqualTo(PrestatieCheck.MaxLength);
        PrestatieCheck.Read(opgeslagen).Should().Equal(veel.Take(PrestatieCheck.Read(opgeslagen).Count)).And.HaveCountLessThan(40);
        PrestatieCheck.Read(PrestatieCheck.Write([])).Should().BeEmpty();
    }
}
