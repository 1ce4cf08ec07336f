using System.Globalization;
using System.Text;

namespace Maatwerk.Infrastructure.Common.Lijsten;

/// <summary>A list as a CSV file that Dutch Excel opens as it is: UTF-8 with a byte-order mark, ';' between fields,
/// Dutch headers, dates as dd-MM-yyyy and moments in Europe/Amsterdam. Rows are written as they are read (streamed),
/// so an export of the whole filtered list never holds it in memory.</summary>
public sealed class CsvExport<T>
{
    private readonly List<(string Kop, Func<T, object?> Waarde)> _kolommen = [];

    public CsvExport<T> Column(string kop, Func<T, object?> waarde)
    {
        _kolommen.Add((kop, waarde));
        return this;
    }

    public IReadOnlyList<string> Koppen => _kolommen.Select(k => k.Kop).ToList();

    public async Task WriteAsync(Stream uitvoer, IAsyncEnumerable<T> rijen, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(uitvoer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Regel(_kolommen.Select(k => k.Kop)));
        var n = 0;
        await foreach (var rij in rijen.WithCancellation(ct))
        {
            await writer.WriteAsync(Regel(_kolommen.Select(k => Tekst(k.Waarde(rij)))));
            if (++n % 500 == 0)
                await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    private static string Regel(IEnumerable<string> velden) => string.Join(';', velden.Select(Veld)) + "\r\n";

    public static string Tekst(object? waarde) => waarde switch
    {
        null => "",
        DateOnly d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset m => Amsterdam.Local(m).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "ja" : "nee",
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("nl-NL")),
        _ => waarde.ToString() ?? "",
    };

    /// <summary>Quotes a field when it holds ';', '"' or a line break; a text that Excel would run as a formula
    /// (starting with =, +, -, @) gets a leading apostrophe.</summary>
    public static string Veld(string s)
    {
        if (s.Length > 0 && s[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(s, NumberStyles.Number, CultureInfo.GetCultureInfo("nl-NL"), out _))
            s = "'" + s;
        return s.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
