using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The submitted periodic report OCO-4.7 (a)–(q) as an Excel workbook for the gemeente: one row per figure with
/// its record count; no resident's details.</summary>
public static class RapportageExcel
{
    public static byte[] Write(RapportageService.Ingediend r)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var boek = doc.AddWorkbookPart();
            boek.Workbook = new Workbook();
            var blad = boek.AddNewPart<WorksheetPart>();
            var rijen = new SheetData();
            blad.Worksheet = new Worksheet(rijen);
            boek.Workbook.AppendChild(new Sheets(new Sheet { Id = boek.GetIdOfPart(blad), SheetId = 1, Name = "OCO-4.7" }));
            void Rij(params string[] cellen) => rijen.AppendChild(new Row(cellen.Select(c =>
                new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(c)) })));
            Rij("Periodieke rapportage onafhankelijke cliëntondersteuning (OCO-4.7)");
            Rij("Aanbieder", r.Aanbieder);
            Rij("Gemeente", r.Gemeente);
            Rij("Periode", $"{r.Rapportage.Van:dd-MM-yyyy} t/m {r.Rapportage.Tot:dd-MM-yyyy}");
            Rij("Ingediend", OcoScope.Show(r.Rapportage.IngediendOp));
            Rij();
            Rij("Onderdeel", "Omschrijving", "Waarde", "Aantal records");
            foreach (var c in r.Cijfers)
                Rij(c.Onderdeel, c.Omschrijving, c.Waarde, c.Records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return ms.ToArray();
    }
}
