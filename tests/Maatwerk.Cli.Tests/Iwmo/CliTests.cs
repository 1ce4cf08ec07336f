using System.CommandLine;
using System.Text.Json;
using Maatwerk.Cli.Iwmo;

namespace Maatwerk.Cli.Tests.Iwmo;

public class CliTests : IDisposable
{
    private readonly string _tmp = Directory.CreateTempSubdirectory("maatwerk-cli-").FullName;

    private static string Example(string n)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Maatwerk.sln"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "iwmo", "3.2", "examples", $"wmo{n}-example.xml"));
    }

    /// <summary>2026-03-28 23:30 UTC is already 29 March in Amsterdam (CET).</summary>
    private static readonly TimeProvider Klok = new FixedClock(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero));

    private sealed class FixedClock(DateTimeOffset moment) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => moment;
    }

    private static (int Code, string Uit, string Fout) Run(params string[] args)
    {
        var root = new RootCommand();
        foreach (var c in new IwmoModule(Klok).Commands()) root.Subcommands.Add(c);
        var uit = new StringWriter();
        var fout = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = uit, Error = fout });
        return (code, uit.ToString(), fout.ToString());
    }

    private string SampleFile(string naam, string inhoud)
    {
        var pad = Path.Combine(_tmp, naam);
        File.WriteAllText(pad, inhoud);
        return pad;
    }

    [Fact]
    public void Validate_json_has_the_agreed_shape_and_exit_0_when_all_valid()
    {
        var (code, uit, _) = Run("iwmo", "validate", Example("301"), Example("323"), "--json");
        code.Should().Be(0);
        var doc = JsonDocument.Parse(uit).RootElement;
        doc.GetArrayLength().Should().Be(2);
        var eerste = doc[0];
        eerste.EnumerateObject().Select(p => p.Name).Should().Equal("bestand", "bericht", "geldig", "fouten");
        eerste.GetProperty("bericht").GetString().Should().Be("WMO301");
        eerste.GetProperty("geldig").GetBoolean().Should().BeTrue();
        doc[1].GetProperty("bericht").GetString().Should().Be("WMO323");
    }

    [Fact]
    public void Validate_reports_each_error_with_code_path_and_Dutch_message_and_exit_1()
    {
        var xml = File.ReadAllText(Example("323")).Replace("<wmo323:Bsn>999900006</wmo323:Bsn>", "<wmo323:Bsn>123</wmo323:Bsn>");
        var (code, uit, _) = Run("iwmo", "validate", SampleFile("fout.xml", xml), Example("305"), "--json");
        code.Should().Be(1);
        var doc = JsonDocument.Parse(uit).RootElement;
        doc[0].GetProperty("geldig").GetBoolean().Should().BeFalse();
        var f = doc[0].GetProperty("fouten")[0];
        f.GetProperty("code").GetString().Should().Be("F002");
        f.GetProperty("pad").GetString().Should().Be("/Bericht/Declaratie/Clienten/Client[1]/Bsn");
        f.GetProperty("melding").GetString().Should().Contain("voldoet niet aan het formaat");
    }

    [Theory]
    [InlineData("leeg", "", "X004")]
    [InlineData("kapot", "<a><b></a>", "X001")]
    [InlineData("xxe", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", "X002")]
    [InlineData("lol", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><r>&c;</r>", "X002")]
    [InlineData("ns", "<Bericht xmlns=\"http://www.istandaarden.nl/iwmo/3_1/wmo301/schema\"/>", "X005")]
    [InlineData("vreemd", "<html><body/></html>", "X005")]
    public void Bad_input_gives_a_Dutch_error_never_a_crash(string naam, string inhoud, string verwachteCode)
    {
        var (code, uit, fout) = Run("iwmo", "validate", SampleFile(naam + ".xml", inhoud), "--json");
        code.Should().Be(1);
        fout.Should().BeEmpty();
        var doc = JsonDocument.Parse(uit).RootElement;
        doc[0].GetProperty("bericht").ValueKind.Should().Be(JsonValueKind.Null);
        doc[0].GetProperty("fouten").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Should().Contain(verwachteCode);
        uit.Should().NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public void Unknown_BerichtCode_is_reported()
    {
        var xml = File.ReadAllText(Example("305")).Replace("<wmo305:BerichtCode>418</wmo305:BerichtCode>", "<wmo305:BerichtCode>999</wmo305:BerichtCode>");
        var (code, uit, _) = Run("iwmo", "validate", SampleFile("code.xml", xml));
        code.Should().Be(1);
        uit.Should().Contain("BerichtCode").And.Contain("ONGELDIG");
    }

    [Theory]
    [InlineData("iwmo")]
    [InlineData("iwmo", "onzin")]
    [InlineData("iwmo", "validate")]
    [InlineData("iwmo", "validate", "--onbekend", "x.xml")]
    [InlineData("iwmo", "retour", "x.xml")]
    [InlineData("iwmo", "retour", "--out", "y.xml")]
    [InlineData("iwmo", "retour", "a.xml", "b.xml", "--out", "y.xml")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, fout) = Run(args);
        code.Should().Be(2);
        fout.Should().Contain("Gebruik:");
    }

    [Fact]
    public void Retour_writes_the_matching_retourbericht()
    {
        var doel = Path.Combine(_tmp, "retour.xml");
        var (code, uit, _) = Run("iwmo", "retour", Example("323"), "--out", doel);
        code.Should().Be(0);
        uit.Should().Contain("WMO325");
        var (code2, uit2, _) = Run("iwmo", "validate", doel, "--json");
        code2.Should().Be(0);
        JsonDocument.Parse(uit2).RootElement[0].GetProperty("bericht").GetString().Should().Be("WMO325");
    }

    [Fact]
    public void Retour_is_dated_today_in_Amsterdam_on_the_module_clock()
    {
        var doel = Path.Combine(_tmp, "r305.xml");
        Run("iwmo", "retour", Example("305"), "--out", doel).Code.Should().Be(0);
        File.ReadAllText(doel).Should().Contain("<wmo306:DagtekeningRetour>2026-03-29</wmo306:DagtekeningRetour>");
    }

    [Fact]
    public void Validate_checks_TR135_against_today_in_Amsterdam()
    {
        var toekomst = SampleFile("toekomst.xml", File.ReadAllText(Example("305")).Replace("<iwmo:Dagtekening>2025-04-05</iwmo:Dagtekening>", "<iwmo:Dagtekening>2026-03-30</iwmo:Dagtekening>"));
        var vandaag = SampleFile("vandaag.xml", File.ReadAllText(Example("305")).Replace("<iwmo:Dagtekening>2025-04-05</iwmo:Dagtekening>", "<iwmo:Dagtekening>2026-03-29</iwmo:Dagtekening>"));
        var (code, uit, _) = Run("iwmo", "validate", toekomst);
        code.Should().Be(1);
        uit.Should().Contain("TR135");
        Run("iwmo", "validate", vandaag).Code.Should().Be(0);
    }

    [Fact]
    public void Retour_of_a_technically_rejected_message_carries_0001()
    {
        var doel = Path.Combine(_tmp, "r317.xml");
        var (code, uit, _) = Run("iwmo", "retour", Example("317"), "--out", doel);
        code.Should().Be(0);
        uit.Should().Contain("0001");
        File.ReadAllText(doel).Should().Contain("<wmo318:RetourCode>0001</wmo318:RetourCode>");
    }

    [Fact]
    public void Retour_for_unreadable_input_exits_1_with_Dutch_message()
    {
        var (code, _, fout) = Run("iwmo", "retour", SampleFile("x.xml", "niet xml"), "--out", Path.Combine(_tmp, "o.xml"));
        code.Should().Be(1);
        fout.Should().Contain("geen leesbaar iWmo");
    }

    public void Dispose() => Directory.Delete(_tmp, recursive: true);
}
