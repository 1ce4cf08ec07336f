using System.Text;
using Maatwerk.IWmo.Validatie;
using Maatwerk.Tests.Shared;

namespace Maatwerk.Infrastructure.Tests.Berichten;

/// <summary>The hand-written messages "from another system" (tests/Shared/Berichten) are valid iWmo once filled, so a
/// test that feeds them to the platform tests the platform, not a broken fixture.</summary>
public sealed class BerichtTemplateTests
{
    private static readonly DateOnly Dag = new(2026, 5, 4);
    private static string D(DateOnly d) => BerichtTemplate.Date(d);

    public static TheoryData<string, (string, string?)[]> Filled() => new()
    {
        { "wmo301-eigen-systeem.xml", [("Identificatie", "EXT1"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"), ("ToewijzingNummer", "900007001"),
            ("ProductCode", "PO-B"), ("Toewijzingsdatum", D(Dag)), ("Ingangsdatum", D(Dag)), ("Einddatum", D(Dag.AddMonths(6)))] },
        { "wmo301-eigen-systeem.xml", [("Identificatie", "EXT2"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"), ("ToewijzingNummer", "900007001"),
            ("ProductCode", "PO-B"), ("Toewijzingsdatum", D(Dag)), ("Ingangsdatum", D(Dag)), ("Einddatum", D(Dag.AddMonths(3))), ("RedenWijziging", "05")] },
        { "wmo305-eigen-systeem.xml", [("Aanbieder", "75750101"), ("Gemeente", "0150"), ("Identificatie", "EXT3"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"),
            ("ToewijzingNummer", "900007001"), ("Categorie", "02"), ("ProductCode", null), ("ToewijzingIngangsdatum", D(Dag)), ("Begindatum", D(Dag))] },
        { "wmo307-eigen-systeem.xml", [("Aanbieder", "75750101"), ("Gemeente", "0150"), ("Identificatie", "EXT4"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"),
            ("ToewijzingNummer", "900007001"), ("Categorie", "02"), ("ProductCode", "PO-B"), ("ToewijzingIngangsdatum", D(Dag.AddDays(-9))),
            ("Begindatum", D(Dag.AddDays(-9))), ("RedenBeeindiging", "20"), ("Einddatum", D(Dag)), ("StatusAanlevering", "3")] },
    };

    [Theory]
    [MemberData(nameof(Filled))]
    public void A_filled_fixture_is_valid_under_the_official_xsd_and_the_platforms_rules(string bestand, (string, string?)[] waarden)
    {
        var xml = BerichtTemplate.Fill(bestand, waarden);
        xml.Should().NotContain("{{");
        OfficialXsd.Errors(xml).Should().BeEmpty();
        BerichtValidator.Validate(Encoding.UTF8.GetBytes(xml), new ValidationOptions { Vandaag = Dag }).Fouten.Should().BeEmpty();
    }

    [Fact]
    public void An_empty_value_leaves_its_element_out_and_a_later_value_wins()
    {
        var xml = BerichtTemplate.Fill("wmo305-eigen-systeem.xml", ("Aanbieder", "75750101"), ("Gemeente", "0150"), ("Identificatie", "EXT5"),
            ("Dagtekening", D(Dag)), ("Bsn", "999090008"), ("ToewijzingNummer", "1"), ("ToewijzingNummer", "900007001"), ("Categorie", "02"),
            ("ProductCode", ""), ("ToewijzingIngangsdatum", D(Dag)), ("Begindatum", D(Dag)));
        xml.Should().NotContain("<iwmo:Code>").And.Contain("<wmo305:ToewijzingNummer>900007001<").And.NotContain("<wmo305:ToewijzingNummer>1<");
    }

    [Fact]
    public void A_missing_or_unknown_value_is_refused()
    {
        FluentActions.Invoking(() => BerichtTemplate.Fill("wmo305-eigen-systeem.xml", ("Aanbieder", "75750101")))
            .Should().Throw<ArgumentException>().WithMessage("*geen waarde voor {{Gemeente}}*");
        FluentActions.Invoking(() => BerichtTemplate.Fill("wmo301-eigen-systeem.xml", ("Identificatie", "X"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"),
                ("ToewijzingNummer", "1"), ("ProductCode", "PO-B"), ("Toewijzingsdatum", D(Dag)), ("Ingangsdatum", D(Dag)), ("Einddatum", D(Dag)), ("Tikfout", "1")))
            .Should().Throw<ArgumentException>().WithMessage("*kent geen {{Tikfout}}*");
    }

    [Fact]
    public void A_provider_fills_its_305_from_the_301_it_received()
    {
        var xml301 = BerichtTemplate.Fill("wmo301-eigen-systeem.xml", ("Identificatie", "EXT6"), ("Dagtekening", D(Dag)), ("Bsn", "999090008"),
            ("ToewijzingNummer", "900007001"), ("ProductCode", "PO-B"), ("Toewijzingsdatum", D(Dag)), ("Ingangsdatum", D(Dag)), ("Einddatum", D(Dag.AddMonths(6))));
        BerichtTemplate.From301(xml301).Should().Equal(("Gemeente", "0150"), ("Aanbieder", "75750101"), ("Bsn", "999090008"), ("ToewijzingNummer", "900007001"),
            ("Categorie", "02"), ("ProductCode", "PO-B"), ("ToewijzingIngangsdatum", D(Dag)));
    }
}
