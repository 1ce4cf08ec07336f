using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Common;

/// <summary>A table document written row by row (the exports of a declaration, a payment specification and a production
/// statement): a title, rows whose cells start at fixed column widths, a new page when the current one is full, decimals
/// as Dutch amounts (1.234,56), with the fonts inside PDFsharp (<see cref="PdfFonts"/>) and uncompressed, searchable text.</summary>
public sealed class PdfTable : IDisposable
{
    /// <summary>Column widths in points (a column beyond them is 60 wide); margins, line height and font sizes; landscape or
    /// portrait A4; and an optional cut-off for long cells.</summary>
    public sealed record Layout(double[] Breedtes, double Links = 40, double Boven = 50, double Regelhoogte = 12, double Tekstgrootte = 8,
        double Titelgrootte = 13, bool Liggend = false, int? MaxTekens = null);

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private readonly PdfDocument _document = new();
    private readonly Layout _layout;
    private readonly XFont _titel, _tekst, _vet;
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;

    public PdfTable(string titel, Layout layout)
    {
        _layout = layout;
        _document.Info.Title = titel;
        _document.Options.CompressContentStreams = false; // small documents; the text stays searchable
        (_titel, _tekst, _vet) = (PdfFonts.Vet(layout.Titelgrootte), PdfFonts.Normaal(layout.Tekstgrootte), PdfFonts.Vet(layout.Tekstgrootte));
        NewPage();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        if (_layout.Liggend)
            _page.Orientation = PdfSharp.PageOrientation.Landscape;
        else
            _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = _layout.Boven;
    }

    /// <summary>The title in the large bold font, then <paramref name="ruimte"/> down.</summary>
    public void Heading(string tekst, double ruimte = 20)
    {
        _gfx!.DrawString(tekst, _titel, XBrushes.Black, new XPoint(_layout.Links, _y));
        _y += ruimte;
    }

    /// <summary>One row: each cell at its column, decimals as amounts; bold for headers and totals.</summary>
    public void Row(IReadOnlyList<object?> waarden, bool vet = false)
    {
        if (_y > _page!.Height.Point - _layout.Boven)
            NewPage();
        var x = _layout.Links;
        for (var i = 0; i < waarden.Count; i++)
        {
            var w = Format(waarden[i]);
            if (_layout.MaxTekens is { } max && w.Length > max)
                w = w[..(max - 1)] + "…";
            _gfx!.DrawString(w, vet ? _vet : _tekst, XBrushes.Black, new XPoint(x, _y));
            x += i < _layout.Breedtes.Length ? _layout.Breedtes[i] : 60;
        }
        _y += _layout.Regelhoogte;
    }

    public void Gap(double hoogte = 6) => _y += hoogte;

    /// <summary>A cell as text: a decimal as a Dutch amount with two decimals, anything else in Dutch culture.</summary>
    public static string Format(object? waarde) => waarde is decimal m ? m.ToString("#,##0.00", Nl) : Convert.ToString(waarde, Nl) ?? "";

    public byte[] Save()
    {
        _gfx?.Dispose();
        _gfx = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }
}
