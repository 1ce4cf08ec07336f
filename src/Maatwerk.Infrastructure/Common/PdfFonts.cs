using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.WPFonts;

namespace Maatwerk.Infrastructure.Common;

/// <summary>Fonts for the PDFs the platform prints (PDFsharp 6.2.4, MIT; not 6.5, which is AGPL). PDFsharp's core build
/// finds no system fonts on Linux, so every document uses the Segoe WP faces that ship inside the PDFsharp package
/// (<see cref="FontDataHelper"/>): no font has to be installed on the server. Text is WinAnsi-encoded, which covers Dutch
/// (é, ë, ï) and keeps the words readable in the content stream (tests read them back).</summary>
public static class PdfFonts
{
    public const string Familie = "Maatwerk";

    private static readonly Lock Slot = new();

    public static XFont Normaal(double grootte) => Font(grootte, XFontStyleEx.Regular);
    public static XFont Vet(double grootte) => Font(grootte, XFontStyleEx.Bold);

    private static XFont Font(double grootte, XFontStyleEx stijl)
    {
        Ensure();
        return new XFont(Familie, grootte, stijl, new XPdfFontOptions(PdfFontEncoding.WinAnsi));
    }

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

    /// <summary>Installs the resolver once per process (PDFsharp allows setting it only once).</summary>
    public static void Ensure()
    {
        lock (Slot)
        {
            if (GlobalFontSettings.FontResolver is not Resolver)
                GlobalFontSettings.FontResolver = new Resolver();
        }
    }

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "SegoeWPBold" : "SegoeWP", false, italic);

        public byte[] GetFont(string faceName) => faceName == "SegoeWPBold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
    }
}
