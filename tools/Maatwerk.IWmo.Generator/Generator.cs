namespace Maatwerk.IWmo.Generator;

/// <summary>All generated files of src/Maatwerk.IWmo, from the official iWmo 3.2 pack: paths relative to that project,
/// with their exact content.</summary>
public static class Generator
{
    public static readonly string[] Heen = ["301", "305", "307", "315", "317", "319", "323"];

    public static SortedDictionary<string, string> Files(string pack)
    {
        var schema = XsdReader.ReadBase(Path.Combine(pack, "xsd", "basisschema.xsd"));
        var heen = Heen.Select(n => XsdReader.ReadMessage(Path.Combine(pack, "xsd", $"wmo{n}.xsd"), n)).ToList();
        var messages = heen.Concat(OverviewReader.ReadRetour(pack, heen)).OrderBy(m => m.Number, StringComparer.Ordinal).ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["Schema/Generated/Basisschema.g.cs"] = SchemaWriter.Base(schema),
            ["Berichten/Model/Basis.g.cs"] = ModelWriter.Base(schema),
            ["Codelijsten/Generated/CodelijstData.g.cs"] = CodeListWriter.Write(pack, schema),
        };
        foreach (var m in messages)
        {
            files[$"Schema/Generated/Wmo{m.Number}Schema.g.cs"] = SchemaWriter.Message(m);
            files[$"Berichten/Model/Wmo{m.Number}.g.cs"] = ModelWriter.Message(m, schema);
        }
        return files;
    }

    /// <summary>Generated files that differ from (or are missing in) the project folder, and committed *.g.cs files the
    /// generator no longer makes.</summary>
    public static List<string> Differences(string pack, string project)
    {
        var files = Files(pack);
        var verschillen = files
            .Where(f => !File.Exists(Path.Combine(project, f.Key)) || File.ReadAllText(Path.Combine(project, f.Key)) != f.Value)
            .Select(f => f.Key)
            .ToList();
        verschillen.AddRange(Directory.EnumerateFiles(project, "*.g.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(project, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal) && !files.ContainsKey(p)));
        return verschillen;
    }
}
