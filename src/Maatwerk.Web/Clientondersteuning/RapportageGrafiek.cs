using System.Globalization;
using System.Text.Json;

namespace Maatwerk.Web.Clientondersteuning;

/// <summary>The chart data of a periodic report OCO-4.7: the counts (a)–(f), (i), (j), (l), (m) as one bar chart and the
/// questions per life domain (h) as another, serialised into a <c>data-rapportage</c> attribute that the static script
/// wwwroot/js/oco-rapportage.js draws with Chart.js (the CSP allows no inline script). The table shows the same figures.</summary>
public static class RapportageGrafiek
{
    private static readonly string[] Aantallen = ["a", "b", "c", "e", "f", "i", "j", "l", "m"];

    public static string Data(IEnumerable<(string Onderdeel, string Omschrijving, string Waarde)> cijfers)
    {
        var lijst = cijfers.ToList();
        var aantallen = lijst.Where(c => Aantallen.Contains(c.Onderdeel) && Getal(c.Waarde) is not null).ToList();
        var domeinen = lijst.Where(c => c.Onderdeel == "h" && Getal(c.Waarde) is not null).ToList();
        return JsonSerializer.Serialize(new
        {
            aantallen = new { labels = aantallen.Select(c => $"({c.Onderdeel}) {c.Omschrijving}").ToArray(), waarden = aantallen.Select(c => Getal(c.Waarde)!.Value).ToArray() },
            levensdomeinen = new
            {
                labels = domeinen.Select(c => c.Omschrijving.Replace("Levensdomein: ", "", StringComparison.Ordinal)).ToArray(),
                waarden = domeinen.Select(c => Getal(c.Waarde)!.Value).ToArray(),
            },
        });
    }

    private static int? Getal(string waarde) => int.TryParse(waarde, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
