using Maatwerk.Domain.Meldcode;

namespace Maatwerk.Domain.Tests.Meldcode;

/// <summary>A Meldcode case along the five steps (IB-52a/c): steps in order, the decision at step 5, the Veilig Thuis date
/// required when reporting (IB-52b), closure after the last step.</summary>
public class MeldcodeCasusTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static MeldcodeCasus Casus() => new()
    {
        Signalen = "Blauwe plekken op de armen; cliënt schrikt bij harde geluiden",
        Stap1Datum = new DateOnly(2026, 10, 1), Stap1Notitie = "Signalen vastgelegd",
        Stap2Datum = new DateOnly(2026, 10, 3), Stap3Datum = new DateOnly(2026, 10, 8), Stap4Datum = new DateOnly(2026, 10, 12),
        Stap5Datum = new DateOnly(2026, 10, 15), MeldenBijVeiligThuis = true, VeiligThuisGemeldOp = new DateOnly(2026, 10, 15),
    };

    [Fact]
    public void IB_52c_een_volledige_casus_is_geldig_en_bereikt_stap_5()
    {
        var c = Casus();
        c.Validate(Vandaag).Should().BeEmpty();
        c.BereikteStap.Should().Be(5);
        new MeldcodeCasus { Signalen = "x" }.BereikteStap.Should().Be(0);
    }

    [Fact]
    public void IB_52a_een_stap_kan_niet_voor_de_vorige_stap_gedateerd_worden()
    {
        var c = Casus();
        c.Stap3Datum = new DateOnly(2026, 10, 2);
        var fout = c.Validate(Vandaag).Should().ContainSingle().Subject;
        fout.Field.Should().Be("Stap3Datum");
        fout.Message.Should().Contain("Stap 3").And.Contain("vóór die van stap 2");
    }

    [Fact]
    public void IB_52a_een_stap_overslaan_kan_niet()
    {
        var c = Casus();
        c.Stap2Datum = null;
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal("Stap3Datum");
        c.Validate(Vandaag).Single().Message.Should().Contain("pas worden gedateerd als stap 2 een datum heeft");
    }

    [Fact]
    public void Dezelfde_dag_voor_twee_stappen_mag_en_een_datum_in_de_toekomst_niet()
    {
        var c = Casus();
        c.Stap2Datum = c.Stap1Datum;
        c.Validate(Vandaag).Should().BeEmpty();
        c.VeiligThuisGemeldOp = c.AfgeslotenOp = null;
        (c.Stap5Datum, c.MeldenBijVeiligThuis) = (Vandaag.AddDays(1), null);
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal("Stap5Datum");
    }

    [Fact]
    public void IB_52b_melden_bij_Veilig_Thuis_vraagt_de_datum_van_de_melding()
    {
        var c = Casus();
        c.VeiligThuisGemeldOp = null;
        var fout = c.Validate(Vandaag).Should().ContainSingle().Subject;
        fout.Field.Should().Be(nameof(MeldcodeCasus.VeiligThuisGemeldOp));
        fout.Message.Should().Contain("verplicht").And.Contain("IB-52b");
        c.VeiligThuisGemeldOp = new DateOnly(2026, 10, 14);
        c.Validate(Vandaag).Single().Message.Should().Contain("niet vóór het besluit in stap 5");
    }

    [Fact]
    public void Niet_melden_heeft_geen_meldingsdatum_en_het_besluit_hoort_bij_stap_5()
    {
        var c = Casus();
        c.MeldenBijVeiligThuis = false;
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal(nameof(MeldcodeCasus.VeiligThuisGemeldOp));
        c.VeiligThuisGemeldOp = null;
        c.Validate(Vandaag).Should().BeEmpty();
        c.Stap5Datum = null;
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal(nameof(MeldcodeCasus.MeldenBijVeiligThuis));
    }

    [Fact]
    public void Afsluiten_kan_na_stap_5_met_een_besluit_en_niet_eerder()
    {
        var c = Casus();
        c.AfgeslotenOp = new DateOnly(2026, 11, 1);
        c.Validate(Vandaag).Should().BeEmpty();
        c.AfgeslotenOp = new DateOnly(2026, 10, 14);
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal(nameof(MeldcodeCasus.AfgeslotenOp));
        var open = new MeldcodeCasus { Signalen = "Signaal", Stap1Datum = new DateOnly(2026, 11, 2), AfgeslotenOp = new DateOnly(2026, 11, 3) };
        open.Validate(Vandaag).Single().Message.Should().Contain("na stap 5");
    }

    [Fact]
    public void Signalen_zijn_verplicht_en_een_notitie_vraagt_een_datum()
    {
        var c = new MeldcodeCasus { Signalen = " ", Stap2Notitie = "Overlegd met collega" };
        c.Validate(Vandaag).Select(f => f.Field).Should().Equal("Signalen", "Stap2Notitie");
    }
}
