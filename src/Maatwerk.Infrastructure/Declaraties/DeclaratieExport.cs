using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Infrastructure.Common;

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
        using var pdf = new PdfTable($"Declaratie {d.Declaratie.Nummer}",
            new PdfTable.Layout([62, 52, 42, 40, 42, 40, 40, 30, 22, 34, 40, 16, 48, 40], Links: 30, Boven: 40, Regelhoogte: 11, Tekstgrootte: 7, Titelgrootte: 12, Liggend: true));
        pdf.Heading($"Declaratie {d.Declaratie.Nummer} — {d.Gemeente.Naam} — {Declaratieopbouw.Periode(d.Declaratie.Periode)}", 16);
        pdf.Row([$"Verzonden {Amsterdam.Local(d.Declaratie.VerzondenOp).ToString("dd-MM-yyyy HH:mm", Nl)} door {d.Declaratie.VerzondenDoor}"]);
        pdf.Gap(4);
        pdf.Row(Kolommen, vet: true);
        foreach (var r in d.Regels)
            pdf.Row(Cells(r));
        pdf.Gap();
        var t = Totalen.Of(d.Regels);
        pdf.Row([$"Totaal ingediend € {(t.Ingediend / 100m).ToString("#,##0.00", Nl)}", "", "", $"toegekend € {(t.Toegekend / 100m).ToString("#,##0.00", Nl)}", "", "", $"afgewezen € {(t.Afgewezen / 100m).ToString("#,##0.00", Nl)}"], vet: true);
        return new(pdf.Save(), $"declaratie-{d.Declaratie.Nummer}.pdf");
    }
}
