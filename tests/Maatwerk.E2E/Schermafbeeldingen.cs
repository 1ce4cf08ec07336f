using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>The README's screenshots (docs/img), written only when MAATWERK_SCREENSHOTS=1 (not on every run): the
/// consulent's start page, a toewijzing and Verplichtingen, as the accessibility test visits them.</summary>
internal static class Schermafbeeldingen
{
    public static bool Aan => Environment.GetEnvironmentVariable("MAATWERK_SCREENSHOTS") == "1";

    public static async Task MaakAsync(IPage page, string pad)
    {
        var naam = pad switch
        {
            "/" => "startpagina-consulent.png",
            "/Verplichtingen" => "verplichtingen.png",
            _ when pad.StartsWith("/Toewijzingen/Details/", StringComparison.Ordinal) => "toewijzing.png",
            _ => null,
        };
        if (!Aan || naam is null)
            return;
        var map = Path.Combine(AppServer.RepositoryRoot(), "docs", "img");
        Directory.CreateDirectory(map);
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(map, naam), FullPage = false });
    }
}
