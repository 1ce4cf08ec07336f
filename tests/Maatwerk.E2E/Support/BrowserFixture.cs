using Maatwerk.Infrastructure.Seed;
using Maatwerk.Tests.Shared;
using Microsoft.Playwright;

namespace Maatwerk.E2E.Support;

/// <summary>A running app on the demo data and a headless Debian Chromium (driven by Playwright) for a test class. The
/// app and the browser are shared by all classes of the test process (starting them per class was half of the browser
/// tests' time); every page gets its own browser context, so no cookies are shared. A flow therefore must not assume
/// that nobody else wrote to the database: it compares with what the database holds at that moment, or works on
/// records it creates itself. Without /usr/bin/chromium the tests skip locally with the reason printed; in CI (CI=true)
/// they fail instead.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Start = new(1, 1);
    private static AppServer? _app;
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private readonly List<IBrowserContext> _contexts = [];

    public AppServer App { get; private set; } = null!;

    public static string? UnavailableReason => File.Exists(ChromiumPath) ? TestDatabase.SelectedProvider == "postgres" ? TestDatabase.PostgresUnavailableReason : null
        : $"Chromium ontbreekt ({ChromiumPath}); installeer het met 'apt-get install chromium' of draai scripts/test.sh.";

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
            return;
        await Start.WaitAsync();
        try
        {
            App = _app ??= AppServer.OpVerseDemo();
            if (_browser is { IsConnected: true })
                return;
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
        finally
        {
            Start.Release();
        }
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
        _contexts.Add(context);
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

    /// <summary>Stops the shared browser and app; a class that still comes (one outside the collection) starts new ones.</summary>
    internal static async Task StopGedeeld()
    {
        await Start.WaitAsync();
        try
        {
            if (_browser is not null)
                await _browser.DisposeAsync();
            _playwright?.Dispose();
            _app?.Dispose();
            (_browser, _playwright, _app) = (null, null, null);
        }
        finally
        {
            Start.Release();
        }
    }

    /// <summary>Closes the class's pages; the shared browser and app stay for the next class (<see cref="BrowserCollectie"/> stops them).</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
    }
}

/// <summary>Every browser test class is in this collection, so that xUnit stops the shared app and browser when the last
/// class is done (the test host may be ended without running exit handlers, which would leave the app running).</summary>
[CollectionDefinition(Naam)]
public sealed class BrowserCollectie : ICollectionFixture<BrowserCollectie.Opruimen>
{
    public const string Naam = "Browser";

    public sealed class Opruimen : IAsyncLifetime
    {
        public Task InitializeAsync() => Task.CompletedTask;

        public Task DisposeAsync() => BrowserFixture.StopGedeeld();
    }
}
