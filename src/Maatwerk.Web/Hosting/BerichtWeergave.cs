using System.Xml;
using System.Xml.Linq;
using Maatwerk.IWmo.Berichten;

namespace Maatwerk.Web.Hosting;

/// <summary>An iWmo message as a readable outline: each element by its Dutch name with its value, nested as in the message.</summary>
public static class BerichtWeergave
{
    public sealed record Regel(int Diepte, string Naam, string? Waarde);

    public static string Omschrijving(string soort) => BerichtCatalogus.OpNaam(soort)?.Omschrijving ?? soort;

    public static IReadOnlyList<Regel> Overzicht(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var root = XDocument.Load(reader).Root;
        var regels = new List<Regel>();
        if (root is not null)
            Voeg(root, 0, regels);
        return regels;
    }

    private static void Voeg(XElement e, int diepte, List<Regel> regels)
    {
        var kinderen = e.Elements().ToList();
        regels.Add(new Regel(diepte, e.Name.LocalName, kinderen.Count == 0 ? e.Value.Trim() : null));
        foreach (var kind in kinderen)
            Voeg(kind, diepte + 1, regels);
    }
}
