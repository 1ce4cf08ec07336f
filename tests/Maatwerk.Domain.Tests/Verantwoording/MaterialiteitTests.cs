using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>Materiality of the reconciliation (issue 12) as a profile parameter (<c>materialiteit</c> on the submission rule;
/// next-capabilities: no source sets it, € 125k nationally, to verify).</summary>
public sealed class MaterialiteitTests
{
    [Theory]
    [InlineData("deventer-wmo-2023")]
    [InlineData("voorne-aan-zee-ib")]
    [InlineData("oco")]
    public void DEV_Art22_2a_IB_44_OCO_6_1b_materialiteit_komt_uit_het_profiel(string profiel) =>
        Verantwoordingsregels.From(RepoProfiles.Profiel(profiel)).Materialiteit.Should().Be(125000m);

    [Fact]
    public void Zonder_parameter_geen_materialiteit() =>
        Verantwoordingsregels.From(RepoProfiles.Profiel("gooi-vechtstreek-bsd")).Materialiteit.Should().BeNull();

    [Fact]
    public void Een_verschil_is_materieel_vanaf_de_grens_opgeteld_over_de_producten_in_absolute_bedragen()
    {
        Productieopstelling.Rij R(string code, long bedrag) => new("07", code, "01", 1, 60, bedrag);
        var rijen = Aansluiting.Compare(
            [R("PO-B", 10_000_000), R("PO-L", 0)],
            [R("PO-B", 3_000_000), R("PO-L", 7_500_000)],
            [R("PO-B", 3_000_000), R("PO-L", 7_500_000)]);
        // +70,000 on PO-B and −75,000 on PO-L: € 145,000 in absolute terms, though they almost cancel out.
        Aansluiting.IsMaterieel(rijen, 125000m).Should().BeTrue();
        Aansluiting.IsMaterieel(rijen, 145000m).Should().BeTrue("at the threshold counts");
        Aansluiting.IsMaterieel(rijen, 145000.01m).Should().BeFalse();
        Aansluiting.IsMaterieel(rijen, null).Should().BeNull();
        Aansluiting.SomVerschillen(rijen).Should().Be(14_500_000);
        Aansluiting.MaterieelTekst(true).Should().Be("materieel");
        Aansluiting.MaterieelTekst(false).Should().Be("niet materieel");
        Aansluiting.MaterieelTekst(null).Should().Be("onbekend (geen materialiteit in het profiel)");
    }
}
