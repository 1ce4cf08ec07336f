using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Maatwerk.E2E.Support;
using Microsoft.Playwright;

namespace Maatwerk.E2E;

/// <summary>Accessibility (issue 13, the Dutch government standard WCAG 2.1 AA): per role one signed-in browser context
/// visits every page its menu offers, plus a toewijzing, a client and a message where the role has them, and axe-core
/// finds no serious or critical violation on any of them (each page once, by the first role that has it; the start page
/// per role). All findings are collected and reported together. With
/// MAATWERK_SCREENSHOTS=1 the consulent's visit also writes the README's screenshots (docs/img).</summary>
[Collection(BrowserCollectie.Naam)]
public sealed class ToegankelijkheidTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>One demo account per role (README).</summary>
    private static readonly string[] Accounts =
    [
        "consulent@deventer.demo", "contractmanager@deventer.demo", "declaraties@deventer.demo", "toezicht@deventer.demo",
        "beheer@deventer.demo", "administratie@delinde.demo", "begeleider@delinde.demo", "kwaliteit@delinde.demo",
    ];

    /// <summary>Detail pages reached from a list: (list path, link prefix).</summary>
    private static readonly (string Lijst, string Prefix)[] Details =
    [
        ("/Toewijzingen", "/Toewijzingen/Details/"), ("/Clienten", "/Clienten/Details/"), ("/Berichten", "/Berichten/Details/"),
    ];

    [SkippableFact]
    public async Task Every_menu_page_of_every_role_has_no_serious_or_critical_axe_violations()
    {
        var bevindingen = new List<string>();
        var gescand = new HashSet<string>();
        var bezocht = 0;
        foreach (var account in Accounts)
        {
            var page = await browser.LoggedInPageAsync(account);
            var menu = await page.GetByTestId("navigatie").Locator("a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
            var paden = menu.ToList();
            foreach (var (lijst, prefix) in Details.Where(d => menu.Contains(d.Lijst)))
            {
                await page.GotoAsync(lijst);
                var link = page.Locator($"main a[href^='{prefix}']").First;
                if (await link.CountAsync() > 0)
                    paden.Add((await link.GetAttributeAsync("href"))!);
            }
            // A page is scanned once, by the first role that has it: its HTML comes from one template. The start page
            // differs per role (its work queues), so every role's start page is scanned.
            foreach (var pad in paden.Distinct().Where(p => p == "/" || gescand.Add(p)))
            {
                await page.GotoAsync(pad);
                bezocht++;
                bevindingen.AddRange(await ErnstigeBevindingenAsync(page, $"{account} {pad}"));
                if (account == "consulent@deventer.demo")
                    await Schermafbeeldingen.MaakAsync(page, pad);
            }
            await page.Context.CloseAsync();
        }
        Console.WriteLine($"axe: {bezocht} pagina's gescand");
        bezocht.Should().BeGreaterThan(30, "every role's menu pages and details were visited");
        bevindingen.Should().BeEmpty("WCAG 2.1 AA: no serious or critical violations, found:\n" + string.Join("\n", bevindingen));
    }

    /// <summary>WCAG 2.1.1 (keyboard): a consulent signs in, skips to the content, opens a client from the list and records
    /// a beschikking, with Tab, Enter and Space only — no mouse, no direct navigation after the login page.</summary>
    [SkippableFact]
    public async Task A_consulent_signs_in_and_records_a_beschikking_with_the_keyboard_only()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Inloggen");
        await Toetsenbord.TabNaarAsync(page, "E-mailadres");
        await page.Keyboard.TypeAsync("consulent@deventer.demo");
        await Toetsenbord.TabNaarAsync(page, "Wachtwoord");
        await page.Keyboard.TypeAsync(Maatwerk.Infrastructure.Seed.DemoData.Wachtwoord);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByTestId("gebruiker").WaitForAsync();
        // The start page fully loaded (scripts, chart) before the keyboard moves on: on a cold app in CI an Enter pressed
        // while it was still loading once got no navigation.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.Keyboard.PressAsync("Tab");
        (await Toetsenbord.FocusNaamAsync(page)).Should().Be("Direct naar de inhoud", "the skip link is the first stop (WCAG 2.4.1)");
        await Toetsenbord.TabNaarAsync(page, "Cliënten");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Clienten**");
        await Toetsenbord.TabNaarAsync(page, e => e.StartsWith("/Clienten/Details/"), "de eerste cliënt");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Clienten/Details/**");
        await Toetsenbord.TabNaarAsync(page, "Beschikking vastleggen");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Beschikkingen/Nieuw**");

        await Toetsenbord.TabNaarAsync(page, "Beschikkingnummer");
        await page.Keyboard.TypeAsync("TB-2026-001");
        await Toetsenbord.TabNaarAsync(page, "Omschrijving");
        await page.Keyboard.TypeAsync("Persoonlijke ondersteuning, 90 minuten per week");
        await Toetsenbord.TabNaarAsync(page, "Beschikking vastleggen");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForURLAsync("**/Toewijzingen/Nieuw**");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("De beschikking is vastgelegd");
    }

    /// <summary>Runs axe-core with the WCAG 2.0/2.1 A and AA rules and describes each serious or critical violation.</summary>
    internal static async Task<IEnumerable<string>> ErnstigeBevindingenAsync(IPage page, string waar)
    {
        var resultaat = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return resultaat.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{waar}: [{v.Impact}] {v.Id} — {v.Help} — " +
                         string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html.Length > 160 ? n.Html[..160] : n.Html)) +
                         (v.Nodes.Length > 3 ? $" (+{v.Nodes.Length - 3})" : ""));
    }
}
