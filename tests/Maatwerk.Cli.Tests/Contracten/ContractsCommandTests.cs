using System.Diagnostics;

namespace Maatwerk.Cli.Tests.Contracten;

public class ContractsCommandTests
{
    [Fact]
    public void List_toont_alle_profielen()
    {
        var (code, uit, fout) = CliRunner.Run("contracts", "list");
        code.Should().Be(0, fout);
        foreach (var id in new[] { "iwmo-3.2@1", "deventer-wmo-2023@1", "voorne-aan-zee-ib@1", "gooi-vechtstreek-bsd@1", "oco@1" })
            uit.Should().Contain(id);
        uit.Should().Contain("(basis iwmo-3.2@1)");
    }

    [Fact]
    public void Check_van_een_geldig_profiel_geeft_exitcode_0()
    {
        var (code, uit, _) = CliRunner.Run("contracts", "check", Path.Combine(CliRunner.ContractsMap(), "deventer-wmo-2023.yaml"));
        code.Should().Be(0);
        uit.Should().Contain("geldig contractprofiel");
    }

    [Fact]
    public void Check_meldt_een_profiel_zonder_basis_dat_een_gebeurtenis_van_het_platform_niet_kent_met_regel_en_gebeurtenis()
    {
        var map = Directory.CreateTempSubdirectory("maatwerk-check-");
        try
        {
            var pad = Path.Combine(map.FullName, "los.yaml");
            File.WriteAllText(pad, """
                id: los
                versie: 1
                naam: Los profiel zonder basis
                negeren: [afspraak-ingepland]
                gebeurtenissen:
                  - {id: toewijzing, omschrijving: Toewijzing}
                """);
            var (code, uit, _) = CliRunner.Run("contracts", "check", pad);
            code.Should().Be(1, "an event the platform registers would be dropped silently");
            uit.Should().Contain("los.yaml, regel 5").And.Contain("'start-zorg'").And.NotContain("'afspraak-ingepland'");
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_van_een_kapot_profiel_noemt_bestand_regel_en_probleem_en_geeft_exitcode_1()
    {
        var map = Directory.CreateTempSubdirectory("maatwerk-check-");
        try
        {
            var pad = Path.Combine(map.FullName, "kapot.yaml");
            File.WriteAllText(pad, """
                id: kapot
                versie: 1
                naam: Kapot profiel
                basis: iwmo-3.2
                regels:
                  - id: X1
                    omschrijving: Zonder bron
                    gebeurtenis: klacht
                    termijn: {aantal: 2, eenheid: werkdagen}
                    voldaanDoor: klacht-afgehandeld
                  - {id: X2, bron: X-2, omschrijving: Onbekende gebeurtenis, gebeurtenis: verjaardag, termijn: {aantal: 1, eenheid: weken}, voldaanDoor: klacht}
                """);
            var (code, uit, _) = CliRunner.Run("contracts", "check", pad);
            code.Should().Be(1);
            uit.Should().Contain("kapot.yaml, regel 6").And.Contain("verplicht veld 'bron' ontbreekt");

            File.WriteAllText(pad, File.ReadAllText(pad).Replace("    omschrijving: Zonder bron", "    bron: X-1\n    omschrijving: Met bron"));
            (code, uit, _) = CliRunner.Run("contracts", "check", pad);
            code.Should().Be(1, "the base profile is found upward from the repository and the event is unknown there");
            uit.Should().Contain("kapot.yaml, regel 12").And.Contain("onbekende gebeurtenis 'verjaardag'");
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_van_een_niet_bestaand_bestand_geeft_exitcode_1()
    {
        var (code, uit, _) = CliRunner.Run("contracts", "check", "/bestaat/niet.yaml");
        code.Should().Be(1);
        uit.Should().Contain("bestaat niet");
    }

    [Fact]
    public void Het_gebouwde_programma_vindt_de_module_en_de_profielen()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "maatwerk.dll");
        File.Exists(dll).Should().BeTrue();
        File.Exists(Path.Combine(AppContext.BaseDirectory, "contracts", "oco.yaml")).Should().BeTrue("de csproj kopieert de profielen naar de uitvoermap");

        var (code, uit, _) = Start(dll, "deadlines", "--contract", "oco", "--event", "melding", "--date", "2026-04-24", "--json");
        code.Should().Be(0);
        uit.Should().Contain("\"bron\": \"OCO-3.15\"").And.Contain("\"deadline\": \"2026-04-29\"");

        var (fout, _, err) = Start(dll, "deadlines", "--contract", "bestaat-niet", "--event", "melding", "--date", "2026-04-24", "--json");
        fout.Should().Be(2);
        err.Should().StartWith("Onbekend contractprofiel");
    }

    private static (int Code, string Uit, string Fout) Start(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var uit = p.StandardOutput.ReadToEndAsync();
        var fout = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, uit.Result, fout);
    }
}
