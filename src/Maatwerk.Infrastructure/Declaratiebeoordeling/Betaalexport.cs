using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The payment specification of one aanbieder in one batch as PDF (PdfSharp 6.2.4, the fonts inside PDFsharp)
/// and Excel (DocumentFormat.OpenXml, as DeclaratieExport), and one CSV per batch for the gemeente's financial system
/// (columns in docs/declaraties.md: amounts positive in euros with a dot, D = to pay to the aanbieder, C = set off).</summary>
public sealed class Betaalexport
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    public sealed record Bestand(byte[] Inhoud, string Naam);

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] Kolommen = ["Soort", "Declaratie", "Periode", "Omschrijving", "Bepaling", "Bedrag (€)"];

    private static string Naam(Betaalspecificatie s, string ext) => $"betaalspecificatie-{s.Agb ?? "aanbieder"}-{Amsterdam.Local(s.Betaald):yyyyMMdd}-{s.BatchId.ToString("N")[..8]}.{ext}";

    private static IEnumerable<object[]> Kop(Betaalspecificatie s) =>
    [
        ["Betaalspecificatie", s.Aanbieder], ["AGB-code", s.Agb ?? ""], ["Gemeente", s.Gemeente],
        ["Betaald", Amsterdam.Local(s.Betaald).ToString("dd-MM-yyyy HH:mm", Nl)], ["Betaalbatch", s.BatchId.ToString("N")],
    ];

    private static object[] Cells(Specificatieregel r) =>
        [r.Soort, r.DeclaratieNummer ?? "", r.Periode?.ToString("MM-yyyy", Nl) ?? "", r.Omschrijving, r.Bron ?? "", r.Bedrag / 100m];

    private static IEnumerable<object[]> Totalen(Betaalspecificatie s) =>
        [["Gedeclareerd en goedgekeurd", s.Bruto / 100m], ["Verrekend", s.Verrekend / 100m], ["Te betalen", s.Netto / 100m]];

    public Bestand Excel(Betaalspecificatie s)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Betaalspecificatie" }));
            void Row(params object[] waarden) => data.AppendChild(new Row(waarden.Select(Cell)));
            foreach (var k in Kop(s)) Row(k);
            Row();
            Row(Kolommen);
            foreach (var r in s.Regels) Row(Cells(r));
            Row();
            foreach (var t in Totalen(s)) Row(t);
        }
        return new(ms.ToArray(), Naam(s, "xlsx"));
    }

    private static Cell Cell(object waarde) => waarde switch
    {
        decimal m => new Cell { DataType = CellValues.Number, CellValue = new CellValue(m) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(waarde.ToString() ?? "")) },
    };

    public Bestand Pdf(Betaalspecificatie s)
    {
        using var pdf = new PdfTable($"Betaalspecificatie {s.Aanbieder}", new PdfTable.Layout([70, 65, 45, 200, 60], MaxTekens: 45));
        pdf.Heading($"Betaalspecificatie {s.Aanbieder} — {s.Gemeente}");
        foreach (var k in Kop(s).Skip(1)) pdf.Row(k);
        pdf.Gap();
        pdf.Row(Kolommen, vet: true);
        foreach (var r in s.Regels) pdf.Row(Cells(r));
        pdf.Gap();
        foreach (var t in Totalen(s)) pdf.Row([t[0], "", "", "", "", t[1]], vet: true);
        return new(pdf.Save(), Naam(s, "pdf"));
    }

    private sealed record CsvRegel(Betaalspecificatie Spec, Specificatieregel Regel);

    /// <summary>Columns of the CSV for the financial system, in this order.</summary>
    public static readonly string[] CsvKolommen = ["betaalbatch", "betaaldatum", "gemeente", "agb", "aanbieder", "soort", "declaratienummer", "periode", "omschrijving", "bepaling", "bedrag", "debetcredit"];

    /// <summary>One CSV per batch: one row per specification line of every aanbieder, UTF-8 with BOM, ';' between fields;
    /// bedrag positive in euros with a dot (1234.56), debetcredit D (to pay to the aanbieder) or C (set off).</summary>
    public byte[] Csv(IReadOnlyList<Betaalspecificatie> specificaties)
    {
        var export = new CsvExport<CsvRegel>();
        var waarden = new Func<CsvRegel, object?>[]
        {
            r => r.Spec.BatchId.ToString("N"), r => DateOnly.FromDateTime(Amsterdam.Local(r.Spec.Betaald)), r => r.Spec.Gemeente, r => r.Spec.Agb, r => r.Spec.Aanbieder,
            r => r.Regel.Soort, r => r.Regel.DeclaratieNummer, r => r.Regel.Periode?.ToString("yyyy-MM", CultureInfo.InvariantCulture), r => r.Regel.Omschrijving,
            r => r.Regel.Bron, r => (Math.Abs(r.Regel.Bedrag) / 100m).ToString("0.00", CultureInfo.InvariantCulture), r => r.Regel.Bedrag >= 0 ? "D" : "C",
        };
        for (var i = 0; i < CsvKolommen.Length; i++)
            export.Column(CsvKolommen[i], waarden[i]);
        using var ms = new MemoryStream();
        export.WriteAsync(ms, Rows(specificaties)).GetAwaiter().GetResult();
        return ms.ToArray();
    }

    private static async IAsyncEnumerable<CsvRegel> Rows(IReadOnlyList<Betaalspecificatie> specificaties)
    {
        await Task.CompletedTask;
        foreach (var s in specificaties)
            foreach (var r in s.Regels)
                yield return new CsvRegel(s, r);
    }
}
