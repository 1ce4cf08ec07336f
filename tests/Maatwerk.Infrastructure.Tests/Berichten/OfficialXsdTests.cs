using Maatwerk.Tests.Shared;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>The XSD helper the other test projects rely on fails what no official schema covers, instead of letting
/// System.Xml.Schema skip it with a warning.</summary>
public sealed class OfficialXsdTests
{
    private static string Example(string nummer) =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(OfficialXsd.Map())!, "examples", $"wmo{nummer}-example.xml"));

    [Fact]
    public void An_official_example_passes() => OfficialXsd.Errors(Example("305")).Should().BeEmpty();

    [Theory]
    [InlineData("http://example.org/onbekend/schema")]
    [InlineData("http://www.istandaarden.nl/iwmo/3_1/wmo305/schema")]
    [InlineData("http://www.istandaarden.nl/iwmo/3_2/wmo306/schema")]
    public void A_message_in_a_namespace_without_official_schema_fails(string ns)
    {
        var xml = Example("305").Replace("http://www.istandaarden.nl/iwmo/3_2/wmo305/schema", ns);
        xml.Should().Contain(ns);
        OfficialXsd.Errors(xml).Should().NotBeEmpty().And.Contain(f => f.StartsWith("Warning", StringComparison.Ordinal));
    }

    [Fact]
    public void A_message_without_namespace_fails()
    {
        var xml = System.Text.RegularExpressions.Regex.Replace(Example("305"), @"</?wmo305:", m => m.Value.Replace("wmo305:", ""))
            .Replace(" xmlns:wmo305=\"http://www.istandaarden.nl/iwmo/3_2/wmo305/schema\"", "");
        OfficialXsd.Errors(xml).Should().NotBeEmpty();
    }
}
