using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The cells of an uploaded national-format file as text, by row: an .xlsx (OpenXml; inline and shared strings and
/// numbers, placed by their cell reference so skipped empty cells keep their column) or a CSV (';' as Dutch Excel writes it,
/// or ','; quotes honoured; UTF-8 with or without BOM).</summary>
internal static class LandelijkBestand
{
    public static List<IReadOnlyList<string>>? Cellen(byte[] inhoud)
    {
        try
        {
            return inhoud is [(byte)'P', (byte)'K', ..] ? Excel(inhoud) : Csv(new UTF8Encoding(false, true).GetString(inhoud).TrimStart('\uFEFF'));
        }
        catch (Exception e) when (e is DecoderFallbackException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            return null;
        }
    }

    private static List<IReadOnlyList<string>> Excel(byte[] inhoud)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(inhoud), false);
        var wb = doc.WorkbookPart ?? throw new InvalidDataException("geen werkboek");
        var gedeeld = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var blad = wb.WorksheetParts.FirstOrDefault()?.Worksheet ?? throw new InvalidDataException("geen werkblad");
        var rijen = new List<IReadOnlyList<string>>();
        foreach (var rij in blad.Descendants<Row>())
        {
            var nummer = (int)(rij.RowIndex?.Value ?? (uint)rijen.Count + 1);
            while (rijen.Count < nummer - 1)
                rijen.Add([]);
            var cellen = new List<string>();
            foreach (var cel in rij.Elements<Cell>())
            {
                var kolom = Kolom(cel.CellReference?.Value) ?? cellen.Count;
                while (cellen.Count < kolom)
                    cellen.Add("");
                var tekst = cel.DataType?.Value == CellValues.SharedString && int.TryParse(cel.CellValue?.Text, out var i) && i < gedeeld.Count ? gedeeld[i]
                    : cel.InlineString?.InnerText ?? cel.CellValue?.Text ?? "";
                cellen.Add(tekst);
            }
            rijen.Add(cellen);
        }
        return rijen;
    }

    /// <summary>"C12" → 2.</summary>
    private static int? Kolom(string? referentie)
    {
        if (string.IsNullOrEmpty(referentie))
            return null;
        var n = 0;
        foreach (var c in referentie.TakeWhile(char.IsAsciiLetter))
            n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return n - 1;
    }

    private static List<IReadOnlyList<string>> Csv(string tekst)
    {
        var regels = tekst.Split('\n').Select(r => r.TrimEnd('\r')).ToList();
        var scheiding = regels.Any(r => r.Contains(';')) ? ';' : ',';
        return regels.Select(r => (IReadOnlyList<string>)Velden(r, scheiding)).ToList();
    }

    private static List<string> Velden(string regel, char scheiding)
    {
        var velden = new List<string>();
        var veld = new StringBuilder();
        var quote = false;
        for (var i = 0; i < regel.Length; i++)
        {
            var c = regel[i];
            if (quote && c == '"' && i + 1 < regel.Length && regel[i + 1] == '"') { veld.Append('"'); i++; }
            else if (c == '"') quote = !quote;
            else if (c == scheiding && !quote) { velden.Add(veld.ToString()); veld.Clear(); }
            else veld.Append(c);
        }
        velden.Add(veld.ToString());
        return velden;
    }
}
