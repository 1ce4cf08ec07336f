using Maatwerk.Infrastructure.Data;
using Maatwerk.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Support;

/// <summary>The real application on a fresh database with the Dutch demo data, on the provider this test run uses
/// (MAATWERK_TEST_DB: sqlite or postgres).</summary>
public class MaatwerkFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create(TestDatabase.SelectedProvider);

    protected virtual bool TotpVerplicht => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Options.Provider);
        builder.UseSetting("Database:ConnectionString", _database.Options.ConnectionString);
        builder.UseSetting("Database:DemoData", "true");
        builder.UseSetting("Security:InlogpogingenPerMinuut", "100000");
        builder.UseSetting("Security:TotpVerplicht", TotpVerplicht ? "true" : "false");
    }

    /// <summary>A direct view on the test database (the app is started first, so it is migrated and seeded).</summary>
    public MaatwerkDbContext NewDbContext()
    {
        _ = Services;
        return DatabaseSetup.CreateContext(_database.Options);
    }

    public T WithDb<T>(Func<MaatwerkDbContext, T> query)
    {
        using var db = NewDbContext();
        return query(db);
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _database.Dispose();
    }
}

public sealed class TotpVerplichtFactory : MaatwerkFactory
{
    protected override bool TotpVerplicht => true;
}
