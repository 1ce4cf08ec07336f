using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>BSD-44a: under Gooi en Vechtstreek the fixed worker may be replaced only for leaving employment, illness, leave,
/// holiday or a handled complaint; another reason warns with the clause. Contracts without the rule ask nothing.</summary>
public class WisselredenTests
{
    private static readonly Domain.Contracten.ContractProfile Gooi = RepoProfiles.Profiel("gooi-vechtstreek-bsd");

    [Fact]
    public void The_Gooi_profile_names_the_five_reasons()
    {
        var eis = Wisselreden.Van(Gooi)!;
        eis.Bron.Should().Be("BSD-44a");
        eis.Redenen.Should().Equal("uitdiensttreding", "ziekte", "verlof", "vakantie", "afgehandelde klacht");
    }

    [Theory]
    [InlineData("ziekte")]
    [InlineData("Vakantie tot 1 december")]
    [InlineData("na een afgehandelde klacht van de dochter")]
    public void A_permitted_reason_gives_no_warning(string reden) => Wisselreden.Evaluate(Gooi, reden).Should().BeNull();

    [Theory]
    [InlineData("reorganisatie van de teams", "de opgegeven reden ('reorganisatie van de teams') is daar geen van")]
    [InlineData(null, "er is geen reden opgegeven")]
    [InlineData("  ", "er is geen reden opgegeven")]
    public void Another_or_no_reason_warns_with_BSD_44a(string? reden, string uitleg)
    {
        var waarschuwing = Wisselreden.Evaluate(Gooi, reden)!;
        waarschuwing.Bron.Should().Be("BSD-44a");
        waarschuwing.Message.Should().Contain("alleen worden vervangen bij uitdiensttreding, ziekte, verlof, vakantie, afgehandelde klacht").And.Contain(uitleg);
    }

    [Theory]
    [InlineData("deventer-wmo-2023")]
    [InlineData("voorne-aan-zee-ib")]
    [InlineData("oco")]
    public void Contracts_without_the_rule_ask_no_reason(string profiel) =>
        Wisselreden.Evaluate(RepoProfiles.Profiel(profiel), "reorganisatie").Should().BeNull();
}
