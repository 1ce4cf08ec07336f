using System.Text.Json;
using Maatwerk.Cli.Contracten;
using Maatwerk.Infrastructure.Common;

namespace Maatwerk.Cli.Tests.Contracten;

public class DeadlinesCommandTests
{
    private sealed record Row(string regel, string bron, string omschrijving, string deadline);

    private static List<Row> Json(string uit) => JsonSerializer.Deserialize<List<Row>>(uit)!;

    [Fact]
    public void Deventer_toewijzing_directe_ondersteuning_DEV_Art4_4_en_DEV_Art4_5()
    {
        var (code, uit, fout) = CliRunner.Run("deadlines", "--contract", "deventer-wmo-2023", "--event", "toewijzing",
            "--date", "2026-04-24", "--product", "AD-DO", "--json");
        code.Should().Be(0, fout);
        Json(uit).Select(r => (r.regel, r.bron, r.deadline)).Should().Equal(
            ("OP090", "OP090", "2026-04-30"),
            ("MR-01", "DEV-Art4.3", "2026-04-30"),
            ("MR-04", "DEV-Eis2-S5a", "2026-04-29"),
            ("MR-05", "DEV-Art4.4", "2026-05-04"),
            ("MR-06", "DEV-Art4.5", "2026-04-28T00:00"));
        Json(uit).Should().OnlyContain(r => r.omschrijving.Length > 10);
        uit.Should().Contain("cliënt", "Dutch text is written unescaped");
    }

    [Fact]
    public void Voorne_spoed_geeft_IB_19b_en_niet_IB_19a()
    {
        var (code, uit, _) = CliRunner.Run("deadlines", "--contract", "voorne-aan-zee-ib", "--event", "toewijzing", "--date", "2026-04-24", "--spoed", "--json");
        code.Should().Be(0);
        var rijen = Json(uit);
        rijen.Should().ContainSingle(r => r.bron == "IB-19b").Which.deadline.Should().Be("2026-05-01");
        rijen.Should().NotContain(r => r.bron == "IB-19a");
        rijen.Should().ContainSingle(r => r.bron == "IB-18a").Which.deadline.Should().Be("2026-04-28");
    }

    [Fact]
    public void Oco_melding_OCO_3_15_en_OCO_2_7()
    {
        var (code, uit, _) = CliRunner.Run("deadlines", "--contract", "oco", "--event", "melding", "--date", "2026-04-02", "--json");
        code.Should().Be(0);
        Json(uit).Select(r => (r.bron, r.deadline)).Should().Equal(("OCO-3.15", "2026-04-08"), ("OCO-2.7", "2026-04-12"));
    }

    [Theory]
    [InlineData("deventer-wmo-2023", "jaareinde", "2026-12-31", "DEV-Art22.2a", "2027-02-28")]
    [InlineData("deventer-wmo-2023", "klacht", "2026-12-24", "DEV-Eis16-R3", "2026-12-29")]
    [InlineData("deventer-wmo-2023", "datalek", "2026-04-24T16:00", "DEV-Art19.4", "2026-04-26T16:00")]
    [InlineData("deventer-wmo-2023", "calamiteit-voorgevallen", "2026-04-30", "DEV-B8-Report", "2026-05-06")] // AMB-32: the GGD term runs from the event
    [InlineData("voorne-aan-zee-ib", "incident", "2026-04-02", "IB-53b", "2026-04-07")]
    [InlineData("voorne-aan-zee-ib", "einde-indicatie", "2026-04-30", "IB-27a", "2026-02-28")]
    [InlineData("voorne-aan-zee-ib", "start-zorg", "2026-04-24", "IB-20a", "2026-05-08")]
    [InlineData("gooi-vechtstreek-bsd", "indiensttreding", "2026-05-31", "BSD-39", "2026-05-31")]
    [InlineData("gooi-vechtstreek-bsd", "calamiteit-voorgevallen", "2026-05-13", "BSD-88", "2026-05-20")]
    [InlineData("oco", "kwartaaleinde", "2026-03-31", "OCO-2.22b", "2026-04-14")]
    public void Deadline_per_profiel_en_gebeurtenis(string profiel, string gebeurtenis, string datum, string bron, string deadline)
    {
        var (code, uit, fout) = CliRunner.Run("deadlines", "--contract", profiel, "--event", gebeurtenis, "--date", datum, "--json");
        code.Should().Be(0, fout);
        Json(uit).Should().Contain(r => r.bron == bron && r.deadline == deadline);
    }

