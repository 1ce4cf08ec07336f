using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

public class ContractProfileParserTests
{
    private const string Minimaal = """
        id: test-profiel
        versie: 1
        naam: Testprofiel
        gebeurtenissen:
          - {id: klacht, omschrijving: Klacht ontvangen}
          - {id: klacht-afgehandeld, omschrijving: Klacht afgehandeld}
        regels:
          - id: K1
            bron: TEST-1
            omschrijving: Klacht binnen 2 werkdagen afhandelen
            onderwerp: klacht
            gebeurtenis: klacht
            termijn: {aantal: 2, eenheid: werkdagen}
            voldaanDoor: klacht-afgehandeld
        """;

    [Fact]
    public void Minimaal_profiel_wordt_gelezen()
    {
        var p = ContractProfileParser.Parse(Minimaal, "test.yaml");
        p.Id.Should().Be("test-profiel");
        p.Versie.Should().Be(1);
        var regel = p.Regels.Single();
        regel.Bron.Should().Be("TEST-1");
        regel.Termijn.Should().Be(new Termijn { Basis = Tijdbasis.Werkdagen, Aantal = 2 });
        regel.Positie.Should().Be(new SourcePosition("test.yaml", 8));
    }

    [Fact]
    public void Kapotte_yaml_noemt_bestand_regel_en_probleem()
    {
        var yaml = Minimaal.Replace("termijn: {aantal: 2, eenheid: werkdagen}", "termijn: {aantal: 2, eenheid: werkdagen");
        var result = ContractProfileParser.Read(yaml, "kapot.yaml");
        result.Gelukt.Should().BeFalse();
        var fout = result.Fouten.Single();
        fout.Bestand.Should().Be("kapot.yaml");
        fout.Lijn.Should().BeInRange(14, 15);
        fout.ToString().Should().StartWith("kapot.yaml, regel ").And.Contain("ongeldige YAML");
    }

    [Fact]
    public void Onbekende_eenheid_wordt_gemeld_op_de_regel_van_het_veld()
    {
        var result = ContractProfileParser.Read(Minimaal.Replace("eenheid: werkdagen", "eenheid: werkdaagen"), "profiel.yaml");
        var fout = result.Fouten.Should().ContainSingle().Subject;
        fout.Lijn.Should().Be(13);
        fout.Melding.Should().Contain("onbekende eenheid 'werkdaagen'").And.Contain("regel 'K1'");
    }

    [Fact]
    public void Ontbrekende_bron_en_onbekend_veld_worden_beide_gemeld()
    {
        var yaml = Minimaal.Replace("    bron: TEST-1\n", "").Replace("    onderwerp: klacht", "    onderwrp: klacht");
        var fouten = ContractProfileParser.Read(yaml, "p.yaml").Fouten;
        fouten.Should().Contain(f => f.Melding.Contains("verplicht veld 'bron' ontbreekt") && f.Lijn == 8);
        fouten.Should().Contain(f => f.Melding.Contains("onbekend veld 'onderwrp'") && f.Lijn == 10);
        var act = () => ContractProfileParser.Parse(yaml, "p.yaml");
        act.Should().Throw<ContractProfileInvalidException>().Which.Fouten.Should().HaveCount(fouten.Count);
    }

    [Fact]
    public void Termijnregel_zonder_gebeurtenis_of_termijn_wordt_geweigerd()
    {
        var yaml = Minimaal.Replace("    gebeurtenis: klacht\n", "").Replace("    termijn: {aantal: 2, eenheid: werkdagen}\n", "");
        var fouten = ContractProfileParser.Read(yaml, "p.yaml").Fouten;
        fouten.Should().Contain(f => f.Melding.Contains("mist 'gebeurtenis'") && f.Lijn == 8);
        fouten.Should().Contain(f => f.Melding.Contains("mist 'termijn'"));
    }

    [Fact]
    public void Dubbele_regel_id_wordt_gemeld_met_beide_regels()
    {
        var yaml = Minimaal + """

              - {id: K1, bron: TEST-2, omschrijving: dubbel, type: controle}
            """;
        var fout = ContractProfileParser.Read(yaml, "p.yaml").Fouten.Should().ContainSingle().Subject;
        fout.Melding.Should().Be("regel-id 'K1' komt meer dan eens voor (eerder op regel 8).");
        fout.Lijn.Should().Be(15);
    }

    [Theory]
    [InlineData("versie: 1", "versie: nul", "versie", 2)]
    [InlineData("id: test-profiel", "id: Test Profiel", "profiel-id", 1)]
    [InlineData("{aantal: 2, eenheid: werkdagen}", "{eenheid: vasteDatum, maand: 2, dag: 30}", "dag 30 van maand 2 bestaat niet", 13)]
    [InlineData("{aantal: 2, eenheid: werkdagen}", "{aantal: 2, eenheid: werkdagen, kantooruren: {van: '09:00', tot: '17:00'}}", "kan alleen bij eenheid uren of werkuren", 13)]
    [InlineData("{aantal: 2, eenheid: werkdagen}", "{aantal: 2, eenheid: uren, kantooruren: {van: '9 uur', tot: '17:00'}}", "moet een tijd uu:mm zijn", 13)]
    public void Ongeldige_waarden_worden_in_het_Nederlands_gemeld(string oud, string nieuw, string verwacht, int lijn)
    {
        var fouten = ContractProfileParser.Read(Minimaal.Replace(oud, nieuw), "p.yaml").Fouten;
        fouten.Should().Contain(f => f.Melding.Contains(verwacht) && f.Lijn == lijn);
    }

    [Fact]
    public void Leeg_bestand_of_lijst_als_root_wordt_geweigerd()
    {
        ContractProfileParser.Read("- a\n- b\n", "lijst.yaml").Fouten.Single().Melding.Should().Contain("verzameling velden");
        ContractProfileParser.Read("", "leeg.yaml").Fouten.Single().Melding.Should().Contain("precies één YAML-document");
    }
}
