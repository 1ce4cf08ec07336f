using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Common;

/// <summary>A simple A4 text document written line by line (reports: an incident, the complaints overviews): a new page
/// when the current one is full, long text wrapped at spaces, a label column for "label: value" lines.</summary>
public sealed class PdfLines : IDisposable
{
    private const double Marge = 50, Regelhoogte = 14, Labelbreedte = 150;
    private readonly PdfDocument _document = new();
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;

    public XFont Titel { get; } = PdfFonts.Vet(15);
    public XFont Tekst { get; } = PdfFonts.Normaal(10);
    public XFont Vet { get; } = PdfFonts.Vet(10);
    public XFont Klein { get; } = PdfFonts.Normaal(8);

    public PdfLines(string titel, string auteur)
    {
        _document.Info.Title = titel;
        _document.Info.Author = auteur;
        NewPage();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Marge;
    }

    /// <summary>One line of text (not wrapped), then down one line.</summary>
    public void Line(string tekst, XFont? font = null, double x = 0)
    {
        if (_y > _page!.Height.Point - Marge)
            NewPage();
        _gfx!.DrawString(tekst, font ?? Tekst, XBrushes.Black, new XPoint(Marge + x, _y), XStringFormats.BaseLineLeft);
        _y += Regelhoogte;
    }

    /// <summary>Text wrapped at spaces to the page width.</summary>
    public void Paragraph(string tekst, XFont? font = null)
    {
        foreach (var regel in PdfFonts.Wrap(tekst, 95))
            Line(regel, font);
    }

    /// <summary>A bold label with its value beside it, the value wrapped ("—" when empty).</summary>
    public void Field(string label, string? waarde)
    {
        if (_y > _page!.Height.Point - Marge)
            NewPage();
        _gfx!.DrawString(label, Vet, XBrushes.Black, new XPoint(Marge, _y), XStringFormats.BaseLineLeft);
        foreach (var regel in PdfFonts.Wrap(string.IsNullOrWhiteSpace(waarde) ? "—" : waarde, 70))
            Line(regel, Tekst, Labelbreedte);
    }

    public void Gap(double hoogte = 8) => _y += hoogte;

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
