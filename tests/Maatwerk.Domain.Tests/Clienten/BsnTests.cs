using System.Text;
using System.Xml.Linq;
using Maatwerk.Domain.Clienten;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.Domain.Tests.Clienten;

/// <summary>One BSN rule: what the domain accepts is exactly what the iWmo validator accepts in a message. The rule is
/// the standard's: RS037 "Vullen met 9 cijfers." (rules/condities-constraints/CD_CS_RS_per_dataelement, Client/Bsn;
/// basisschema.xsd LDT_BurgerServicenummer, pattern [0-9]{9}) and CS002 "De waarde moet voldoen aan de 11-proef."
/// (computed as in the official rule XSLT, template check11proef: (9·d1 + … + 2·d8 − d9) mod 11 = 0).</summary>
public sealed class BsnTests
{
    public static TheoryData<string, bool, string> Gevallen => new()
    {
        { "999900006", true, "CS002: som 264 = 24·11 (Bsn van het officiële voorbeeld)" },
        { "111222333", true, "CS002: som 66 = 6·11" },
        { "123456782", true, "CS002: som 154 = 14·11" },
        { "100000009", true, "CS002: som 9·1 − 9 = 0, en 0 mod 11 = 0; check11proef kent geen uitzondering voor 0" },
        { "000000000", true, "RS037: negen cijfers; CS002: som 0 mod 11 = 0" },
        { "012345672", true, "RS037: een voorloopnul hoort bij het nummer; CS002: som 110 = 10·11" },
        { "123456789", false, "CS002: som 147, 147 mod 11 = 4" },
        { "111222334", false, "CS002: som 65, 65 mod 11 = 10" },
        { "000000019", false, "CS002: som 2·1 − 9 = −7, geen veelvoud van 11" },
        { "12345672", false, "RS037: acht cijfers zijn geen negen (ook niet als 012345672 wel geldig is)" },
        { "1234567890", false, "RS015 maximaal 9 posities / RS037" },
        { "12345678a", false, "RS037: alleen cijfers" },
        { "１２３４５６７８２", false, "RS037: patroon [0-9]{9}, andere Unicode-cijfers tellen niet" },
        { "", false, "RS037: leeg is geen negen cijfers" },
    };

    [Theory]
    [MemberData(nameof(Gevallen))]
    public void Domain_and_iwmo_validator_agree_on_the_official_rule(string nummer, bool geldig, string regel)
    {
        Bsn.TryParse(nummer, out var bsn, out var fout).Should().Be(geldig, regel);
        Elfproef.IsValidBsn(nummer).Should().Be(geldig, regel);
        if (geldig) bsn.Value.Should().Be(nummer);
        else fout.Should().StartWith("Het BSN ");

        var bevindingen = IwmoFindingsOnBsn(nummer);
        (bevindingen.Count == 0).Should().Be(geldig, $"{regel}; validator: {string.Join("; ", bevindingen)}");
    }

    [Theory]
    [InlineData("123456789", "Het BSN voldoet niet aan de elfproef.")]
    [InlineData("12345678", "Het BSN moet uit 9 cijfers bestaan.")]
    [InlineData(null, "Het BSN moet uit 9 cijfers bestaan.")]
    public void Refusals_name_the_field_and_the_rule_in_dutch(string? nummer, string melding)
    {
        Bsn.TryParse(nummer, out _, out var fout).Should().BeFalse();
        fout.Should().Be(melding);
    }

    [Fact]
    public void Spaces_around_a_typed_number_are_ignored() =>
        Bsn.Parse(" 111222333 ").Value.Should().Be("111222333");

    [Fact]
    public void The_weights_are_nine_down_to_two_and_minus_one()
    {
        // Changing any single digit of a valid number breaks the proof (every weight is non-zero mod 11).
        const string geldig = "111222333";
        for (var positie = 0; positie < 9; positie++)
        for (var cijfer = '0'; cijfer <= '9'; cijfer++)
        {
            if (cijfer == geldig[positie]) continue;
            var anders = geldig[..positie] + cijfer + geldig[(positie + 1)..];
            Bsn.TryParse(anders, out _, out _).Should().BeFalse(anders);
        }
    }

    /// <summary>The official WMO301 example with this Bsn, through the platform's iWmo validator (all layers).</summary>
    private static List<string> IwmoFindingsOnBsn(string nummer)
    {
        var doc = XDocument.Load(Path.Combine(OfficialPackage(), "examples", "wmo301-example.xml"));
        doc.Descendants().First(e => e.Name.LocalName == "Bsn").Value = nummer;
        var r = BerichtValidator.Validate(Encoding.UTF8.GetBytes(doc.ToString()), new ValidationOptions { Vandaag = new DateOnly(2026, 1, 1) });
        return r.Fouten.Where(f => f.Pad.EndsWith("/Bsn", StringComparison.Ordinal)).Select(f => f.ToString()).ToList();
    }

    private static string OfficialPackage()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir!.FullName, "..", "shared", "iwmo", "3.2"));
    }
}
