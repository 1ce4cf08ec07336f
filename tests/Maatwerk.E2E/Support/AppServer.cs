using System.Diagnostics;
using System.Net.Sockets;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;

namespace Maatwerk.E2E.Support;

/// <summary>Starts the built Maatwerk.Web as its own process on a free loopback port, on a fresh database with the
/// demo data (SQLite, or PostgreSQL when MAATWERK_TEST_DB=postgres), and stops it afterwards.</summary>
public sealed class AppServer : IDisposable
{
    private readonly Process _process;
    private readonly TestDatabase _database;
    private readonly List<string> _output = [];

    public string BaseUrl { get; }

    /// <summary>The app on a fresh database that it migrates and seeds with the demo data itself, its clock pinned to start
    /// at <see cref="TestClock.Moment"/>; returns when the demo's start-up recalculation is done, as a user would find it.</summary>
    public static AppServer OpVerseDemo()
    {
        var app = new AppServer(TestDatabase.Create(TestDatabase.SelectedProvider), TestClock.Moment);
        try
        {
            DemoStart.WaitUntilSettled(app._database.Options);
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    private AppServer(TestDatabase database, DateTimeOffset klokStart)
    {
        _database = database;
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var webDir = Path.Combine(root, "src", "Maatwerk.Web");
        var dll = Path.Combine(webDir, "bin", configuration, "net10.0", "Maatwerk.Web.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("Bouw eerst de oplossing (dotnet build); niet gevonden: " + dll);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = _database.Options.Provider;
        start.Environment["Database__ConnectionString"] = _database.Options.ConnectionString;
        start.Environment["Security__InlogpogingenPerMinuut"] = "100000";
        // The app's clock starts at the suites' pinned moment (Klok:Vast) and runs on from there.
        start.Environment["Klok__Vast"] = klokStart.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.Add(e.Data ?? ""); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.Add(e.Data ?? ""); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            WaitUntilHealthy();
        }
        catch
        {
            Dispose(); // a constructor that throws is never disposed: do not leave the app running
            throw;
        }
    }

    /// <summary>Today in Amsterdam in the app (its clock is pinned at <see cref="TestClock.Moment"/>).</summary>
    public DateOnly Vandaag => TestClock.Vandaag;

    public MaatwerkDbContext NewDbContext() => DatabaseSetup.CreateContext(_database.Options, klok: Clock.Create(TestClock.KlokVast));

    public string Output
    {
        get { lock (_output) return string.Join('\n', _output); }
    }

    private void WaitUntilHealthy()
    {
        using var http = new HttpClient();
        var wachten = System.Diagnostics.Stopwatch.StartNew(); // a real timeout on the test machine, not the app's (pinned) clock
        var maximaal = TimeSpan.FromSeconds(300); // migrating and seeding the demo on a busy 2-core machine
        while (wachten.Elapsed < maximaal)
        {
            if (_process.HasExited)
                throw new InvalidOperationException("De app stopte bij het starten:\n" + Output);
            try
            {
                if (http.GetAsync(BaseUrl + "/health").Result.IsSuccessStatusCode)
                    return;
            }
            catch (AggregateException)
            {
                // not listening yet
            }
            Thread.Sleep(250);
        }
        throw new TimeoutException($"De app werd niet gezond binnen {maximaal.TotalSeconds} seconden:\n" + Output);
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Maatwerk.sln niet gevonden boven " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        _database.Dispose();
    }
}
