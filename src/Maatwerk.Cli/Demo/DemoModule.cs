using System.CommandLine;
using Maatwerk.Cli.Hosting;
using Maatwerk.Infrastructure.Data;
using Npgsql;

namespace Maatwerk.Cli.Demo;

/// <summary>`maatwerk demo genereer …`: realistic generated data for load and scale tests.</summary>
[TopCommands("demo")]
public sealed class DemoModule(Func<TimeProvider> klok) : ICommandModule
{
    public const int OngeldigeInvoer = 2;

    public DemoModule() : this(CliClock.Current) { }

    public IEnumerable<Command> Commands()
    {
        var clienten = new Option<int>("--clienten") { Description = "Aantal cliënten, bijv. 50000", Required = true };
        var database = new DatabaseArguments();
        var (provider, connection) = (database.Provider, database.Connection);
        var seed = new Option<int>("--seed") { Description = "Startwaarde van de toevalsgenerator: dezelfde seed en dezelfde dag geven dezelfde data", DefaultValueFactory = _ => 42 };
        var verplichtingen = new Option<bool>("--verplichtingen") { Description = "Bereken daarna alle verplichtingen (kan lang duren)" };
        var genereer = new Command("genereer", "Vul een lege database met de demo-organisaties en -contracten en een realistisch cliëntenbestand: " +
            "beschikkingen, toewijzingen, twee jaar ketengebeurtenissen en iWmo-berichten met retourberichten")
        {
            clienten, provider, connection, seed, verplichtingen,
        };
        genereer.SetAction((parse, ct) => ExecuteAsync(parse.GetValue(clienten), parse.GetValue(provider)!, parse.GetValue(connection), parse.GetValue(seed),
            parse.GetValue(verplichtingen), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, ct));
        return [new Command("demo", "Demodata") { genereer }];
    }

    public async Task<int> ExecuteAsync(int clienten, string provider, string? connection, int seed, bool verplichtingen, TextWriter uit, TextWriter fout,
        CancellationToken ct = default)
    {
        if (clienten is < 1 or > 1_000_000)
            return Error(fout, "--clienten moet tussen 1 en 1.000.000 liggen.");
        var (options, melding) = DatabaseArguments.Read(provider, connection);
        if (options is null)
            return Error(fout, melding!);
        try
        {
            var generator = new DemoGenerator(options, klok(), uit);
            await generator.ExecuteAsync(new GenerateOptions(clienten, seed, verplichtingen), ct);
            return 0;
        }
        catch (DatabaseNotEmptyException e)
        {
            return Error(fout, e.Message);
        }
        catch (FormatException e)
        {
            return Error(fout, e.Message);
        }
        catch (NpgsqlException e)
        {
            return Error(fout, $"PostgreSQL is niet bereikbaar of weigert: {e.Message}");
        }
    }

    private static int Error(TextWriter fout, string melding)
    {
        fout.WriteLine(melding);
        return OngeldigeInvoer;
    }
}
