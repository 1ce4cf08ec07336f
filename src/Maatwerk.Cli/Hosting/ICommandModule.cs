using System.CommandLine;

namespace Maatwerk.Cli.Hosting;

/// <summary>A feature's top-level command(s). Every implementation is picked up by <see cref="CommandTree"/>, so a feature adds
/// its commands without touching shared files; it names them in <see cref="TopCommandsAttribute"/>.</summary>
public interface ICommandModule
{
    IEnumerable<Command> Commands();
}
