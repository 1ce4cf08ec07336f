using System.CommandLine;
using Maatwerk.Cli.Hosting;

namespace Maatwerk.Cli.Contracten;

/// <summary>`maatwerk deadlines …` and `maatwerk contracts list|check`.</summary>
[TopCommands("deadlines", "contracts")]
public sealed class ContractenModule(Func<TimeProvider> klok) : ICommandModule
{
    public ContractenModule() : this(CliClock.Current) { }

    public IEnumerable<Command> Commands() => [CreateDeadlinesCommand(), CreateContractsCommand()];

    private Command CreateDeadlinesCommand()
    {
        var contract = new Option<string?>("--contract") { Description = "Id van het contractprofiel, bijv. deventer-wmo-2023" };
        var gebeurtenis = new Option<string?>("--event") { Description = "Gebeurtenis: toewijzing, melding, start-zorg, einde-indicatie, klacht, calamiteit, incident, datalek, kwartaaleinde, jaareinde, indiensttreding, …" };
        var datum = new Option<string?>("--date") { Description = "Datum van de gebeurtenis (jjjj-mm-dd, of jjjj-mm-ddTuu:mm); standaard vandaag (Europe/Amsterdam)" };
        var spoed = new Option<bool>("--spoed") { Description = "De toewijzing is spoed (urgent)" };
        var product = new Option<string?>("--product") { Description = "Productcode, bijv. AD-DO" };
        var perceel = new Option<string?>("--perceel") { Description = "Perceel (lot) van het contract, bijv. 1" };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON-array" };
        var command = new Command("deadlines", "Toon de verplichtingen en deadlines die een gebeurtenis onder een contractprofiel oplevert")
        {
            contract, gebeurtenis, datum, spoed, product, perceel, json,
        };
        command.SetAction(parse => DeadlinesCommand.Execute(
            new DeadlinesRequest(parse.GetValue(contract), parse.GetValue(gebeurtenis), parse.GetValue(datum),
                parse.GetValue(spoed), parse.GetValue(product), parse.GetValue(perceel), parse.GetValue(json)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, klok: klok));
        return command;
    }

    private static Command CreateContractsCommand()
    {
        var list = new Command("list", "Toon alle geladen contractprofielen");
        list.SetAction(parse => ContractsCommand.List(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        var bestand = new Argument<string>("bestand") { Description = "Pad naar een profielbestand (YAML)" };
        var check = new Command("check", "Controleer een contractprofiel; exitcode 1 met meldingen als het ongeldig is") { bestand };
        check.SetAction(parse => ContractsCommand.Check(parse.GetValue(bestand)!, parse.InvocationConfiguration.Output));
        return new Command("contracts", "Contractprofielen beheren") { list, check };
    }
}
