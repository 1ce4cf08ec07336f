using Maatwerk.IWmo.Tests.Infrastructuur;

namespace Maatwerk.IWmo.Tests.Generator;

/// <summary>The committed *.g.cs files are exactly what tools/Maatwerk.IWmo.Generator makes from the official pack:
/// nobody edits them by hand, and a new pack is picked up by running the generator.</summary>
public class GeneratorTests
{
    private static readonly string Project = Path.Combine(Package.Repository, "src", "Maatwerk.IWmo");
    private static readonly Lazy<SortedDictionary<string, string>> Gegenereerd = new(() => IWmo.Generator.Generator.Files(Package.Map));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var pad in Gegenereerd.Value.Keys) data.Add(pad);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_file_equals_the_generator_output_byte_for_byte(string pad)
    {
        var verwacht = System.Text.Encoding.UTF8.GetBytes(Gegenereerd.Value[pad]);
        var bestand = Path.Combine(Project, pad);
        File.Exists(bestand).Should().BeTrue($"{pad} moet gecommit zijn; draai dotnet run --project tools/Maatwerk.IWmo.Generator");
        File.ReadAllBytes(bestand).Should().Equal(verwacht, $"{pad} wijkt af van de generator; draai dotnet run --project tools/Maatwerk.IWmo.Generator");
    }

    [Fact]
    public void Every_generated_file_in_the_project_comes_from_the_generator()
    {
        var gemaakt = Gegenereerd.Value.Keys.ToHashSet();
        gemaakt.Should().HaveCount(31, "basisschema, code lists and 14 messages × (schema + model)");
        Directory.EnumerateFiles(Project, "*.g.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Project, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .Should().BeEquivalentTo(gemaakt);
    }

    [Fact]
    public void A_changed_file_is_detected()
    {
        var kopie = Directory.CreateTempSubdirectory("maatwerk-generator-").FullName;
        try
        {
            foreach (var (pad, inhoud) in Gegenereerd.Value)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(kopie, pad))!);
                File.WriteAllText(Path.Combine(kopie, pad), inhoud);
            }
            IWmo.Generator.Generator.Differences(Package.Map, kopie).Should().BeEmpty();
            File.AppendAllText(Path.Combine(kopie, "Schema/Generated/Wmo301Schema.g.cs"), "// handwerk\n");
            File.WriteAllText(Path.Combine(kopie, "Extra.g.cs"), "");
            IWmo.Generator.Generator.Differences(Package.Map, kopie).Should().BeEquivalentTo("Schema/Generated/Wmo301Schema.g.cs", "Extra.g.cs");
        }
        finally
        {
            Directory.Delete(kopie, recursive: true);
        }
    }
}
