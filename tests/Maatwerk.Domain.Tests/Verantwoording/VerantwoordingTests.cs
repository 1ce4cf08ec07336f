using System.Text;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>The production statement (DEV-Art22.2a/b, IB-44, OCO-6.1b/6.2a/6.2b): totals per product with credits netted,
/// what each profile asks (deadline rules, accountant's statement, threshold, year basis), the uploaded file's rules and
/// the reconciliation.</summary>
public sealed class VerantwoordingTests
{
    private static Productieopstelling.Lijn L(string bsn, string code, long volume, long bedrag, bool credit = false, string eenheid = "01") =>
        new(bsn, "07", code, eenheid, volume, bedrag, credit);

    [Fact]
    public void DEV_Art22_2a_per_product_clienten_eenheden_en_bedragen_een_gecrediteerde_regel_valt_weg()
    {
        var rijen = Productieopstelling.Calculate([
            L("999990019", "PO-B", 120, 11280), L("999990020", "PO-B", 60, 5640),
            L("999990031", "PO-L", 90, 8460), L("999990031", "PO-L", 90, 8460, credit: true), // credited: nets to nothing
            L("999990043", "PO-L", 30, 2820),
            L("999990043", "RO", 3, 44280, eenheid: "14"),
        ]);
        rijen.Should().HaveCount(3);
        rijen.Single(r => r.ProductCode == "PO-B").Should().Be(new Productieopstelling.Rij("07", "PO-B", "01", 2, 180, 16920));
        rijen.Single(r => r.ProductCode == "PO-L").Should().Be(new Productieopstelling.Rij("07", "PO-L", "01", 1, 30, 2820), "the credited client no longer counts");
        rijen.Single(r => r.ProductCode == "RO").Eenheid.Should().Be("14");
        rijen.Sum(r => r.Bedrag).Should().Be(16920 + 2820 + 44280);
    }

    [Fact]
    public void Een_product_dat_volledig_is_gecrediteerd_staat_niet_in_de_verantwoording() =>
        Productieopstelling.Calculate([L("999990019", "PO-B", 120, 11280), L("999990019", "PO-B", 120, 11280, credit: true)]).Should().BeEmpty();

    [Fact]
    public void Deventer_DEV_Art22_2a_indienen_voor_1_maart_en_DEV_Art22_2b_controleverklaring_altijd()
    {
        var regels = Verantwoordingsregels.From(RepoProfiles.Profiel("deventer-wmo-2023"));
        regels.Indiening.Select(r => r.Bron).Should().Equal("DEV-Art22.2a");
        regels.Verklaring!.Bron.Should().Be("DEV-Art22.2b");
        regels.Drempel.Should().BeNull();
        regels.VerklaringBijIndiening.Should().BeFalse();
        regels.Jaarbasis.Should().Be(Verantwoordingsregels.Levering);
        regels.IsVerklaringVereist(1).Should().BeTrue();
    }

    [Fact]
    public void Voorne_IB_44_de_controleverklaring_hoort_bij_de_indiening_zonder_drempel()
    {
        var regels = Verantwoordingsregels.From(RepoProfiles.Profiel("voorne-aan-zee-ib"));
        regels.Indiening.Select(r => r.Bron).Should().Equal("IB-44");
        regels.Verklaring!.Bron.Should().Be("IB-44");
        regels.VerklaringBijIndiening.Should().BeTrue();
        regels.IsVerklaringVereist(0).Should().BeTrue();
    }

    [Theory]
    [InlineData(24_999_999L, false)]
    [InlineData(25_000_000L, true)]
    [InlineData(31_000_000L, true)]
    public void OCO_6_2b_controleverklaring_vanaf_een_omzet_van_250000_euro(long omzetCenten, bool vereist)
    {
        var regels = Verantwoordingsregels.From(RepoProfiles.Profiel("oco"));
        regels.Indiening.Select(r => r.Bron).Should().Equal("OCO-6.1b");
        regels.Verklaring!.Bron.Should().Be("OCO-6.2b");
        regels.Drempel.Should().Be(250000m);
        regels.Jaarbasis.Should().Be(Verantwoordingsregels.Gefactureerd, "OCO-A9: t = the year invoiced");
        regels.IsVerklaringVereist(omzetCenten).Should().Be(vereist);
        regels.Verklaring.VoldaanDoor.Should().Contain(Verantwoordingsregels.VerklaringNietVereist);
    }

