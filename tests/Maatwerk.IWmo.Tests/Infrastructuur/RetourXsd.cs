using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Maatwerk.IWmo.Tests.Infrastructuur;

/// <summary>Builds XSD text for the 7 retour messages straight from the tables in the Master overview (element,
/// type, cardinality) and the official basisschema.xsd, independently of our C# schema description, so the
/// mutation corpus has a System.Xml.Schema oracle for retour messages too.</summary>
public static class RetourXsd
{
    public static readonly string[] Nummers = ["302", "306", "308", "316", "318", "320", "325"];

    public static IEnumerable<(string Nummer, string Xsd)> All()
    {
        var md = File.ReadAllText(Path.Combine(Package.Map, "reference", "Master overview iWmo XSD schema\u2019s.md"));
        var codes = JsonDocument.Parse(File.ReadAllText(Path.Combine(Package.Map, "codelists", "codelists.json"))).RootElement.GetProperty("COD002")
            .EnumerateObject().ToDictionary(p => p.Value.GetString()!, p => p.Name);
        var secties = Regex.Split(md, @"^## Samenvatting \*\*WMO(\d+)\.xsd\*\*", RegexOptions.Multiline);
        for (var i = 1; i < secties.Length; i += 2)
        {
            var nummer = secties[i];
            if (!Nummers.Contains(nummer)) continue;
            var ns = $"http://www.istandaarden.nl/iwmo/3_2/wmo{nummer}/schema";
            var basis = new Uri(Package.Xsd("basisschema.xsd")).AbsoluteUri;
            var sb = new StringBuilder();
            sb.Append($"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:iwmo=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" xmlns:m=\"{ns}\" targetNamespace=\"{ns}\" elementFormDefault=\"qualified\">");
            sb.Append($"<xs:import namespace=\"http://www.istandaarden.nl/iwmo/3_2/basisschema/schema\" schemaLocation=\"{basis}\"/>");
            sb.Append("<xs:element name=\"Bericht\" type=\"m:Root\"/>");
            foreach (Match m in Regex.Matches(secties[i + 1], @"^### (\w+)\n(.*?)(?=^### |\z)", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var rijen = Regex.Matches(m.Groups[2].Value, @"^\| (\w+) \| ([\w:]+) \| (\d+)\.\.(\w+) \|$", RegexOptions.Multiline);
                if (rijen.Count == 0) continue;
                sb.Append($"<xs:complexType name=\"{m.Groups[1].Value}\"><xs:sequence>");
                foreach (Match r in rijen)
                {
                    var (naam, type, min, max) = (r.Groups[1].Value, r.Groups[2].Value, r.Groups[3].Value, r.Groups[4].Value);
                    var occurs = $"minOccurs=\"{min}\" maxOccurs=\"{max}\"";
                    if (type == "ref")
                    {
                        var (basisType, patroon) = naam switch
                        {
                            "BerichtCode" => ("LDT_BerichtCode", codes["WMO" + nummer]),
                            "BerichtVersie" => ("LDT_BerichtVersie", "3"),
                            _ => ("LDT_BerichtSubversie", "2"),
                        };
                        sb.Append($"<xs:element name=\"{naam}\" {occurs}><xs:simpleType><xs:restriction base=\"iwmo:{basisType}\"><xs:pattern value=\"{patroon}\"/></xs:restriction></xs:simpleType></xs:element>");
                    }
                    else
                    {
                        sb.Append($"<xs:element name=\"{naam}\" type=\"{(type.StartsWith("iwmo:") ? type : "m:" + type.Split(':')[1])}\" {occurs}/>");
                    }
                }
                sb.Append("</xs:sequence></xs:complexType>");
            }
            sb.Append("</xs:schema>");
            yield return (nummer, sb.ToString());
        }
    }
}
