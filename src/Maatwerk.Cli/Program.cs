using System.CommandLine;
using Maatwerk.Cli.Hosting;

var root = new RootCommand("maatwerk — Wmo maatwerkondersteuning: iWmo-berichten, contractprofielen en termijnen");
var modules = typeof(ICommandModule).Assembly.GetTypes()
    .Where(t => typeof(ICommandModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .OrderBy(t => t.FullName, StringComparer.Ordinal)
    .Select(t => (ICommandModule)Activator.CreateInstance(t)!);
foreach (var command in modules.SelectMany(m => m.Commands()))
    root.Subcommands.Add(command);

return await root.Parse(args).InvokeAsync();