    [Fact]
    public void Gooi_en_Vechtstreek_kent_geen_termijn_en_geen_controleverklaring()
    {
        var regels = Verantwoordingsregels.From(RepoProfiles.Profiel("gooi-vechtstreek-bsd"));
        regels.Indiening.Should().BeEmpty();
        regels.IsVerklaringVereist(100_000_000).Should().BeFalse();
    }

    [Fact]
    public void De_gebeurtenissen_van_de_verantwoording_staan_in_het_basisprofiel()
    {
        foreach (var id in RepoProfiles.Ids)
        {
            var profiel = RepoProfiles.Profiel(id);
            profiel.KnowsGebeurtenis(Verantwoordingsregels.Ingediend).Should().BeTrue(id);
            profiel.KnowsGebeurtenis(Verantwoordingsregels.VerklaringIngediend).Should().BeTrue(id);
            profiel.KnowsGebeurtenis(Verantwoordingsregels.VerklaringNietVereist).Should().BeTrue(id);
        }
    }

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");

    [Fact]
    public void Controleverklaring_alleen_een_pdf_van_hoogstens_10_MB()
    {
        Controleverklaring.Validate("verklaring.pdf", Pdf).Should().BeEmpty();
        Controleverklaring.Validate(null, null).Single().Message.Should().Contain("Kies het ondertekende PDF-bestand");
        Controleverklaring.Validate("verklaring.docx", Encoding.ASCII.GetBytes("PK\x03\x04")).Single().Message.Should().Contain("geen PDF");
        Controleverklaring.Validate("nep.pdf", Encoding.ASCII.GetBytes("<html>")).Single().Message.Should().Contain("geen PDF");
        var groot = new byte[Controleverklaring.MaxBytes + 1];
        Pdf.CopyTo(groot, 0);
        var fout = Controleverklaring.Validate("groot.pdf", groot).Single();
        fout.Field.Should().Be("Controleverklaring");
        fout.Message.Should().Contain("hoogstens 10 MB");
        Controleverklaring.Sha256(Pdf).Should().HaveLength(64).And.MatchRegex("^[0-9a-f]+$");
    }

    [Fact]
    public void Aansluiting_toont_per_product_het_verschil_met_de_betaalde_regels()
    {
        var verantwoord = Productieopstelling.Calculate([L("1", "PO-B", 120, 11280), L("2", "PO-L", 60, 5640)]);
        var goedgekeurd = Productieopstelling.Calculate([L("1", "PO-B", 120, 11280), L("2", "PO-L", 60, 5640), L("3", "OAD-L", 30, 1000)]);
        var betaald = Productieopstelling.Calculate([L("1", "PO-B", 120, 11280), L("3", "OAD-L", 30, 1000)]);
        var rijen = Aansluiting.Compare(verantwoord, goedgekeurd, betaald);
        rijen.Single(r => r.ProductCode == "PO-B").HeeftVerschil.Should().BeFalse();
        var poL = rijen.Single(r => r.ProductCode == "PO-L");
        (poL.VerschilBedrag, poL.VerschilVolume, poL.VerschilClienten, poL.NogTeBetalen).Should().Be((5640L, 60L, 1, 5640L));
        var oad = rijen.Single(r => r.ProductCode == "OAD-L");
        oad.VerschilBedrag.Should().Be(-1000, "paid by the gemeente but missing from the statement");
    }

    [Fact]
    public void Een_afwijking_vraagt_een_toelichting_akkoord_niet()
    {
        Aansluiting.ValidateOordeel(AansluitingOordeel.Akkoord, null).Should().BeEmpty();
        Aansluiting.ValidateOordeel(AansluitingOordeel.Afwijking, " ").Single().Field.Should().Be("Toelichting");
        Aansluiting.ValidateOordeel(null, "x").Single().Field.Should().Be("Oordeel");
    }
}
