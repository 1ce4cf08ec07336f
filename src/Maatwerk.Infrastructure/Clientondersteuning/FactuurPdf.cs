using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The specification of an OCO invoice as a PDF for the gemeente: per line the melding number, kind, delivery dates
/// and number of contacts (OCO-6.1a); then what was left out under OCO-6.1c. No resident's name.</summary>
public static class FactuurPdf
{
    private const double Marge = 50, Regel = 16;

    public static byte[] Write(FactuurService.Specificatie s)
    {
        var f = s.Factuur;
        using var document = new PdfDocument();
        document.Info.Title = $"Factuurspecificatie cliëntondersteuning {s.Gemeente} {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}";
        document.Info.Author = s.Aanbieder;
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
        void Tekst(string t, XFont font, double x = 0) => gfx!.DrawString(t, font, XBrushes.Black, new XPoint(Marge + x, y), XStringFormats.BaseLineLeft);
        void Volgende(double h = Regel)
        {
            y += h;
            if (y > page!.Height.Point - Marge)
                Pagina();
        }
        Pagina();
        Tekst("Factuurspecificatie onafhankelijke cliëntondersteuning (OCO-6.1)", titel);
        Volgende(24);
        Tekst($"Aanbieder: {s.Aanbieder}", tekst); Volgende();
        Tekst($"Gemeente: {s.Gemeente}", tekst); Volgende();
        Tekst($"Periode: {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}", tekst); Volgende();
        Tekst($"Geleverd: {f.Regels.Count} regels, {f.Contacten} contacten, {f.Inwoners} meldingen; alleen geregistreerde levering (OCO-6.1a)", tekst);
        Volgende(24);
        Tekst("Melding", vet); Tekst("Soort", vet, 70); Tekst("Eerste levering", vet, 240); Tekst("Laatste levering", vet, 330); Tekst("Contacten", vet, 430);
        Volgende();
        foreach (var r in f.Regels)
        {
            Tekst(s.Meldingnummers[r.MeldingId], tekst); Tekst(r.Omschrijving, tekst, 70);
            Tekst($"{r.EersteLevering:dd-MM-yyyy}", tekst, 240); Tekst($"{r.LaatsteLevering:dd-MM-yyyy}", tekst, 330); Tekst(r.Aantal.ToString(), tekst, 430);
            Volgende();
        }
        if (f.Geweigerd.Count > 0)
        {
            Volgende(8);
            Tekst("Niet gefactureerd: ondersteuning ouder dan de contracttermijn (OCO-6.1c)", vet);
            Volgende();
            foreach (var g in f.Geweigerd)
            {
                Tekst($"{s.Meldingnummers[g.MeldingId]}  {g.Datum:dd-MM-yyyy}", tekst);
                Volgende();
            }
        }
        gfx?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
