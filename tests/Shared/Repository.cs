namespace Maatwerk.Tests.Shared;

/// <summary>The repository root (the folder holding Maatwerk.sln), found upwards from the test binaries.</summary>
public static class Repository
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Maatwerk.sln niet gevonden boven " + AppContext.BaseDirectory);
    });

    public static string Map => Root.Value;
}
