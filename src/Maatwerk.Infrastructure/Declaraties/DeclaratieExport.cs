using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Infrastructure.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>A sent declaration as Excel (DocumentFormat.OpenXml) and PDF (PdfSharp 6.2.4): every line with its
/// reference, client, toewijzing, product, period, volume, tariff, amount (credits negative), status and retourcodes, and
/// the totals submitted, granted, rejected. Amounts in euros for people; the message itself keeps cents.</summary>
public sealed class DeclaratieExport(DeclaratieCorrectieService correcties)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record Bestand(byte[] Inhoud, string Naam);

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] Kolommen = ["Referentie", "Vorige referentie", "BSN", "Toewijzing", "Product", "Begindatum", "Einddatum", "Volume", "Eenheid", "Tarief (€)", "Bedrag (€)", "D/C", "Status", "Retourcodes"];

    /// <summary>The totals of a declaration's lines, in cents with sign.</summary>
    public sealed record Totalen(long Ingediend, long Toegekend, long Afgewezen)
    {
        public static Totalen Of(IReadOnlyList<Prestatie> regels) => new(regels.Sum(r => r.Saldo),
            regels.Where(r => r.Status is PrestatieStatus.Toegekend or PrestatieStatus.Gecrediteerd).Sum(r => r.Saldo),
            regels.Where(r => r.Status == PrestatieStatus.Afgewezen).Sum(r => r.Saldo));
    }

    private static object[] Cells(Prestatie r) =>
    [
        r.ReferentieNummer, r.VorigReferentieNummer ?? "", r.Bsn, r.ToewijzingNummer, $"{r.ProductCategorie} {r.ProductCode}",
        r.Begindatum.ToString("dd-MM-yyyy", Nl), r.Einddatum.ToString("dd-MM-yyyy", Nl), r.GeleverdVolume, r.Eenheid,
        (r.ProductTarief ?? 0) / 100m, r.Saldo / 100m, r.Credit ? "C" : "D", Prestatie.StatusNaam(r.Status), r.Retourcodes ?? "",
    ];

    public async Task<Bestand?> ExcelAsync(Guid id, CancellationToken ct = default)
    {
        if (await correcties.DeclaratieAsync(id, ct) is not { } d)
            return null;
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Declaratie " + d.Declaratie.Nummer }));
            void Row(params object[] waarden) => data.AppendChild(new Row(waarden.Select(Cell)));
            Row("Declaratie", d.Declaratie.Nummer);
            Row("Gemeente", d.Gemeente.Naam);
            Row("Periode", Declaratieopbouw.Periode(d.Declaratie.Periode));
            Row("Verzonden", Amsterdam.Local(d.Declaratie.VerzondenOp).ToString("dd-MM-yyyy HH:mm", Nl));
            Row();
            Row(Kolommen);
            foreach (var r in d.Regels)
                Row(Cells(r));
            Row();
            var t = Totalen.Of(d.Regels);
            Row("Totaal ingediend", t.Ingediend / 100m);
            Row("Totaal toegekend", t.Toegekend / 100m);
            Row("Totaal afgewezen", t.Afgewezen / 100m);
        }
        return new(ms.ToArray(), $"declaratie-{d.Declaratie.Nummer}.xlsx");
    }

    private static Cell Cell(object waarde) => waarde switch
    {
        decimal m => new Cell { DataType = CellValues.Number, CellValue = new CellValue(m) },
        long l => new Cell { DataType = CellValues.Number, CellValue = new CellValue(l.ToString(CultureInfo.InvariantCulture)) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(waarde.ToString() ?? "")) },
    };

    public async Task<Bestand?> PdfAsync(Guid id, CancellationToken ct = default)
    {
        if (await correcties.DeclaratieAsync(id, ct) is not { } d)
            return null;
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"Declaratie {d.Declaratie.Nummer}";
        pdf.Options.CompressContentStreams = false; // small documents; the text stays searchable
        var (kop, tekst, vet) = (PdfFonts.Vet(12), PdfFonts.Normaal(7), PdfFonts.Vet(7)); // the fonts inside PDFsharp: nothing to install
        double[] breedte = [62, 52, 42, 40, 42, 40, 40, 30, 22, 34, 40, 16, 48, 40];
        PdfPage? pagina = null;
        XGraphics? gfx = null;
        double y = 0;
        void NewPage()
        {
            gfx?.Dispose();
            pagina = pdf.AddPage();
            pagina.Orientation = PdfSharp.PageOrientation.Landscape;
            gfx = XGraphics.FromPdfPage(pagina);
            y = 40;
        }
        void Line(IReadOnlyList<string> waarden, XFont font)
        {
            if (y > pagina!.Height.Point - 40)
                NewPage();
            double x = 30;
            for (var i = 0; i < waarden.Count; i++)
            {
                gfx!.DrawString(waarden[i], font, XBrushes.Black, new XPoint(x, y));
                x += i < breedte.Length ? breedte[i] : 60;
            }
            y += 11;
        }
        NewPage();
        gfx!.DrawString($"Declaratie {d.Declaratie.Nummer} — {d.Gemeente.Naam} — {Declaratieopbouw.Periode(d.Declaratie.Periode)}", kop, XBrushes.Black, new XPoint(30, y));
        y += 16;
        Line([$"Verzonden {Amsterdam.Local(d.Declaratie.VerzondenOp).ToString("dd-MM-yyyy HH:mm", Nl)} door {d.Declaratie.VerzondenDoor}"], tekst);
        y += 4;
        Line(Kolommen, vet);
        foreach (var r in d.Regels)
            Line(Cells(r).Select(c => c is decimal m ? m.ToString("#,##0.00", Nl) : Convert.ToString(c, Nl) ?? "").ToList(), tekst);
        y += 6;
        var t = Totalen.Of(d.Regels);
        Line([$"Totaal ingediend € {(t.Ingediend / 100m).ToString("#,##0.00", Nl)}", "", "", $"toegekend € {(t.Toegekend / 100m).ToString("#,##0.00", Nl)}", "", "", $"afgewezen € {(t.Afgewezen / 100m).ToString("#,##0.00", Nl)}"], vet);
        gfx!.Dispose();
        using var ms = new MemoryStream();
        pdf.Save(ms, false);
        return new(ms.ToArray(), $"declaratie-{d.Declaratie.Nummer}.pdf");
    }
}
