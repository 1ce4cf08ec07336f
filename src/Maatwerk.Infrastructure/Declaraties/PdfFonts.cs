using PdfSharp.Fonts;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>PdfSharp's core build has no fonts of its own outside Windows: this resolver gives every family the machine's
/// DejaVu Sans or Liberation Sans (regular and bold). Set once per process, only when no resolver is set yet.</summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Familie = "Maatwerk Sans";
    private static readonly Lock Slot = new();
    private static readonly string[] Mappen = ["/usr/share/fonts", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];
    private static readonly (string Regular, string Bold)[] Kandidaten = [("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf")];

    private readonly string _regular;
    private readonly string _bold;

    private PdfFonts(string regular, string bold) => (_regular, _bold) = (regular, bold);

    public static void Ensure()
    {
        lock (Slot)
        {
            if (GlobalFontSettings.FontResolver is not null)
                return;
            foreach (var (regular, bold) in Kandidaten)
                if (Find(regular) is { } r)
                {
                    GlobalFontSettings.FontResolver = new PdfFonts(r, Find(bold) ?? r);
                    return;
                }
            throw new InvalidOperationException("Geen lettertype gevonden voor PDF (DejaVu Sans of Liberation Sans); installeer fonts-dejavu.");
        }
    }

    private static string? Find(string bestand) => Mappen.Where(Directory.Exists)
        .SelectMany(m => Directory.EnumerateFiles(m, bestand, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive }))
        .FirstOrDefault();

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(isBold ? "bold" : "regular");

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(faceName == "bold" ? _bold : _regular);
}
