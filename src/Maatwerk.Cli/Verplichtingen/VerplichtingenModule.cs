using System.CommandLine;
using System.Diagnostics;
using Maatwerk.Cli.Hosting;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Maatwerk.Cli.Verplichtingen;

/// <summary>`maatwerk verplichtingen herbereken`: the on-demand re-evaluation of obligations, the same batched,
/// resumable run with a lease as the web app's nightly run (issue 9), so it runs once beside running web instances.</summary>
[TopCommands("verplichtingen")]
public sealed class VerplichtingenModule(Func<TimeProvider> klok) : ICommandModule
{
    public const int NietUitgevoerd = 1;
    public const int OngeldigeInvoer = 2;

    public VerplichtingenModule() : this(CliClock.Current) { }

    public IEnumerable<Command> Commands()
    {
        var database = new DatabaseArguments();
        var soort = new Option<string>("--soort")
        {
            Description = "nacht: alleen wat door het verstrijken van de tijd kan veranderen; alles: elk onderwerp (na een profielwijziging)",
            DefaultValueFactory = _ => RecalculationRunner.Nacht,
        };
        var opnieuw = new Option<bool>("--opnieuw") { Description = "Ook als de run van vandaag al klaar is (een onderbroken run hervat altijd)" };
        var herbereken = new Command("herbereken", "Herbereken de verplichtingen per onderwerp in batches, met hervatten na een onderbreking; " +
            "draait één keer, ook naast draaiende webinstanties")
        {
            soort, opnieuw, database.Provider, database.Connection,
        };
        herbereken.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(soort)!, parse.GetValue(opnieuw), parse.GetValue(database.Provider)!,
            parse.GetValue(database.Connection), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return [new Command("verplichtingen", "Verplichtingen uit de contracten") { herbereken }];
    }

    public async Task<int> ExecuteAsync(string soort, bool opnieuw, string provider, string? connection, TextWriter uit, TextWriter fout,
        CancellationToken ct = default)
    {
        if (soort is not (RecalculationRunner.Nacht or RecalculationRunner.Alles))
            return Error(fout, $"--soort '{soort}' bestaat niet: kies {RecalculationRunner.Nacht} of {RecalculationRunner.Alles}.");
        var (options, melding) = DatabaseArguments.Read(provider, connection);
        if (options is null)
            return Error(fout, melding!);
        var tijd = klok();
        var vandaag = Amsterdam.Today(tijd);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var profielen = ContractProfileStore.LoadDefault();
            if (profielen.Fouten.Count > 0)
                return Error(fout, "De contractprofielen bevatten fouten; eerst herstellen (maatwerk contracts check):" + Environment.NewLine
                    + string.Join(Environment.NewLine, profielen.Fouten));
            await using var db = DatabaseSetup.CreateContext(options, klok: tijd);
            await db.MigrateAsync(ct); // as the web app at start-up: the schema this code writes to
            var runner = new RecalculationRunner(db, new Recalculation(db, profielen.Catalogus, new VerplichtingenEngines(), tijd), tijd,
                [new ZorgInJaarNightly(db, profielen.Catalogus)]);
            if (opnieuw)
                await runner.ForgetFinishedAsync(soort, vandaag, ct);
            var uitkomst = await runner.ExecuteAsync(soort, vandaag, ct);
            uit.WriteLine($"Herberekening '{soort}' op {vandaag:dd-MM-yyyy} (Europe/Amsterdam): {uitkomst.Melding}");
            uit.WriteLine($"Duur {stopwatch.Elapsed.TotalSeconds:0.0} s, piekgeheugen {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB.");
            return uitkomst.Uitgevoerd ? 0 : NietUitgevoerd;
        }
        catch (NpgsqlException e)
        {
            return Error(fout, $"PostgreSQL is niet bereikbaar of weigert: {e.Message}");
        }
        catch (DirectoryNotFoundException e)
        {
            return Error(fout, e.Message);
        }
    }

    private static int Error(TextWriter fout, string melding)
    {
        fout.WriteLine(melding);
        return OngeldigeInvoer;
    }
}
