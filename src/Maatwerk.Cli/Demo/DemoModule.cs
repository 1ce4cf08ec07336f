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
        var database = new DatabaseArgumenten();
        var (provider, connection) = (database.Provider, database.Connection);
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
        var (options, melding) = DatabaseArgumenten.Read(provider, connection);
        if (options is null)
            return Fout(fout, melding!);
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
