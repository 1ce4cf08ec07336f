using Maatwerk.Infrastructure.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The submitted periodic report OCO-4.7 (a)–(q) as a PDF for the gemeente: figures and record counts only.</summary>
public static class RapportagePdf
{
    private const double Marge = 50, Regel = 16;

    public static byte[] Write(RapportageService.Ingediend r)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Rapportage cliëntondersteuning {r.Gemeente} {r.Rapportage.Van:dd-MM-yyyy} t/m {r.Rapportage.Tot:dd-MM-yyyy}";
        document.Info.Author = r.Aanbieder;
        var (titel, tekst, vet) = (PdfFonts.Vet(15), PdfFonts.Normaal(9), PdfFonts.Vet(9));
        XGraphics? gfx = null;
        PdfPage? page = null;
        double y = 0;
        void Pagina()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Marge;
        }
        void Tekst(string s, XFont font, double x = 0) => gfx!.DrawString(s, font, XBrushes.Black, new XPoint(Marge + x, y), XStringFormats.BaseLineLeft);
        void Volgende(double h = Regel)
        {
            y += h;
            if (y > page!.Height.Point - Marge)
                Pagina();
        }
        Pagina();
        Tekst("Periodieke rapportage onafhankelijke cliëntondersteuning (OCO-4.7)", titel);
        Volgende(24);
        Tekst($"Aanbieder: {r.Aanbieder}", tekst); Volgende();
        Tekst($"Gemeente: {r.Gemeente}", tekst); Volgende();
        Tekst($"Periode: {r.Rapportage.Van:dd-MM-yyyy} t/m {r.Rapportage.Tot:dd-MM-yyyy}", tekst); Volgende();
        Tekst($"Ingediend: {OcoScope.Show(r.Rapportage.IngediendOp)} door {r.Rapportage.IngediendDoor}", tekst); Volgende(24);
        Tekst("Onderdeel", vet); Tekst("Omschrijving", vet, 60); Tekst("Waarde", vet, 390);
        Volgende();
        foreach (var c in r.Cijfers.Where(c => c.Onderdeel != "q"))
        {
            Tekst(c.Onderdeel, tekst);
            Tekst(c.Omschrijving.Length > 70 ? c.Omschrijving[..70] : c.Omschrijving, tekst, 60);
            Tekst(c.Waarde, tekst, 390);
            Volgende();
        }
        Volgende(8);
        Tekst("q. Trends en ontwikkelingen", vet);
        Volgende();
        foreach (var regel in Wrap(r.Rapportage.Trends ?? "—", 100))
        {
            Tekst(regel, tekst);
            Volgende();
        }
        gfx?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static IEnumerable<string> Wrap(string tekst, int breedte)
    {
        foreach (var alinea in tekst.Split('\n'))
        {
            var regel = "";
            foreach (var woord in alinea.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (regel.Length + woord.Length + 1 > breedte)
                {
                    yield return regel;
                    regel = "";
                }
                regel = regel.Length == 0 ? woord : $"{regel} {woord}";
            }
            yield return regel;
        }
    }
}
