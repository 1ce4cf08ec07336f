namespace Maatwerk.IWmo.Tests.Infrastructuur;

/// <summary>The official iWmo 3.2 pack in ../shared/iwmo/3.2 next to the repository (read-only, never copied).</summary>
public static class Package
{
    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Maatwerk.sln niet gevonden boven " + AppContext.BaseDirectory);
        return dir.FullName;
    });

    private static readonly Lazy<string> Root = new(() =>
    {
        var pack = Path.GetFullPath(Path.Combine(RepoRoot.Value, "..", "shared", "iwmo", "3.2"));
        if (!Directory.Exists(pack)) throw new InvalidOperationException("iWmo-pakket niet gevonden: " + pack);
        return pack;
    });

    /// <summary>The repository root (the folder holding Maatwerk.sln).</summary>
    public static string Repository => RepoRoot.Value;
    public static string Map => Root.Value;
    public static string Xsd(string naam) => Path.Combine(Map, "xsd", naam);
    public static string Example(string nummer) => Path.Combine(Map, "examples", $"wmo{nummer}-example.xml");

    public static readonly string[] Heen = ["301", "305", "307", "315", "317", "319", "323"];

    public static IEnumerable<object[]> HeenData => Heen.Select(n => new object[] { n });
}
