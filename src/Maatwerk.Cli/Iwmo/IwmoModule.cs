using System.CommandLine;
using Maatwerk.Cli.Hosting;

namespace Maatwerk.Cli.Iwmo;

/// <summary>`maatwerk iwmo validate|retour`. Usage problems are handled in the actions (exit code 2) rather than by
/// the parser, whose own errors would exit with 1.</summary>
public sealed class IwmoModule : ICommandModule
{
    public IEnumerable<Command> Commands()
    {
        var iwmo = new Command("iwmo", "iWmo 3.2-berichten valideren en beantwoorden") { TreatUnmatchedTokensAsErrors = false };
        iwmo.SetAction(parse => Gebruik.Fout(parse.InvocationConfiguration.Error,
            parse.UnmatchedTokens.Count > 0 ? $"onbekend subcommando: {parse.UnmatchedTokens[0]}" : "geef een subcommando op.",
            "maatwerk iwmo validate <bestand>... [--json] | maatwerk iwmo retour <bestand> --out <bestand>"));
        iwmo.Subcommands.Add(ValidateCommand.Maak());
        iwmo.Subcommands.Add(RetourCommand.Maak());
        yield return iwmo;
    }
}
