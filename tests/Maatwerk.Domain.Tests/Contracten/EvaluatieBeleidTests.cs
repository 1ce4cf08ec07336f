using Maatwerk.Tests.Shared;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Contracten;

public sealed class EvaluatieBeleidTests
{
    [Theory]
    [InlineData("deventer-wmo-2023", "DEV-Eis4-b", 4)]
    [InlineData("voorne-aan-zee-ib", "IB-20b", 3)]
    [InlineData("gooi-vechtstreek-bsd", "BSD-63e", 3)]
    public void Each_contract_lists_the_questions_of_an_evaluation_with_its_clause(string profiel, string bron, int aantal)
    {
        var beleid = RepoProfiles.Profiel(profiel).Evaluatie;
        beleid.Should().NotBeNull();
        beleid!.Bron.Should().Be(bron);
        beleid.Vragen.Should().HaveCount(aantal).And.OnlyContain(v => v.Contains('?'));
    }

    [Fact]
    public void An_evaluation_needs_every_answer_DEV_Eis4_b()
    {
        var vragen = RepoProfiles.Profiel("deventer-wmo-2023").Evaluatie!.Vragen;
        var t = TestToewijzingen.Started(new DateOnly(2026, 5, 4));
        var (evaluatie, fouten) = Evaluatie.Create(t, new DateOnly(2026, 11, 2), "cliënt", vragen, ["a", "b", " ", null], false, new DateOnly(2026, 11, 23));
        evaluatie.Should().BeNull();
        fouten.Select(f => f.Field).Should().Equal("Antwoorden[2]", "Antwoorden[3]");
        var (goed, _) = Evaluatie.Create(t, new DateOnly(2026, 11, 2), "cliënt", vragen, ["a", "b", "c", "d"], false, new DateOnly(2026, 11, 23));
        goed!.ReadAnswers().Select(a => a.Vraag).Should().Equal(vragen);
    }

    [Theory]
    [InlineData("deventer-wmo-2023", "schriftelijke-evaluatie-verzonden", "DEV-Eis4-b")]
    [InlineData("voorne-aan-zee-ib", "evaluatieverslag-verzonden", "IB-27c")]
    public void The_profile_names_the_event_of_sharing_the_report_with_its_clause(string profiel, string gebeurtenis, string bron)
    {
        var p = RepoProfiles.Profiel(profiel);
        p.Evaluatie!.Verslag.Should().Be(new VerslagBeleid(gebeurtenis, bron));
        p.KnowsGebeurtenis(gebeurtenis).Should().BeTrue();
        RepoProfiles.Profiel("gooi-vechtstreek-bsd").Evaluatie!.Verslag.Should().BeNull();
    }

    [Fact]
    public void A_traject_product_has_a_fixed_omvang_with_its_clause()
    {
        var deventer = RepoProfiles.Profiel("deventer-wmo-2023");
        deventer.FindProduct("AD-VV")!.VasteOmvang.Should().Be(new VasteOmvang(1, "6", "DEV-B2-Trajectprijs"));
        deventer.FindProduct("PO-B")!.VasteOmvang.Should().BeNull();
    }
}
