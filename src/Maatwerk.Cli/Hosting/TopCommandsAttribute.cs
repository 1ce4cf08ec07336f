namespace Maatwerk.Cli.Hosting;

/// <summary>The names of the top-level commands an <see cref="ICommandModule"/> adds, so that a run builds only the
/// module it invokes (<see cref="CommandTree"/>). <c>CommandTreeTests</c> checks them against the module's commands.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TopCommandsAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
