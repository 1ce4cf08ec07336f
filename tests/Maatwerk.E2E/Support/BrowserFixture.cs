using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.Playwright;

namespace Maatwerk.E2E.Support;

/// <summary>One running app and one headless Debian Chromium (driven by Playwright) for a test class. Without
/// /usr/bin/chromium the tests skip locally with the reason printed; in CI (CI=true) they fail instead.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public AppServer App { get; private set; } = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string? UnavailableReason => File.Exists(ChromiumPath) ? TestDatabase.SelectedProvider == "postgres" ? TestDatabase.PostgresUnavailableReason : null
        : $"Chromium ontbreekt ({ChromiumPath}); installeer het met 'apt-get install chromium' of draai scripts/test.sh.";

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
            return;
        App = new AppServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public static void RequireBrowser()
    {
        if (UnavailableReason is not { } reason)
            return;
        if (TestDatabase.InCi)
            throw new InvalidOperationException("In CI moeten de browsertests draaien: " + reason);
        Console.WriteLine("OVERGESLAGEN: " + reason);
        Skip.If(true, reason);
    }

    public async Task<IPage> NewPageAsync()
    {
        RequireBrowser();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "nl-NL" });
        // Generous limits: on a loaded 2-core CI machine a page can take seconds; a real failure still fails.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> LoggedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoData.Wachtwoord);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        try
        {
            // Signed in when the layout shows who is logged in (more robust than waiting for a URL under load).
            await page.GetByTestId("gebruiker").WaitForAsync();
        }
        catch (TimeoutException e)
        {
            // Say what the page and the app said, so a failure on a CI machine can be understood from its log.
            var tekst = await page.Locator("main").InnerTextAsync();
            var log = App.Output;
            throw new InvalidOperationException($"Inloggen als {email} lukte niet. Pagina: {tekst}\nApp (laatste regels): {log[Math.Max(0, log.Length - 3000)..]}", e);
        }
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        App?.Dispose();
    }
}
