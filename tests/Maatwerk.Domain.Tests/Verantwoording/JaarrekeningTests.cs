using System.Text;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>IB-46a/c: the annual accounts of a finished year — a jaarrekening (with group entities' accounts, IB-46a) or a
/// jaarverslag when not jaarrekeningplichtig (IB-46c), as a PDF under the rules of every accountability file.</summary>
public sealed class JaarrekeningTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF");
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static IReadOnlyList<Common.ValidationError> Validate(JaarrekeningSoort? soort, int jaar, params JaarrekeningSoort[] aanwezig) =>
        Jaarrekening.Validate(soort, jaar, 2024, Vandaag, aanwezig, "jaarrekening.pdf", Pdf);

    [Fact]
    public void IB_46a_een_jaarrekening_over_een_afgelopen_boekjaar_met_groepsjaarrekeningen_ernaast()
    {
        Validate(JaarrekeningSoort.Jaarrekening, 2025).Should().BeEmpty();
        Validate(JaarrekeningSoort.Groepsjaarrekening, 2025, JaarrekeningSoort.Jaarrekening, JaarrekeningSoort.Groepsjaarrekening).Should().BeEmpty("several group entities");
        Validate(JaarrekeningSoort.Jaarrekening, 2025, JaarrekeningSoort.Groepsjaarrekening).Should().BeEmpty();
        Validate(JaarrekeningSoort.Jaarrekening, 2025, JaarrekeningSoort.Jaarrekening).Single().Message.Should().Be("De jaarrekening over 2025 is al ingediend.");
    }

    [Fact]
    public void IB_46c_een_jaarrekeningplichtige_aanbieder_dient_de_jaarrekening_in_geen_jaarverslag()
    {
        var fout = Jaarrekening.Validate(JaarrekeningSoort.Jaarverslag, 2025, 2024, Vandaag, [], "j.pdf", Pdf, jaarrekeningplichtig: true).Single();
        (fout.Field, fout.Message).Should().Be(("Soort", "Uw organisatie is jaarrekeningplichtig: dien de jaarrekening in (IB-46a); een jaarverslag is alleen voor wie niet jaarrekeningplichtig is (IB-46c)."));
        Jaarrekening.Toegestaan(true).Should().Equal(JaarrekeningSoort.Jaarrekening, JaarrekeningSoort.Groepsjaarrekening);
        foreach (var soort in Jaarrekening.Toegestaan(true))
            Jaarrekening.Validate(soort, 2025, 2024, Vandaag, [], "j.pdf", Pdf, jaarrekeningplichtig: true).Should().BeEmpty();
    }

    /// <summary>Not obliged: the jaarverslag is due (IB-46c), and a voluntary jaarrekening instead of it is accepted — it tells
    /// the gemeente at least as much and gives the figures of the profit cap (IB-45); still one of the two per year.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void IB_46c_wie_niet_jaarrekeningplichtig_is_mag_ook_vrijwillig_de_jaarrekening_indienen(bool? plichtig)
    {
        Jaarrekening.Toegestaan(plichtig).Should().BeEquivalentTo(Enum.GetValues<JaarrekeningSoort>());
        foreach (var soort in Jaarrekening.Toegestaan(plichtig))
            Jaarrekening.Validate(soort, 2025, 2024, Vandaag, [], "j.pdf", Pdf, plichtig).Should().BeEmpty();
        Jaarrekening.Validate(JaarrekeningSoort.Jaarverslag, 2025, 2024, Vandaag, [JaarrekeningSoort.Jaarrekening], "j.pdf", Pdf, plichtig)
            .Single().Message.Should().StartWith("Over 2025 is al een jaarrekening ingediend");
        Jaarrekening.Verschuldigd(false).Should().Be("niet jaarrekeningplichtig: het jaarverslag is verschuldigd (IB-46c); een vrijwillige jaarrekening in plaats daarvan mag ook");
    }

    [Fact]
    public void IB_46c_een_jaarverslag_in_plaats_van_een_jaarrekening_niet_allebei()
    {
        Validate(JaarrekeningSoort.Jaarverslag, 2025).Should().BeEmpty();
        var fout = Validate(JaarrekeningSoort.Jaarverslag, 2025, JaarrekeningSoort.Jaarrekening).Single();
        (fout.Field, fout.Message).Should().Be(("Soort", "Over 2025 is al een jaarrekening ingediend; een aanbieder dient óf een jaarrekening óf (niet jaarrekeningplichtig, IB-46c) een jaarverslag in."));
        Validate(null, 2025).Single().Field.Should().Be("Soort");
        Validate((JaarrekeningSoort)9, 2025).Single().Field.Should().Be("Soort");
    }

    [Fact]
    public void Alleen_een_afgelopen_boekjaar_binnen_het_contract()
    {
        Validate(JaarrekeningSoort.Jaarrekening, 2026).Single().Message.Should().Be("De jaarrekening over 2026 kan pas na afloop van het boekjaar worden ingediend (vanaf 1 januari 2027).");
        Validate(JaarrekeningSoort.Jaarrekening, 2023).Single().Message.Should().Contain("van 2024 tot en met 2025");
    }

    [Fact]
    public void Dezelfde_bestandsregels_als_de_controleverklaring()
    {
        var fouten = Jaarrekening.Validate(JaarrekeningSoort.Jaarverslag, 2025, 2024, Vandaag, [], "jaarverslag.docx", Encoding.ASCII.GetBytes("PK"));
        (fouten.Single().Field, fouten.Single().Message).Should().Be(("Bestand", "Het bestand 'jaarverslag.docx' is geen PDF; lever het jaarverslag aan als ondertekend PDF-bestand."));
        Jaarrekening.Validate(JaarrekeningSoort.Jaarrekening, 2025, 2024, Vandaag, [], null, null).Single().Message.Should().Be("Kies het PDF-bestand met de jaarrekening.");
        var groot = new byte[PdfBestand.MaxBytes + 1];
        Pdf.CopyTo(groot, 0);
        Jaarrekening.Validate(JaarrekeningSoort.Jaarrekening, 2025, 2024, Vandaag, [], "j.pdf", groot).Single().Message.Should().Contain("hoogstens 10 MB");
    }
}
