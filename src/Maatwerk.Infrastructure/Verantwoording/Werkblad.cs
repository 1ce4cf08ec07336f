using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>A one-sheet Excel workbook (DocumentFormat.OpenXml 3.3, as DeclaratieExport): rows of text, whole numbers and
/// euro amounts (decimal), written as numbers so Excel can add them up.</summary>
internal sealed class Werkblad
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private readonly List<object[]> _rijen = [];

    public void Row(params object[] waarden) => _rijen.Add(waarden);

    public byte[] ToBytes(string naam)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = naam.Length > 31 ? naam[..31] : naam }));
            foreach (var rij in _rijen)
                data.AppendChild(new Row(rij.Select(Cell)));
        }
        return ms.ToArray();
    }

    private static Cell Cell(object waarde) => waarde switch
    {
        decimal m => new Cell { DataType = CellValues.Number, CellValue = new CellValue(m) },
        int or long => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToString(waarde, CultureInfo.InvariantCulture)!) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(waarde.ToString() ?? "")) },
    };
}
