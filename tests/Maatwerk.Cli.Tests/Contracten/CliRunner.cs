using System.CommandLine;
using Maatwerk.Cli.Contracten;
using Maatwerk.Cli.Hosting;

namespace Maatwerk.Cli.Tests.Contracten;

internal static class CliRunner
{
    /// <summary>Runs the contract commands in-process, the way Program wires modules into the root command.</summary>
    public static (int Code, string Uit, string Fout) Run(params string[] args) => Run(new ContractenModule(), args);

    public static (int Code, string Uit, string Fout) Run(ICommandModule module, params string[] args)
    {
        var root = new RootCommand("maatwerk (test)");
        foreach (var command in module.Commands()) root.Subcommands.Add(command);
        var uit = new StringWriter();
        var fout = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = uit, Error = fout });
        return (code, uit.ToString(), fout.ToString());
    }

    public static string ContractsMap()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var kandidaat = Path.Combine(dir.FullName, "contracts");
            if (File.Exists(Path.Combine(kandidaat, "deventer-wmo-2023.yaml")) && dir.GetFiles("Maatwerk.sln").Length > 0) return kandidaat;
        }
        throw new DirectoryNotFoundException("repository contracts/ niet gevonden");
    }
}
