using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Maatwerk.IWmo.Tests.Infrastructuur;
using Maatwerk.IWmo.Validatie;
using Maatwerk.IWmo.Verwerking;

namespace Maatwerk.IWmo.Tests.Validatie;

/// <summary>The library reads no clock: "today" (TR135, DagtekeningRetour) comes from the caller, as a date in
/// ValidatieOpties or as the clock BerichtVerwerker is given, and is the date in the Netherlands.</summary>
public class SysteemdatumTests
{
    private static FixedClock Clock(int jaar, int maand, int dag, int uur, int minuut) => new(new DateTimeOffset(jaar, maand, dag, uur, minuut, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(2026, 3, 28, 23, 30, "2026-03-29")] // CET, UTC+1
    [InlineData(2026, 3, 28, 22, 59, "2026-03-28")]
    [InlineData(2026, 6, 30, 22, 30, "2026-07-01")] // CEST, UTC+2
    [InlineData(2026, 6, 30, 21, 59, "2026-06-30")]
    public void Systeemdatum_is_the_date_in_Amsterdam(int jaar, int maand, int dag, int uur, int minuut, string verwacht) =>
        Systeemdatum.From(Clock(jaar, maand, dag, uur, minuut)).ToString("yyyy-MM-dd").Should().Be(verwacht);

    [Fact]
    public void TR135_uses_the_date_the_caller_gives_and_is_not_checked_without_one()
    {
        var xml = File.ReadAllBytes(Package.Example("323")); // Dagtekening 2023-05-06
        BerichtValidator.Validate(xml, new ValidationOptions { Vandaag = new DateOnly(2023, 5, 5) }).Fouten.Should().ContainSingle(f => f.Code == "TR135");
        BerichtValidator.Validate(xml, new ValidationOptions { Vandaag = new DateOnly(2023, 5, 6) }).Fouten.Should().BeEmpty();
        BerichtValidator.Validate(xml, new ValidationOptions()).Fouten.Should().BeEmpty("zonder systeemdatum wordt TR135 niet gecontroleerd");
    }

    [Fact]
    public void BerichtVerwerker_takes_today_from_its_clock_in_Dutch_time()
    {
        var xml = File.ReadAllBytes(Package.Example("305")); // Dagtekening 2025-04-05
        Codes(xml, Clock(2025, 4, 4, 21, 59)).Should().Contain("TR135", "23:59 op 4 april in Nederland");
        Codes(xml, Clock(2025, 4, 4, 22, 0)).Should().NotContain("TR135", "00:00 op 5 april in Nederland");
        var retour = new BerichtProcessor(new InMemoryBerichtContext(), Clock(2025, 4, 4, 22, 0)).Process(xml).Retour!;
        XDocument.Parse(Encoding.UTF8.GetString(retour)).Descendants().Single(e => e.Name.LocalName == "DagtekeningRetour").Value.Should().Be("2025-04-05");
    }

    [Fact]
    public void The_iwmo_library_source_reads_no_clock()
    {
        var src = Path.Combine(Package.Repository, "src", "Maatwerk.IWmo");
        var klokken = new Regex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|TimeProvider\.System|Environment\.TickCount|Stopwatch\.");
        var treffers = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((regel, i) => (f, i, regel)))
            .Where(t => klokken.IsMatch(t.regel))
            .Select(t => $"{Path.GetRelativePath(src, t.f)}:{t.i + 1}: {t.regel.Trim()}")
            .ToList();
        Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Should().NotBeEmpty();
        treffers.Should().BeEmpty();
    }

    private static List<string> Codes(byte[] xml, TimeProvider klok) =>
        new BerichtProcessor(new InMemoryBerichtContext(), klok).Process(xml).Validatie.Fouten.Select(f => f.Code).ToList();
}
