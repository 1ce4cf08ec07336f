using System.Globalization;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Tijdregistraties;

/// <summary>The printable registration list of one period (DEV-Eis3-REG): header, the direct registrations, the total and
/// a place to sign (or who signed, when already recorded). A4, as many pages as the lines need.</summary>
public static class RegistratielijstPdf
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private const double Marge = 50, Regelhoogte = 16;
    private static readonly double[] Kolommen = [0, 90, 170, 230, 350];

    public static byte[] Write(RegistratielijstService.Lijst lijst)
    {
        var p = lijst.Gekozen.Registratieperiode;
        using var document = new PdfDocument();
        document.Info.Title = $"Registratielijst {lijst.Client.VolledigeNaam} periode {p.Nummer}";
        document.Info.Author = lijst.Aanbieder;
        var (titel, tekst, vet, klein) = (PdfFonts.Vet(15), PdfFonts.Normaal(10), PdfFonts.Vet(10), PdfFonts.Normaal(8));

        XGraphics? gfx = null;
        PdfPage? page = null;
        double y = 0;
        void NieuwePagina()
        {
            gfx?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = Marge;
        }
        void Tekst(string s, XFont font, double x = 0)
        {
            gfx!.DrawString(s, font, XBrushes.Black, new XPoint(Marge + x, y), XStringFormats.BaseLineLeft);
        }
        void Volgende(double hoogte = Regelhoogte)
        {
            y += hoogte;
            if (y > page!.Height.Point - Marge - 80)
            {
                NieuwePagina();
                Kop();
            }
        }
        void Kop()
        {
            string[] koppen = ["Datum", "Tijd", "Minuten", "Contactwijze", "Medewerker"];
            for (var i = 0; i < koppen.Length; i++)
                Tekst(koppen[i], vet, Kolommen[i]);
            y += 4;
            gfx!.DrawLine(XPens.Black, Marge, y, page!.Width.Point - Marge, y);
            y += Regelhoogte;
        }

        NieuwePagina();
        Tekst("Registratielijst directe ondersteuning", titel);
        Volgende(24);
        foreach (var (label, waarde) in new[]
        {
            ("Cliënt", $"{lijst.Client.VolledigeNaam} (BSN {lijst.Client.Bsn})"),
            ("Aanbieder", lijst.Aanbieder),
            ("Product", lijst.Product),
            ("Toewijzing", lijst.Toewijzing.ToewijzingNummer),
            ("Periode", $"{p.Nummer}: {p.Van.ToString("d MMMM yyyy", Nl)} t/m {p.Tot.ToString("d MMMM yyyy", Nl)}"),
        })
        {
            Tekst(label, vet);
            Tekst(waarde, tekst, 90);
            Volgende();
        }
        Volgende(8);
        Kop();
        if (lijst.Regels.Count == 0)
        {
            Tekst("In deze periode is geen directe tijd geregistreerd.", tekst);
            Volgende();
        }
        foreach (var r in lijst.Regels)
        {
            Tekst(r.Datum.ToString("dd-MM-yyyy", Nl), tekst, Kolommen[0]);
            Tekst($"{r.Begintijd:HH\\:mm}–{r.Eindtijd:HH\\:mm}", tekst, Kolommen[1]);
            Tekst(r.Minuten.ToString(Nl), tekst, Kolommen[2]);
            Tekst(r.Contactwijze, tekst, Kolommen[3]);
            Tekst(r.Medewerker, tekst, Kolommen[4]);
            Volgende();
        }
        y -= Regelhoogte - 4;
        gfx!.DrawLine(XPens.Black, Marge, y, page!.Width.Point - Marge, y);
        y += Regelhoogte;
        Tekst($"Totaal: {lijst.Minuten} minuten ({TijdregistratieControle.Uren(lijst.Minuten)}) directe ondersteuning", vet);
        Volgende(30);

        if (lijst.Gekozen.Ondertekening is { } o)
        {
            Tekst($"Getekend door {Ondertekening.Ondertekenaars[o.Door].ToLowerInvariant()}: {o.Naam}", tekst);
            Volgende();
            Tekst($"Datum: {o.Datum.ToString("d MMMM yyyy", Nl)} — {Ondertekening.Wijzen[o.Wijze].ToLowerInvariant()}", tekst);
            Volgende();
        }
        else
        {
            Tekst("Voor akkoord (cliënt of vertegenwoordiger)", vet);
            Volgende(24);
            foreach (var regel in new[] { "Naam:", "Cliënt / vertegenwoordiger:", "Datum:", "Handtekening:" })
            {
                Tekst(regel, tekst);
                gfx!.DrawLine(XPens.Gray, Marge + 150, y + 2, Marge + 400, y + 2);
                Volgende(26);
            }
        }
        Volgende(10);
        Tekst(lijst.Bron is { } bron
            ? $"Bron: {bron} — de cliënt of vertegenwoordiger tekent de lijst van de directe uren minstens eens per 4 weken."
            : "De directe tijd die in deze periode voor de cliënt is geregistreerd.", klein);
        gfx!.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
