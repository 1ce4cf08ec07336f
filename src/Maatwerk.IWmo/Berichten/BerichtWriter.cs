using System.Text;
using System.Xml;
using Maatwerk.IWmo.Schema.Generated;

namespace Maatwerk.IWmo.Berichten;

/// <summary>Writes a message tree as iWmo XML: UTF-8, the standard's prefixes (wmoNNN for the message, iwmo for the
/// base schema), declared once on the root.</summary>
public static class BerichtWriter
{
    public static XmlWriterSettings Settings(bool inspringen = true) => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = inspringen,
        IndentChars = "\t",
        CloseOutput = false,
    };

    public static void Write(BerichtElement bericht, Stream uit, bool inspringen = true)
    {
        using var w = XmlWriter.Create(uit, Settings(inspringen));
        Write(bericht, w);
    }

    public static byte[] ToBytes(BerichtElement bericht, bool inspringen = true)
    {
        using var ms = new MemoryStream();
        Write(bericht, ms, inspringen);
        return ms.ToArray();
    }

    public static void Write(BerichtElement bericht, XmlWriter w)
    {
        w.WriteStartDocument();
        StartRoot(w, bericht.Namespace);
        foreach (var k in bericht.Kinderen) Element(w, k);
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    public static void StartRoot(XmlWriter w, string ns)
    {
        w.WriteStartElement(Prefix(ns), "Bericht", ns);
        w.WriteAttributeString("xmlns", "iwmo", null, Basisschema.Ns);
    }

    public static void Element(XmlWriter w, BerichtElement e)
    {
        w.WriteStartElement(Prefix(e.Namespace), e.Naam, e.Namespace);
        if (e.Waarde is not null) w.WriteString(e.Waarde);
        foreach (var k in e.Kinderen) Element(w, k);
        w.WriteEndElement();
    }

    public static string Prefix(string ns) =>
        ns == Basisschema.Ns ? "iwmo" : BerichtCatalog.ByNamespace(ns)?.Naam.ToLowerInvariant() ?? "m";
}