    public static TheoryData<string, string> AllCombinations()
    {
        var data = new TheoryData<string, string>();
        foreach (var p in new[] { "deventer-wmo-2023", "voorne-aan-zee-ib", "gooi-vechtstreek-bsd", "oco" })
        foreach (var e in new[] { "toewijzing", "melding", "start-zorg", "einde-indicatie", "klacht", "calamiteit", "incident", "datalek", "kwartaaleinde", "jaareinde", "indiensttreding" })
            data.Add(p, e);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Elke_gebeurtenis_uit_de_issue_is_bekend_in_elk_profiel(string profiel, string gebeurtenis)
    {
        var (code, uit, fout) = CliRunner.Run("deadlines", "--contract", profiel, "--event", gebeurtenis, "--date", "2026-04-24", "--json");
        code.Should().Be(0, fout);
        Json(uit).All(r => r.bron.Length > 0 && r.deadline.StartsWith("20")).Should().BeTrue();
    }

    [Fact]
    public void Gebeurtenis_zonder_verplichtingen_geeft_lege_array()
    {
        var (code, uit, _) = CliRunner.Run("deadlines", "--contract", "gooi-vechtstreek-bsd", "--event", "klacht", "--date", "2026-04-24", "--json");
        code.Should().Be(0);
        uit.Trim().Should().Be("[]");
    }

    [Theory]
    [InlineData("onbekend-profiel", "toewijzing", "2026-04-24", "Onbekend contractprofiel 'onbekend-profiel'")]
    [InlineData("deventer-wmo-2023", "feestje", "2026-04-24", "Onbekende gebeurtenis 'feestje'")]
    [InlineData("deventer-wmo-2023", "toewijzing", "2026-02-30", "Ongeldige datum '2026-02-30'")]
    [InlineData("deventer-wmo-2023", "toewijzing", "24-04-2026", "Ongeldige datum '24-04-2026'")]
    [InlineData("deventer-wmo-2023", "toewijzing", "2026-4-24", "Ongeldige datum")]
    public void Foute_invoer_geeft_een_Nederlandse_regel_en_exitcode_2(string profiel, string gebeurtenis, string datum, string melding)
    {
        var (code, uit, fout) = CliRunner.Run("deadlines", "--contract", profiel, "--event", gebeurtenis, "--date", datum, "--json");
        code.Should().Be(2);
        uit.Should().BeEmpty();
        fout.Should().StartWith(melding);
        fout.TrimEnd().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Ontbrekende_optie_en_onbekend_product_geven_exitcode_2()
    {
        CliRunner.Run("deadlines", "--contract", "oco", "--date", "2026-04-24").Code.Should().Be(2);
        var (code, _, fout) = CliRunner.Run("deadlines", "--contract", "deventer-wmo-2023", "--event", "toewijzing", "--date", "2026-04-24", "--product", "XX");
        code.Should().Be(2);
        fout.Should().StartWith("Onbekend product 'XX'");
    }

    [Fact]
    public void Zonder_json_een_leesbare_lijst()
    {
        var (code, uit, _) = CliRunner.Run("deadlines", "--contract", "deventer-wmo-2023", "--event", "klacht", "--date", "2026-04-24");
        code.Should().Be(0);
        uit.Should().Contain("2026-04-29").And.Contain("DEV-Eis16-R3").And.Contain("2026-05-22");
    }

    [Fact]
    public void Zonder_datum_telt_de_gebeurtenis_vandaag_in_Amsterdam()
    {
        var klok = Clock.Create("2026-11-10T23:30:00Z"); // 00:30 on Wednesday 11 November in Amsterdam
        var zonder = CliRunner.Run(new ContractenModule(() => klok), "deadlines", "--contract", "deventer-wmo-2023", "--event", "klacht", "--json");
        var met = CliRunner.Run("deadlines", "--contract", "deventer-wmo-2023", "--event", "klacht", "--date", "2026-11-11", "--json");
        zonder.Code.Should().Be(0, zonder.Fout);
        zonder.Uit.Should().Be(met.Uit).And.Contain("2026-11-13", "DEV-Eis16-R3: 2 working days from Wednesday 11 November, not from the UTC date");
    }

    [Fact]
    public void Een_ongeldige_vaste_klok_geeft_een_Nederlandse_melding()
    {
        var (code, uit, fout) = CliRunner.Run(new ContractenModule(() => Clock.Create("10-11-2026")), "deadlines", "--contract", "oco", "--event", "melding");
        code.Should().Be(2);
        uit.Should().BeEmpty();
        fout.Should().StartWith("Klok:Vast '10-11-2026' is geen ISO 8601-moment");
    }
}
