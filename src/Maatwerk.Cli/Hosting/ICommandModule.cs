using System.CommandLine;

namespace Maatwerk.Cli.Hosting;

/// <summary>A feature's top-level command(s). Every implementation is picked up by Program, so a feature adds
/// its commands without touching shared files.</summary>
public interface ICommandModule
{
    IEnumerable<Command> Commands();
}
