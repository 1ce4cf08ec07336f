using System.CommandLine;
using Maatwerk.Cli.Hosting;
using Maatwerk.Cli.Iwmo;

namespace Maatwerk.Cli.Tests.Hosting;

public class CommandTreeTests
{
    [Fact]
    public void Every_module_names_exactly_the_top_level_commands_it_adds()
    {
        var modules = CommandTree.Modules();
        modules.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var module in modules)
        {
            var commands = ((ICommandModule)Activator.CreateInstance(module)!).Commands().Select(c => c.Name);
            CommandTree.Names(module).Should().BeEquivalentTo(commands, $"{module.Name} must list its commands in [TopCommands]");
        }
        modules.SelectMany(CommandTree.Names).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("iwmo", "validate", "x.xml")]
    [InlineData("iwmo")]
    public void A_known_first_argument_builds_only_its_module(params string[] args) =>
        CommandTree.ModulesFor(args).Should().Equal(typeof(IwmoModule));

    [Fact]
    public void Each_name_of_a_module_with_several_commands_selects_that_module()
    {
        CommandTree.ModulesFor(["deadlines"]).Should().ContainSingle().Which.Name.Should().Be("ContractenModule");
        CommandTree.ModulesFor(["contracts", "list"]).Should().ContainSingle().Which.Name.Should().Be("ContractenModule");
    }

    [Theory]
    [InlineData]
    [InlineData("--help")]
    [InlineData("onbekend")]
    [InlineData("IWMO", "validate")]
    [InlineData("[diagram]", "iwmo")]
    [InlineData("--version")]
    public void Anything_else_builds_the_whole_tree(params string[] args) =>
        CommandTree.ModulesFor(args).Should().Equal(CommandTree.Modules());

    [Theory]
    [InlineData("iwmo", "--help")]
    [InlineData("iwmo", "validate", "--help")]
    [InlineData("iwmo", "retour", "-h")]
    [InlineData("iwmo")]
    [InlineData("iwmo", "onzin")]
    [InlineData("iwmo", "validate")]
    [InlineData("iwmo", "validate", "--onbekend", "x.xml")]
    [InlineData("iwmo", "contracts", "list")]
    [InlineData("contracts", "--help")]
    [InlineData("deadlines", "--help")]
    [InlineData("demo", "genereer", "--help")]
    [InlineData("verplichtingen")]
    public void The_trimmed_tree_answers_like_the_whole_tree(params string[] args)
    {
        var volledig = Run(new RootCommand(CommandTree.Beschrijving).WithAll(), args);
        var getrimd = Run(CommandTree.Build(args), args);
        CommandTree.ModulesFor(args).Should().HaveCount(1);
        getrimd.Should().Be(volledig);
    }

    private static (int Code, string Uit, string Fout) Run(RootCommand root, string[] args)
    {
        var uit = new StringWriter();
        var fout = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = uit, Error = fout });
        return (code, uit.ToString(), fout.ToString());
    }
}

internal static class RootCommandExtensions
{
    /// <summary>The tree as Program built it before the dispatch: every module, in name order.</summary>
    public static RootCommand WithAll(this RootCommand root)
    {
        foreach (var module in CommandTree.Modules())
            foreach (var command in ((ICommandModule)Activator.CreateInstance(module)!).Commands())
                root.Subcommands.Add(command);
        return root;
    }
}
