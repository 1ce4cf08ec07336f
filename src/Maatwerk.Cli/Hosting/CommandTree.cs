using System.CommandLine;
using System.Reflection;

namespace Maatwerk.Cli.Hosting;

/// <summary>Builds the root command from the <see cref="ICommandModule"/>s of this assembly. When the first argument
/// names a top-level command, only the module that owns it is created: a run of one command does not pay for building
/// (and jitting, and loading the assemblies of) every other command. Help, unknown commands, directives and response
/// files get the whole tree, so their output is unchanged.</summary>
public static class CommandTree
{
    public const string Beschrijving = "maatwerk — Wmo maatwerkondersteuning: iWmo-berichten, contractprofielen en termijnen";

    public static RootCommand Build(IReadOnlyList<string> args)
    {
        var root = new RootCommand(Beschrijving);
        foreach (var module in ModulesFor(args))
            foreach (var command in ((ICommandModule)Activator.CreateInstance(module)!).Commands())
                root.Subcommands.Add(command);
        return root;
    }

    /// <summary>The module types a run with these arguments needs, in the order of the full tree.</summary>
    public static IReadOnlyList<Type> ModulesFor(IReadOnlyList<string> args)
    {
        var alle = Modules();
        if (args.Count > 0 && alle.FirstOrDefault(t => Names(t).Contains(args[0], StringComparer.Ordinal)) is { } eigenaar)
            return [eigenaar];
        return alle;
    }

    public static IReadOnlyList<Type> Modules() => typeof(ICommandModule).Assembly.GetTypes()
        .Where(t => typeof(ICommandModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> Names(Type module) => module.GetCustomAttribute<TopCommandsAttribute>()?.Names ?? [];
}
