using Maatwerk.IWmo.Generator;

// dotnet run --project tools/Maatwerk.IWmo.Generator [-- --controleer] [--pakket <map>] [--project <map>]
// Writes the *.g.cs files of src/Maatwerk.IWmo from the official pack in ../shared/iwmo/3.2; --controleer only
// reports files that would change (exit code 1) and writes nothing.
var repo = Repository();
var pack = Option("--pakket") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "iwmo", "3.2"));
var project = Option("--project") ?? Path.Combine(repo, "src", "Maatwerk.IWmo");
if (!Directory.Exists(Path.Combine(pack, "xsd")))
{
    Console.Error.WriteLine($"Fout: het officiële iWmo 3.2-pakket staat niet in {pack} (gebruik --pakket <map>).");
    return 2;
}
if (args.Contains("--controleer"))
{
    var verschillen = Generator.Differences(pack, project);
    foreach (var v in verschillen) Console.WriteLine($"wijkt af: {v}");
    Console.WriteLine(verschillen.Count == 0 ? "Alle gegenereerde bestanden zijn actueel." : $"{verschillen.Count} bestand(en) wijken af.");
    return verschillen.Count == 0 ? 0 : 1;
}
foreach (var (pad, inhoud) in Generator.Files(pack))
{
    var doel = Path.Combine(project, pad);
    Directory.CreateDirectory(Path.GetDirectoryName(doel)!);
    File.WriteAllText(doel, inhoud, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"geschreven: {Path.GetRelativePath(repo, doel)}");
}
return 0;

string? Option(string naam)
{
    var i = Array.IndexOf(args, naam);
    return i >= 0 && i + 1 < args.Length ? Path.GetFullPath(args[i + 1]) : null;
}

static string Repository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln"))) return dir.FullName;
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Maatwerk.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("Maatwerk.sln niet gevonden; start vanuit de repository.");
}
