using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Keyboard-only helpers for the accessibility flow: move the focus with Tab until it reaches an element, read
/// the focused element's accessible name (its label, aria-label or text).</summary>
internal static class Toetsenbord
{
    private const string Naam = """
        () => { const e = document.activeElement; if (!e || e === document.body) return '';
          const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
          return (label || e.getAttribute('aria-label') || e.innerText || e.value || '').trim(); }
        """;

    public static Task<string> FocusNaamAsync(IPage page) => page.EvaluateAsync<string>(Naam);

    public static Task<string> FocusHrefAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.getAttribute('href') ?? ''");

    /// <summary>Tab until the focused element is named <paramref name="naam"/>.</summary>
    public static async Task TabNaarAsync(IPage page, string naam, int max = 80)
    {
        var gezien = new List<string>();
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var huidig = await FocusNaamAsync(page);
            if (huidig == naam)
                return;
            gezien.Add(huidig);
        }
        throw new InvalidOperationException($"'{naam}' is niet met Tab te bereiken; de focus ging langs: {string.Join(" | ", gezien)}");
    }

    /// <summary>Tab until the focused link's href matches.</summary>
    public static async Task TabNaarAsync(IPage page, Func<string, bool> href, string omschrijving, int max = 80)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (href(await FocusHrefAsync(page)))
                return;
        }
        throw new InvalidOperationException($"{omschrijving} is niet met Tab te bereiken.");
    }
}
