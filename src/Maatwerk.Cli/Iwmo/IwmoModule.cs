using System.CommandLine;
using Maatwerk.Cli.Hosting;

namespace Maatwerk.Cli.Iwmo;

/// <summary>`maatwerk iwmo validate|retour`. Usage problems are handled in the actions (exit code 2) rather than by
/// the parser, whose own errors would exit with 1. "Today" (TR135, DagtekeningRetour) is the date in Europe/Amsterdam
/// on the module's clock: the system clock when run, a fixed one in tests.</summary>
[TopCommands("iwmo")]
public sealed class IwmoModule(TimeProvider klok) : ICommandModule
{
    public IwmoModule() : this(TimeProvider.System) { }

    public IEnumerable<Command> Commands()
    {
        var iwmo = new Command("iwmo", "iWmo 3.2-berichten valideren en beantwoorden") { TreatUnmatchedTokensAsErrors = false };
        iwmo.SetAction(parse => Usage.Error(parse.InvocationConfiguration.Error,
            parse.UnmatchedTokens.Count > 0 ? $"onbekend subcommando: {parse.UnmatchedTokens[0]}" : "geef een subcommando op.",
            "maatwerk iwmo validate <bestand>... [--json] | maatwerk iwmo retour <bestand> --out <bestand>"));
        iwmo.Subcommands.Add(ValidateCommand.Create(klok));
        iwmo.Subcommands.Add(RetourCommand.Create(klok));
        yield return iwmo;
    }
}
