using System.Text.RegularExpressions;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.IWmo.Tests.Validatie;

/// <summary>Every (message, element, code) the validator can report — the definitions in Regelcatalogus, which the rule
/// sets must report through — is what the official tables assign to that element in that message, with their retour
/// code: CD/CS from rules/condities-constraints, TR from rules/technische-regels, and where the rule XSLT checks a TR,
/// on an element that XSLT checks for that message.</summary>
public partial class RegelCatalogTests
{
    private static IEnumerable<RegelDefinition> Definitions(string prefix) =>
        RegelCatalog.Alle.Where(d => d.Code.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void The_catalogue_defines_each_rule_once_per_element()
    {
        RegelCatalog.Alle.Should().HaveCountGreaterThan(100);
        RegelCatalog.Alle.GroupBy(d => (d.Code, d.Bericht, d.Pad)).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Every_CD_and_CS_is_in_the_conditions_table_for_that_element_of_that_message()
    {
        var tabel = OfficialRegels.CdCs.Value;
        var afwijkingen = Definitions("CD").Concat(Definitions("CS"))
            .Select(d => (d, rijen: tabel.Where(r => r.Code == d.Code && r.Bericht == d.Bericht && r.Klasse == d.Klasse && r.Element == d.Element).ToList()))
            .Where(x => x.rijen.Count == 0 || x.rijen.Any(r => r.Retourcode != x.d.Retourcode))
            .Select(x => $"{x.d.Code} {x.d.Bericht} {x.d.Pad} retour {x.d.Retourcode}: tabel {(x.rijen.Count == 0 ? "kent dit niet" : string.Join(",", x.rijen.Select(r => r.Retourcode)))}")
            .ToList();
        Definitions("CD").Concat(Definitions("CS")).Should().HaveCountGreaterThan(50);
        afwijkingen.Should().BeEmpty();
    }

    [Fact]
    public void Every_TR_is_a_technical_rule_used_in_that_message_with_its_retour_code()
    {
        var regels = OfficialRegels.Technisch.Value;
        var afwijkingen = Definitions("TR")
            .Where(d => !regels.TryGetValue(d.Code, out var r) || !r.Berichten.Contains(d.Bericht) || r.Retourcode != d.Retourcode)
            .Select(d => regels.TryGetValue(d.Code, out var r)
                ? $"{d.Code} {d.Bericht} {d.Pad} retour {d.Retourcode}: officieel {r.Retourcode} in {string.Join(" ", r.Berichten)}"
                : $"{d.Code}: geen technische regel")
            .ToList();
        afwijkingen.Should().BeEmpty();
    }

    [Fact]
    public void Every_TR_the_rule_xslt_checks_is_reported_on_an_element_it_checks_in_that_message()
    {
        var templates = OfficialRegels.Xslt.Value;
        var gecontroleerd = Definitions("TR").Where(d => templates.Any(t => t.Code == d.Code)).ToList();
        gecontroleerd.Select(d => d.Code).Distinct().Should().Contain(["TR018", "TR101", "TR137", "TR302", "TR358"]);
        var afwijkingen = gecontroleerd
            .Where(d => !templates.Any(t => t.Code == d.Code && (t.Bericht is null || t.Bericht == d.Bericht) && ByPath(t.Stappen, d.Pad.Split('/'))))
            .Select(d => $"{d.Code} {d.Bericht} {d.Pad}: XSLT controleert {string.Join("; ", templates.Where(t => t.Code == d.Code).Select(t => $"{t.Bericht ?? "*"} {string.Join('/', t.Stappen)}"))}")
            .ToList();
        afwijkingen.Should().BeEmpty();
    }

    [Fact]
    public void Context_rules_are_the_cross_message_and_external_ones_and_the_rest_in_message()
    {
        var regels = OfficialRegels.Technisch.Value;
        foreach (var d in Definitions("TR"))
        {
            var niveau = regels[d.Code].Controleniveau;
            if (d.Laag == ValidationLayer.Context) niveau.Should().BeOneOf(["berichtoverstijgend", "externe-bron"], d.ToString());
            if (niveau == "xslt") d.Laag.Should().Be(ValidationLayer.Regels, d.ToString());
        }
    }

    /// <summary>The codes written in the rule sets are exactly the catalogue's: a rule set cannot use a code the
    /// catalogue lacks (it would fail at run time on a path no test exercised), and no definition is left unused.</summary>
    [Fact]
    public void The_rule_sets_use_exactly_the_codes_of_the_catalogue()
    {
        var bron = Path.Combine(Package.Repository, "src", "Maatwerk.IWmo");
        var bestanden = Directory.EnumerateFiles(Path.Combine(bron, "Validatie", "Regels"), "*.cs")
            .Where(f => Path.GetFileName(f) != "Regelcatalogus.cs")
            .Append(Path.Combine(bron, "Verwerking", "ContextRegels.cs"));
        var gebruikt = bestanden.SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        gebruikt.Should().BeEquivalentTo(RegelCatalog.Alle.Select(d => d.Code).ToHashSet());
    }

    /// <summary>The XSLT reports at the element its template matches; the definition's element is that one or lies
    /// below it ("*" matches any element).</summary>
    private static bool ByPath(IReadOnlyList<string> stappen, string[] pad)
    {
        for (var einde = 1; einde <= pad.Length; einde++)
        {
            if (einde < stappen.Count) continue;
            var past = true;
            for (var i = 0; i < stappen.Count && past; i++)
                past = stappen[^(i + 1)] == "*" || stappen[^(i + 1)] == pad[einde - 1 - i];
            if (past) return true;
        }
        return false;
    }

    [GeneratedRegex("\"((?:CD|CS|TR)\\d{3})\"")]
    private static partial Regex CodeLiteral();
}
