using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Maatwerk.IWmo.Tests.Infrastructuur;

/// <summary>The official rule tables of the pack, read as they are published: which code the standard assigns to which
/// element of which message, and with which retour code.</summary>
public static partial class OfficialRegels
{
    /// <summary>A row of rules/condities-constraints/CD_CS_RS_per_dataelement. <see cref="Element"/> is the data
    /// element path below the class with the datatype suffixes removed ("Adres_Adres" + "Postcode" → "Adres/Postcode").</summary>
    public sealed record CdCsRegel(string Bericht, string Klasse, string Element, string Code, string Retourcode);

    /// <summary>A file of rules/technische-regels: its level (folder), retour code and the messages it is used in.</summary>
    public sealed record TechnischeRegel(string Code, string Controleniveau, string Retourcode, IReadOnlySet<string> Berichten);

    /// <summary>A template of the rule XSLT: the rule (mode) is checked on elements matching <see cref="Stappen"/>
    /// (local names, "*" for any) in <see cref="Bericht"/> (null: in every message).</summary>
    public sealed record XsltTemplate(string Code, string? Bericht, IReadOnlyList<string> Stappen);

    public static readonly Lazy<IReadOnlyList<CdCsRegel>> CdCs = new(() => File.ReadLines(Path.Combine(Package.Map, "rules", "condities-constraints", "CD_CS_RS_per_dataelement"))
        .Where(l => l.StartsWith("| WMO", StringComparison.Ordinal))
        .Select(l => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray())
        .Select(c => new CdCsRegel(c[0], c[1], string.Join('/', c[2..5].Where(e => e.Length > 0).Select(WithoutType)), c[7], c[10]))
        .ToList());

    public static readonly Lazy<IReadOnlyDictionary<string, TechnischeRegel>> Technisch = new(() =>
        Directory.EnumerateFiles(Path.Combine(Package.Map, "rules", "technische-regels"), "TR*", SearchOption.AllDirectories)
            .Select(ReadTechnischeRegel)
            .ToDictionary(r => r.Code));

    public static readonly Lazy<IReadOnlyList<XsltTemplate>> Xslt = new(ReadXslt);

    private static string WithoutType(string element) => element.Contains('_') ? element[..element.IndexOf('_')] : element;

    private static TechnischeRegel ReadTechnischeRegel(string pad)
    {
        var tekst = File.ReadAllText(pad);
        var code = Path.GetFileNameWithoutExtension(pad);
        var retourcode = RetourcodeRegel().Match(tekst).Groups[1].Value;
        var gebruik = tekst[tekst.IndexOf("## Gebruik in berichten", StringComparison.Ordinal)..];
        gebruik = gebruik[..gebruik.IndexOf("---", StringComparison.Ordinal)];
        // TR019.md lists "W<P307", a typo for WMO307 (noted in the pack's README under "Suspicious / known problems").
        var berichten = BerichtRegel().Matches(gebruik).Select(m => m.Groups[1].Value.Replace("W<P", "WMO", StringComparison.Ordinal)).ToHashSet();
        return new TechnischeRegel(code, Path.GetFileName(Path.GetDirectoryName(pad)!), retourcode, berichten);
    }

    /// <summary>rules/_superseded/TR-CD-CS regels WMO 3.2.xsl (XSLTVersie 2.10.5), the XSLT that implements the
    /// in-message rules; each rule is a mode with one template per element it checks.</summary>
    private static IReadOnlyList<XsltTemplate> ReadXslt()
    {
        var xsl = XDocument.Load(Path.Combine(Package.Map, "rules", "_superseded", "TR-CD-CS regels WMO 3.2.xsl"));
        XNamespace x = "http://www.w3.org/1999/XSL/Transform";
        var prefixen = xsl.Root!.Attributes().Where(a => a.IsNamespaceDeclaration).ToDictionary(a => a.Name.LocalName, a => a.Value);
        var templates = new List<XsltTemplate>();
        foreach (var t in xsl.Root.Elements(x + "template"))
        {
            if (t.Attribute("mode")?.Value is not { } mode || t.Attribute("match")?.Value is not { } match || match == "*") continue;
            var code = mode.Replace("generic", "", StringComparison.Ordinal).Replace("simple", "", StringComparison.Ordinal);
            if (!RegelCode().IsMatch(code)) continue;
            foreach (var alternatief in BuitenPredicaten(match, '|'))
            {
                var stappen = new List<string>();
                string? bericht = null;
                foreach (var stap in BuitenPredicaten(alternatief.Trim(), '/').Where(st => st.Length > 0))
                {
                    var naam = StapName(stap, prefixen, out var ns);
                    stappen.Add(naam);
                    if (ns is not null && BerichtNs().Match(ns) is { Success: true } m) bericht ??= "WMO" + m.Groups[1].Value;
                }
                templates.Add(new XsltTemplate(code, bericht, stappen));
            }
        }
        return templates;
    }

    /// <summary>Splits a match pattern on a separator ('|' between alternatives, '/' between steps) outside predicates.</summary>
    private static IEnumerable<string> BuitenPredicaten(string patroon, char scheiding)
    {
        var diepte = 0;
        var begin = 0;
        for (var i = 0; i < patroon.Length; i++)
        {
            if (patroon[i] == '[') diepte++;
            else if (patroon[i] == ']') diepte--;
            else if (patroon[i] == scheiding && diepte == 0)
            {
                yield return patroon[begin..i].Trim();
                begin = i + 1;
            }
        }
        yield return patroon[begin..].Trim();
    }

    private static string StapName(string stap, Dictionary<string, string> prefixen, out string? ns)
    {
        ns = null;
        var zonderPredicaat = stap.Contains('[') ? stap[..stap.IndexOf('[')] : stap;
        if (zonderPredicaat == "*")
        {
            var lokaal = LocalName().Match(stap);
            return lokaal.Success ? lokaal.Groups[1].Value : "*";
        }
        var dubbele = zonderPredicaat.Split(':');
        ns = prefixen[dubbele[0]];
        return dubbele[1];
    }

    [GeneratedRegex(@"^(CD|CS|TR)\d{3}$")]
    private static partial Regex RegelCode();

    [GeneratedRegex(@"\| Retourcode \| ([^|]*?) \|")]
    private static partial Regex RetourcodeRegel();

    [GeneratedRegex(@"^- (\S+)", RegexOptions.Multiline)]
    private static partial Regex BerichtRegel();

    [GeneratedRegex(@"/wmo(\d{3})/schema$")]
    private static partial Regex BerichtNs();

    [GeneratedRegex(@"^\*\[local-name\(\) ?= ?'(\w+)'\]$")]
    private static partial Regex LocalName();
}
