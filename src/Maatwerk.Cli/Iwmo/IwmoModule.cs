using System.CommandLine;
using Maatwerk.Cli.Hosting;

namespace Maatwerk.Cli.Iwmo;

/// <summary>`maatwerk iwmo validate|retour`. Usage problems are handled in the actions (exit code 2) rather than by
/// the parser, whose own errors would exit with 1.</summary>
public sealed class IwmoModule : ICommandModule
{
    public IEnumerable<Command> Commands()
    {
        var iwmo = new Command("iwmo", "iWmo 3.2-berichten valideren en beantwoorden");
        iwmo.Subcommands.Add(ValidateCommand.Maak());
        iwmo.Subcommands.Add(RetourCommand.Maak());
        yield return iwmo;
    }
}
