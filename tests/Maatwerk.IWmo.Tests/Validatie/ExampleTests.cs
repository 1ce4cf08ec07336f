using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Tests.Validatie;

public class ExampleTests
{
    private static readonly ValidationOptions Opties = new() { Vandaag = new DateOnly(2026, 1, 1) };

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Official_example_is_valid_under_the_XSD(string nummer)
    {
        XsdOracle.Errors(File.ReadAllBytes(Package.Example(nummer))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Package.HeenData), MemberType = typeof(Package))]
    public void Official_example_is_valid_under_our_structure_layers(string nummer)
    {
        var r = BerichtValidator.Validate(Package.Example(nummer), Opties with { Inhoud = false });
        r.Fouten.Should().BeEmpty();
        r.Soort!.Naam.Should().Be($"WMO{nummer}");
        r.Header!.BerichtCode.Should().Be(r.Soort.BerichtCode);
    }

    [Theory]
    [InlineData("301")]
    [InlineData("305")]
    [InlineData("307")]
    [InlineData("315")]
    [InlineData("319")]
    [InlineData("323")]
    public void Official_example_passes_all_layers(string nummer)
    {
        BerichtValidator.Validate(Package.Example(nummer), Opties).Fouten.Should().BeEmpty();
    }

    [Fact]
    public void Official_317_example_fails_TR380_exactly_as_the_official_rule_XSLT_reports()
    {
        var r = BerichtValidator.Validate(Package.Example("317"), Opties);
        r.Fouten.Should().ContainSingle().Which.Code.Should().Be("TR380");
        r.Fouten[0].Pad.Should().Contain("NieuwProduct").And.EndWith("GewensteIngangsdatum");
    }

    [Fact]
    public void Header_is_read_typed()
    {
        var r = BerichtValidator.Validate(Package.Example("323"), Opties);
        r.Header.Should().Be(new BerichtHeader("484", "65656055", "0384", "765432198", new DateOnly(2023, 5, 6), "1.0.0", "1.0.0"));
        r.AantalEenheden.Should().BeGreaterThan(0);
    }
}
