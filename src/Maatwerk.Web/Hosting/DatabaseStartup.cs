using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Migrates the database, seeds Dutch demo data when it is empty (Database:DemoData, on by default) and
    /// prints where the app listens and how to log in.</summary>
    public static WebApplication PrepareDatabase(this WebApplication app)
    {
        using (var scope = app.Services.CreateScope())
        {
            _ = scope.ServiceProvider.GetRequiredService<Domain.Contracten.ContractProfileCatalog>(); // profile errors stop the start here
            var db = scope.ServiceProvider.GetRequiredService<MaatwerkDbContext>();
            db.MigrateAsync().GetAwaiter().GetResult();
            var klok = scope.ServiceProvider.GetRequiredService<Clock>();
            if (klok.IsVastgezet)
                app.Logger.LogWarning("De klok is vastgezet met {Sleutel}: nu is het {Nu:o} (UTC), vandaag in Amsterdam is {Vandaag:yyyy-MM-dd}. Alleen voor tests en demo's.",
                    Clock.VastSleutel, klok.Nu, klok.Vandaag);
            if (app.Configuration.GetValue("Database:DemoData", true) && DemoData.IsEmpty(db))
            {
                DemoData.Seed(db, scope.ServiceProvider.GetRequiredService<Domain.Contracten.ContractProfileCatalog>(), klok.Tijd);
                // The demo's history is evaluated at once (a small database); later days are the nightly run's work.
                scope.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Alles, klok.Vandaag).GetAwaiter().GetResult();
            }
        }
        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
        return app;
    }

    private static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        Console.WriteLine();
        Console.WriteLine("Maatwerk draait op: " + string.Join(", ", addresses));
        Console.WriteLine($"Database: {options.Provider}");
        if (app.Services.GetRequiredService<TimeProvider>() is ShiftedClock vast)
            Console.WriteLine($"Klok vastgezet ({Clock.VastSleutel}): gestart op {View.Moment(vast.Start)}, vandaag is {View.Date(app.Services.GetRequiredService<Clock>().Vandaag)}");
        if (app.Configuration.GetValue("Database:DemoData", true))
        {
            Console.WriteLine($"Demo-accounts (wachtwoord voor allemaal: {DemoData.Wachtwoord}):");
            foreach (var login in DemoData.Logins)
                Console.WriteLine($"  {login.Email,-34} {login.Rol,-22} {login.Organisatie}");
        }
        Console.WriteLine();
    }
}
