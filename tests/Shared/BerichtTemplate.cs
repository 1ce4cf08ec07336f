using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Maatwerk.Tests.Shared;

/// <summary>Messages "from another system" (a gemeente's or provider's own software): hand-written iWmo XML in
/// tests/Shared/Berichten, never made by the platform's own builder. Placeholders <c>{{Naam}}</c> must be filled by the
/// test, <c>{{Naam|waarde}}</c> have a default; an element left empty is left out (iWmo allows no empty elements, RS033).</summary>
public static partial class BerichtTemplate
{
    /// <param name="waarden">Placeholder values; a later value for the same name wins (e.g. after <see cref="From301"/>).</param>
    public static string Fill(string bestand, params (string Naam, string? Waarde)[] waarden)
    {
        var tekst = File.ReadAllText(Path.Combine(Repository.Map, "tests", "Shared", "Berichten", bestand));
        var opgegeven = new Dictionary<string, string>();
        foreach (var (naam, waarde) in waarden) opgegeven[naam] = waarde ?? "";
        var gebruikt = new HashSet<string>();
        tekst = Placeholder().Replace(tekst, m =>
        {
            var naam = m.Groups[1].Value;
            gebruikt.Add(naam);
            if (opgegeven.TryGetValue(naam, out var waarde)) return System.Security.SecurityElement.Escape(waarde);
            return m.Groups[2].Success ? m.Groups[2].Value : throw new ArgumentException($"{bestand}: geen waarde voor {{{{{naam}}}}}.");
        });
        if (opgegeven.Keys.FirstOrDefault(k => !gebruikt.Contains(k)) is { } onbekend)
            throw new ArgumentException($"{bestand} kent geen {{{{{onbekend}}}}}.");
        var doc = XDocument.Parse(tekst);
        while (doc.Root!.Descendants().Where(e => !e.HasElements && e.Value.Length == 0).ToList() is { Count: > 0 } leeg)
            leeg.ForEach(e => e.Remove());
        return doc.Declaration + "\n" + doc.Root;
    }

    /// <summary>What a provider's own system takes from the WMO301 it received, to fill a 305 or 307 about the same
    /// toewijzing: Gemeente, Aanbieder, Bsn, ToewijzingNummer, Categorie, ProductCode and ToewijzingIngangsdatum.</summary>
    public static (string Naam, string? Waarde)[] From301(string xml301)
    {
        var doc = XDocument.Parse(xml301);
        string? Waarde(params string[] pad)
        {
            IEnumerable<XElement> e = [doc.Root!];
            foreach (var naam in pad) e = e.Elements().Where(k => k.Name.LocalName == naam);
            return e.FirstOrDefault()?.Value;
        }
        const string Product = "ToegewezenProduct";
        return
        [
            ("Gemeente", Waarde("Header", "Afzender")), ("Aanbieder", Waarde("Header", "Ontvanger")), ("Bsn", Waarde("Client", "Bsn")),
            ("ToewijzingNummer", Waarde("Client", "ToegewezenProducten", Product, "ToewijzingNummer")),
            ("Categorie", Waarde("Client", "ToegewezenProducten", Product, "Product", "Categorie")),
            ("ProductCode", Waarde("Client", "ToegewezenProducten", Product, "Product", "Code")),
            ("ToewijzingIngangsdatum", Waarde("Client", "ToegewezenProducten", Product, "Ingangsdatum")),
        ];
    }

    public static string Date(DateOnly datum) => datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{\{(\w+)(?:\|([^}]*))?\}\}")]
    private static partial Regex Placeholder();
}
