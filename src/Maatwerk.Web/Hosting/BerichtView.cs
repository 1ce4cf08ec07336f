using System.Xml;
using System.Xml.Linq;
using Maatwerk.IWmo.Berichten;

namespace Maatwerk.Web.Hosting;

/// <summary>An iWmo message as a readable outline: each element by its Dutch name with its value, nested as in the message.</summary>
public static class BerichtView
{
    public sealed record Row(int Diepte, string Naam, string? Waarde);

    public static string Omschrijving(string soort) => BerichtCatalog.ByName(soort)?.Omschrijving ?? soort;

    public static IReadOnlyList<Row> Overview(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var root = XDocument.Load(reader).Root;
        var regels = new List<Row>();
        if (root is not null)
            Add(root, 0, regels);
        return regels;
    }

    private static void Add(XElement e, int diepte, List<Row> regels)
    {
        var kinderen = e.Elements().ToList();
        regels.Add(new Row(diepte, e.Name.LocalName, kinderen.Count == 0 ? e.Value.Trim() : null));
        foreach (var kind in kinderen)
            Add(kind, diepte + 1, regels);
    }
}
