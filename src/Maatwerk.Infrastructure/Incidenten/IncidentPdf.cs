using System.Globalization;
using Maatwerk.Domain.Incidenten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Maatwerk.Infrastructure.Incidenten;

/// <summary>The printable report of one incident, calamity or data breach: both moments (AMB-32), the report fields, the
/// routing of the contract with each deadline and clause, and the reports made. A4, as many pages as the text needs. The
/// toezichthouder's copy leaves out the client's name.</summary>
public static class IncidentPdf
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private const double Marge = 50, Regelhoogte = 14, Labelbreedte = 150;

    public static byte[] Write(IncidentService.Detail detail, bool zonderClient)
    {
        var incident = detail.Row.Incident;
        using var document = new PdfDocument();
        document.Info.Title = $"Melding {incident.Soort}: {incident.Titel}";
        document.Info.Author = detail.Aanbieder;
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
        void Regel(string s, XFont font, double x = 0)
        {
            if (y > page!.Height.Point - Marge)
                NieuwePagina();
            gfx!.DrawString(s, font, XBrushes.Black, new XPoint(Marge + x, y), XStringFormats.BaseLineLeft);
            y += Regelhoogte;
        }
        void Veld(string label, string? waarde)
        {
            var regels = Wrap(string.IsNullOrWhiteSpace(waarde) ? "—" : waarde, 70);
            gfx!.DrawString(label, vet, XBrushes.Black, new XPoint(Marge, y), XStringFormats.BaseLineLeft);
            foreach (var r in regels)
                Regel(r, tekst, Labelbreedte);
        }
        string Moment(DateTimeOffset m) => Amsterdam.Local(m).ToString("d MMMM yyyy 'om' HH:mm", Nl);

        NieuwePagina();
        Regel($"Melding {incident.Soort}", titel);
        y += 8;
        Veld("Aanbieder", detail.Aanbieder);
        Veld("Contract", detail.Row.Contract);
        Veld("Titel", incident.Titel);
        if (!zonderClient)
            Veld("Cliënt", detail.Row.Client);
        Veld("Voorgevallen", Moment(incident.Voorgevallen));
        Veld("Ontdekt", Moment(incident.Ontdekt));
        if (detail.Row.AlTeLaatBijOntdekking)
            Veld("Let op", "Een meldtermijn was al verstreken toen de aanbieder het voorval ontdekte (AMB-32).");
        Veld("Omschrijving", incident.Omschrijving);
        foreach (var (veld, label, _) in Incident.Meldvelden)
            if (incident.Veld(veld) is { } waarde)
                Veld(label, waarde);
        y += 8;
        Regel("Melden aan (volgens het contract)", vet);
        foreach (var route in detail.Routes)
            foreach (var r in Wrap($"{route.Aan} — {Termijn(route.Termijn)} ({route.Bron})", 95))
                Regel(r, tekst);
        y += 8;
        Regel("Termijnen", vet);
        foreach (var t in detail.Row.Termijnen)
        {
            var v = t.Verplichting;
            var deadline = v.Onverwijld ? "onverwijld" : v.DeadlineMoment is { } dm ? Moment(dm) : v.Deadline.ToString("d MMMM yyyy", Nl);
            var status = v.Status switch { VerplichtingStatus.Voldaan => "voldaan", VerplichtingStatus.TeLaat => "te laat", VerplichtingStatus.Open => "open", _ => v.Status.ToString().ToLowerInvariant() };
            foreach (var r in Wrap($"{v.Omschrijving} — uiterlijk {deadline} — {status} ({v.Bron}){(t.AlTeLaatBijOntdekking ? " — al te laat bij ontdekking" : "")}", 95))
                Regel(r, tekst);
        }
        y += 8;
        Regel("Verloop", vet);
        foreach (var g in detail.Gebeurtenissen)
            foreach (var r in Wrap($"{Moment(g.Moment)}: {detail.Namen.GetValueOrDefault(g.Soort, g.Soort)}{(g.Toelichting is { } tl ? $" — {tl}" : "")}", 95))
                Regel(r, tekst);
        y += 10;
        Regel($"Geregistreerd door {incident.GeregistreerdDoor} op {Moment(incident.GeregistreerdOp)}.", klein);
        gfx!.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static string Termijn(Domain.Calendar.Termijn termijn) => termijn.ToString();

    /// <summary>Splits text into lines of at most <paramref name="breedte"/> characters at spaces.</summary>
    public static IReadOnlyList<string> Wrap(string tekst, int breedte)
    {
        var regels = new List<string>();
        foreach (var alinea in tekst.Replace("\r", "").Split('\n'))
        {
            var regel = "";
            foreach (var woord in alinea.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (regel.Length > 0 && regel.Length + 1 + woord.Length > breedte)
                {
                    regels.Add(regel);
                    regel = "";
                }
                regel = regel.Length == 0 ? woord : $"{regel} {woord}";
            }
            regels.Add(regel);
        }
        return regels;
    }
}
