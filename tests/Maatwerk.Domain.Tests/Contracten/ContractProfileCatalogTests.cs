using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

public class ContractProfileCatalogTests
{
    private const string Basis = """
        id: basis
        versie: 1
        naam: Basis
        gebeurtenissen:
          - {id: bericht, omschrijving: Bericht ontvangen}
          - {id: retour, omschrijving: Retour verzonden}
        regels:
          - {id: R1, bron: B-1, omschrijving: Retour binnen 3 werkdagen, gebeurtenis: bericht, termijn: {aantal: 3, eenheid: werkdagen}, voldaanDoor: retour}
          - {id: R2, bron: B-2, omschrijving: Controle, type: controle}
        """;

    private static ContractProfile P(string yaml, string bestand) => ContractProfileParser.Parse(yaml, bestand);

    [Fact]
    public void Contractprofiel_erft_regels_en_gebeurtenissen_en_kan_overschrijven_en_uitschakelen()
    {
        var kind = P("""
            id: kind
            versie: 1
            naam: Kind
            basis: basis
            uitschakelen: [R2]
            regels:
              - {id: R1, bron: K-1, omschrijving: Retour binnen 5 werkdagen, gebeurtenis: bericht, termijn: {aantal: 5, eenheid: werkdagen}, voldaanDoor: retour}
            """, "kind.yaml");
        var catalogus = ContractProfileCatalog.BuildOrFail([P(Basis, "basis.yaml"), kind]);
        var opgelost = catalogus.Find("kind")!;
        opgelost.Regels.Should().ContainSingle().Which.Bron.Should().Be("K-1");
        opgelost.Regels[0].Termijn!.Aantal.Should().Be(5);
        opgelost.KnowsGebeurtenis("bericht").Should().BeTrue();
        opgelost.BasisVersie.Should().Be(1);
    }

    [Fact]
    public void Onbekende_gebeurtenis_van_het_evaluatieverslag_wordt_gemeld()
    {
        var kind = P("""
            id: kind
            versie: 1
            naam: Kind
            basis: basis
            evaluatie:
              bron: K-1
              vragen: ["Wat is bereikt?"]
              verslag: {gebeurtenis: verslag-weg, bron: K-2}
            """, "kind.yaml");
        var (_, fouten) = ContractProfileCatalog.Build([P(Basis, "basis.yaml"), kind]);
        fouten.Should().ContainSingle().Which.Melding.Should().Contain("evaluatie.verslag (K-2)").And.Contain("'verslag-weg'");
    }

    [Fact]
    public void Onbekende_gebeurtenis_in_regel_wordt_gemeld_met_bestand_en_regel()
    {
        var kind = P("""
            id: kind
            versie: 1
            naam: Kind
            basis: basis
            regels:
              - {id: X, bron: K-9, omschrijving: Iets, gebeurtenis: bestaat-niet, termijn: {aantal: 1, eenheid: weken}, voldaanDoor: retour}
            """, "kind.yaml");
        var (_, fouten) = ContractProfileCatalog.Build([P(Basis, "basis.yaml"), kind]);
        var fout = fouten.Should().ContainSingle().Subject;
        fout.Bestand.Should().Be("kind.yaml");
        fout.Lijn.Should().Be(6);
        fout.Melding.Should().Contain("onbekende gebeurtenis 'bestaat-niet'").And.Contain("K-9");
    }

    [Fact]
    public void Ontbrekend_basisprofiel_en_onbekende_uitschakeling_worden_gemeld()
    {
        var (catalogus, fouten) = ContractProfileCatalog.Build([P("id: wees\nversie: 1\nnaam: Wees\nbasis: nergens\n", "wees.yaml")]);
        fouten.Single().Melding.Should().Contain("basisprofiel 'nergens'");
        catalogus.Find("wees").Should().BeNull();

        var (_, f2) = ContractProfileCatalog.Build([P(Basis, "basis.yaml"), P("id: k\nversie: 1\nnaam: K\nbasis: basis\nuitschakelen: [R9]\n", "k.yaml")]);
        f2.Single().Melding.Should().Contain("'R9'");
    }

    [Fact]
    public void Versies_naast_elkaar_laatste_is_standaard_en_dubbele_versie_wordt_geweigerd()
    {
        var v2 = Basis.Replace("versie: 1", "versie: 2").Replace("aantal: 3", "aantal: 4");
        var catalogus = ContractProfileCatalog.BuildOrFail([P(Basis, "basis.yaml"), P(v2, "basis-v2.yaml")]);
        catalogus.Find("basis")!.Versie.Should().Be(2);
        catalogus.Find("basis", 1)!.FindRegel("R1")!.Termijn!.Aantal.Should().Be(3);
        catalogus.Actueel.Should().ContainSingle();

        var gepind = P("id: k\nversie: 1\nnaam: K\nbasis: basis@1\n", "k.yaml");
        ContractProfileCatalog.BuildOrFail([P(Basis, "basis.yaml"), P(v2, "basis-v2.yaml"), gepind])
            .Find("k")!.FindRegel("R1")!.Termijn!.Aantal.Should().Be(3);

        var (_, fouten) = ContractProfileCatalog.Build([P(Basis, "basis.yaml"), P(Basis, "kopie.yaml")]);
        fouten.Single().Melding.Should().Contain("versie 1 bestaat al in basis.yaml");
    }
}
