using System.CommandLine;
using Maatwerk.Cli.Hosting;
using Maatwerk.Infrastructure.Data;
using Npgsql;

namespace Maatwerk.Cli.Demo;

/// <summary>`maatwerk demo genereer …`: realistic generated data for load and scale tests.</summary>
public sealed class DemoModule(Func<TimeProvider> klok) : ICommandModule
{
    public const int OngeldigeInvoer = 2;

    public DemoModule() : this(CliKlok.Huidig) { }

    public IEnumerable<Command> Commands()
    {
        var clienten = new Option<int>("--clienten") { Description = "Aantal cliënten, bijv. 50000", Required = true };
        var provider = new Option<string>("--provider") { Description = "Sqlite of Postgres", DefaultValueFactory = _ => "Sqlite" };
        var connection = new Option<string?>("--connection") { Description = "Connection string; standaard Data Source=maatwerk-demo.db (SQLite, in de huidige map)" };
        var seed = new Option<int>("--seed") { Description = "Startwaarde van de toevalsgenerator: dezelfde seed en dezelfde dag geven dezelfde data", DefaultValueFactory = _ => 42 };
        var verplichtingen = new Option<bool>("--verplichtingen") { Description = "Bereken daarna alle verplichtingen (kan lang duren)" };
        var genereer = new Command("genereer", "Vul een lege database met de demo-organisaties en -contracten en een realistisch cliëntenbestand: " +
            "beschikkingen, toewijzingen, twee jaar ketengebeurtenissen en iWmo-berichten met retourberichten")
        {
            clienten, provider, connection, seed, verplichtingen,
        };
        genereer.SetAction((parse, ct) => VoerUitAsync(parse.GetValue(clienten), parse.GetValue(provider)!, parse.GetValue(connection), parse.GetValue(seed),
            parse.GetValue(verplichtingen), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return [new Command("demo", "Demodata") { genereer }];
    }

    public async Task<int> VoerUitAsync(int clienten, string provider, string? connection, int seed, bool verplichtingen, TextWriter uit, TextWriter fout,
        CancellationToken ct = default)
    {
        if (clienten is < 1 or > 1_000_000)
            return Fout(fout, "--clienten moet tussen 1 en 1.000.000 liggen.");
        var options = provider.ToLowerInvariant() switch
        {
            "sqlite" => new DatabaseOptions { Provider = "Sqlite", ConnectionString = connection ?? "Data Source=maatwerk-demo.db" },
            "postgres" or "postgresql" when connection is not null => new DatabaseOptions { Provider = "Postgres", ConnectionString = connection },
            "postgres" or "postgresql" => null,
            _ => null,
        };
        if (options is null)
            return Fout(fout, provider.ToLowerInvariant() is "postgres" or "postgresql"
                ? "Geef bij --provider Postgres een --connection op, bijv. \"Host=127.0.0.1;Database=maatwerk;Username=postgres\"."
                : $"Onbekende provider '{provider}': kies Sqlite of Postgres.");
        try
        {
            var generator = new DemoGenerator(options, klok(), uit);
            await generator.VoerUitAsync(new GenereerOpties(clienten, seed, verplichtingen), ct);
            return 0;
        }
        catch (DatabaseNietLeegException e)
        {
            return Fout(fout, e.Message);
        }
        catch (FormatException e)
        {
            return Fout(fout, e.Message);
        }
        catch (NpgsqlException e)
        {
            return Fout(fout, $"PostgreSQL is niet bereikbaar of weigert: {e.Message}");
        }
    }

    private static int Fout(TextWriter fout, string melding)
    {
        fout.WriteLine(melding);
        return OngeldigeInvoer;
    }
}
