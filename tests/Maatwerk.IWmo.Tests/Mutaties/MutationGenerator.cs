using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Maatwerk.IWmo.Tests.Mutaties;

public sealed record Mutation(string Omschrijving, byte[] Xml);

/// <summary>Derives hundreds of single-fault variants from an official example: removed, duplicated, swapped, renamed
/// and re-namespaced elements, stray attributes, text and children, and leaf values that break length, pattern,
/// date, time, integer range and enumeration facets (and some that happen to stay valid).</summary>
public static class MutationGenerator
{
    private const string Basis = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    private static readonly string[] Waarden =
    [
        "", " ", "x", "0", "00", "01", "1", "2", "3", "9", "99", "-1", "+1", "1.5", "1e3", "abc", "ZZ", "NL", "D", "C", "Z",
        "0000", "0384", "9999", "12345678", "123456789", "999900006", "999900018", "1234567890", "9999999999999", "10000000000000000000000000",
        "2023-02-29", "2024-02-29", "2023-13-01", "2023-1-01", "2023-01-01Z", "2023-01-01+01:00", "0000-01-01", "20230101", "2023-04-31",
        "12:00", "12:00:00", "25:00:00", "12:00:00.5", "12:00:00Z", "12:60:00", "1.0.0", "1.0", "01.0.0", "A1", "a b", "ÀÉỳ", "\t",
        " 01", "01 ", "1 2",
    ];

    public static IEnumerable<Mutation> Generate(string pad)
    {
        var origineel = XDocument.Load(pad, LoadOptions.PreserveWhitespace);
        var aantal = origineel.Descendants().Count();
        for (var i = 0; i < aantal; i++)
        {
            foreach (var (naam, actie) in Actions(Element(origineel, i)))
            {
                var doc = new XDocument(origineel);
                var e = Element(doc, i);
                if (!actie(e)) continue;
                yield return new Mutation($"{PathOf(e)}: {naam}", Bytes(doc));
            }
        }
    }

    private static IEnumerable<(string, Func<XElement, bool>)> Actions(XElement voorbeeld)
    {
        var isRoot = voorbeeld.Parent is null;
        var isBlad = !voorbeeld.HasElements;
        if (!isRoot)
        {
            yield return ("verwijderd", e => { e.Remove(); return true; });
            yield return ("gedupliceerd", e => { e.AddAfterSelf(new XElement(e)); return true; });
            yield return ("verwisseld met volgende", e =>
            {
                if (e.ElementsAfterSelf().FirstOrDefault() is not { } next || next.Name == e.Name) return false;
                next.Remove();
                e.AddBeforeSelf(next);
                return true;
            });
            yield return ("verplaatst naar begin", e =>
            {
                if (e.ElementsBeforeSelf().FirstOrDefault() is not { } first) return false;
                e.Remove();
                first.AddBeforeSelf(e);
                return true;
            });
        }
        yield return ("hernoemd", e => { e.Name = e.Name.Namespace + e.Name.LocalName + "X"; return true; });
        yield return ("andere namespace", e =>
        {
            e.Name = (e.Name.NamespaceName == Basis ? XNamespace.Get(e.Document!.Root!.Name.NamespaceName) : XNamespace.Get(Basis)) + e.Name.LocalName;
            return true;
        });
        yield return ("attribuut", e => { e.SetAttributeValue("extra", "1"); return true; });
        yield return ("xsi:nil", e => { e.SetAttributeValue(XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "nil", "true"); return true; });
        yield return ("onbekend kind", e => { e.AddFirst(new XElement(e.Name.Namespace + "Onbekend", "1")); return true; });
        if (isRoot)
        {
            foreach (var ns in new[] { "301", "305", "323" })
                yield return ($"namespace wmo{ns}", e => Rename(e, $"http://www.istandaarden.nl/iwmo/3_2/wmo{ns}/schema"));
            yield return ("namespace iwmo 3.1", e => Rename(e, e.Name.NamespaceName.Replace("3_2", "3_1")));
        }
        if (!isBlad)
        {
            yield return ("tekst in complex element", e => { e.AddFirst(new XText("tekst")); return true; });
            yield return ("leeg gemaakt", e => { e.RemoveNodes(); return true; });
            yield break;
        }
        yield return ("waarde verlengd", e => { e.Value += new string('9', 40); return true; });
        yield return ("waarde +1 teken", e => { e.Value += e.Value.Length > 0 ? e.Value[^1..] : "1"; return true; });
        yield return ("waarde -1 teken", e => { if (e.Value.Length == 0) return false; e.Value = e.Value[..^1]; return true; });
        yield return ("voorloopnul", e => { e.Value = "0" + e.Value; return true; });
        yield return ("spaties eromheen", e => { e.Value = " " + e.Value + " "; return true; });
        yield return ("kleine letters", e => { if (e.Value.ToLowerInvariant() == e.Value) return false; e.Value = e.Value.ToLowerInvariant(); return true; });
        yield return ("CDATA", e => { var v = e.Value; e.RemoveNodes(); e.Add(new XCData(v)); return true; });
        yield return ("commentaar in waarde", e => { var v = e.Value; e.RemoveNodes(); e.Add(new XText(v), new XComment("c")); return true; });
        foreach (var w in Waarden)
            yield return ($"waarde '{w}'", e => { if (e.Value == w) return false; e.Value = w; return true; });
    }

    private static bool Rename(XElement root, string ns)
    {
        if (root.Name.NamespaceName == ns) return false;
        var oud = root.Name.NamespaceName;
        foreach (var e in root.DescendantsAndSelf().Where(x => x.Name.NamespaceName == oud))
            e.Name = XNamespace.Get(ns) + e.Name.LocalName;
        return true;
    }

    private static XElement Element(XDocument doc, int i) => doc.Descendants().ElementAt(i);

    private static string PathOf(XElement e) => "/" + string.Join("/", e.AncestorsAndSelf().Reverse().Select(a => a.Name.LocalName));

    private static byte[] Bytes(XDocument doc)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            doc.Save(w);
        return ms.ToArray();
    }
}
