using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maatwerk.IWmo.Generator;

/// <summary>Reads the retour messages (302 … 325), for which no XSD is published, from the element tables of
/// reference/Master overview iWmo XSD schema’s.md. Their anonymous Header restrictions ("ref") get the BerichtCode of
/// code list COD002 and the BerichtVersie/BerichtSubversie patterns of the heen messages.</summary>
public static partial class OverviewReader
{
    public const string FileName = "Master overview iWmo XSD schema\u2019s.md";

    public static IEnumerable<MessageSchema> ReadRetour(string pack, IReadOnlyList<MessageSchema> heen)
    {
        var markdown = File.ReadAllText(Path.Combine(pack, "reference", FileName));
        var berichtcodes = JsonDocument.Parse(File.ReadAllText(Path.Combine(pack, "codelists", "codelists.json"))).RootElement
            .GetProperty("COD002").EnumerateObject().ToDictionary(p => p.Value.GetString()!, p => p.Name);
        var sections = Section().Split(markdown);
        for (var i = 1; i < sections.Length; i += 2)
        {
            var number = sections[i];
            if (heen.Any(h => h.Number == number)) continue;
            var tables = TypeHeading().Matches(sections[i + 1])
                .Select(m => (Name: m.Groups[1].Value, Rows: Row().Matches(m.Groups[2].Value).ToList()))
                .Where(t => t.Rows.Count > 0)
                .ToDictionary(t => t.Name, t => t.Rows);
            var ns = $"http://www.istandaarden.nl/iwmo/3_2/wmo{number}/schema";
            var restrictions = new List<RestrictionDef>();
            var ordered = DependencyOrder.From("Root", name => new ComplexTypeDef(name, tables[name].Select(r =>
            {
                var (element, type, min, max) = (r.Groups[1].Value, r.Groups[2].Value, r.Groups[3].Value, r.Groups[4].Value);
                var cardinality = (int.Parse(min), max == "unbounded" ? ElementDef.Unbounded : int.Parse(max));
                return new ElementDef(element, cardinality.Item1, cardinality.Item2, TypeOf(name, element, type, number, berichtcodes, heen, restrictions));
            }).ToList()));
            yield return new MessageSchema(number, ns, true, restrictions, ordered);
        }
    }

    private static TypeRef TypeOf(string owner, string element, string type, string number, Dictionary<string, string> berichtcodes,
        IReadOnlyList<MessageSchema> heen, List<RestrictionDef> restrictions)
    {
        if (type.StartsWith("iwmo:", StringComparison.Ordinal))
        {
            var local = type["iwmo:".Length..];
            return new TypeRef(local.StartsWith("CDT_", StringComparison.Ordinal) ? TypeKind.BaseComplex : TypeKind.BaseSimple, local);
        }
        if (type != "ref") return new TypeRef(TypeKind.LocalComplex, type[(type.IndexOf(':') + 1)..]);
        var name = $"{owner}_{element}";
        var pattern = element == "BerichtCode"
            ? berichtcodes["WMO" + number]
            : heen.SelectMany(h => h.Restrictions).Where(r => r.Name == name).Select(r => r.Pattern).Distinct().Single();
        restrictions.Add(new RestrictionDef(name, "LDT_" + element, pattern));
        return new TypeRef(TypeKind.LocalSimple, name);
    }

    [GeneratedRegex(@"^## Samenvatting \*\*WMO(\d+)\.xsd\*\*", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex(@"^### (\w+)\n(.*?)(?=^### |\z)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex TypeHeading();

    [GeneratedRegex(@"^\| (\w+) \| ([\w:]+) \| (\d+)\.\.(\w+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
