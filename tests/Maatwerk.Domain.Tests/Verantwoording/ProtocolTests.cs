using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>The national accountant protocol as profile data (<c>protocol</c> on the submission rule), shown on the statement
/// and printed in its exports: DEV-Art22.1 (2020), OCO-6.2a/6.2d with reading OCO-A12 (2021, the most recent); Voorne aan
/// Zee and Gooi en Vechtstreek name none.</summary>
public sealed class ProtocolTests
{
    [Fact]
    public void DEV_Art22_1_Deventer_volgt_het_landelijke_accountantsprotocol_2020() =>
        Verantwoordingsregels.From(RepoProfiles.Profiel("deventer-wmo-2023")).ProtocolTekst.Should().Contain("Landelijk accountantsprotocol Wmo en Jeugdwet 2020");

    [Fact]
    public void OCO_6_2a_en_OCO_6_2d_het_protocol_2021_of_het_meest_recente_lezing_OCO_A12()
    {
        var tekst = Verantwoordingsregels.From(RepoProfiles.Profiel("oco")).ProtocolTekst;
        tekst.Should().Contain("2021").And.Contain("meest recente").And.Contain("OCO-A12");
    }

    [Theory]
    [InlineData("voorne-aan-zee-ib")]
    [InlineData("gooi-vechtstreek-bsd")]
    public void Zonder_protocol_in_het_contract_zegt_het_platform_dat(string profiel)
    {
        var regels = Verantwoordingsregels.From(RepoProfiles.Profiel(profiel));
        regels.Protocol.Should().BeNull();
        regels.ProtocolTekst.Should().Be("geen protocol in het contract");
    }

    [Fact]
    public void OCO_6_2c_de_accountant_bevestigt_het_protocol_alleen_waar_het_profiel_dat_vraagt()
    {
        var oco = Verantwoordingsregels.From(RepoProfiles.Profiel("oco"));
        oco.Protocolbevestiging!.Bron.Should().Be("OCO-6.2c");
        oco.ValidateBevestiging(true).Should().BeEmpty();
        oco.BevestigingTekst(true).Should().StartWith("protocol bevestigd door accountant (OCO-6.2c): Landelijk accountantsprotocol Wmo 2021");
        oco.BevestigingTekst(false).Should().Be("niet bevestigd: de accountant heeft niet bevestigd dat de controle volgens het protocol is uitgevoerd (OCO-6.2c)");
        oco.BevestigingTekst(null).Should().StartWith("niet bevestigd");

        var deventer = Verantwoordingsregels.From(RepoProfiles.Profiel("deventer-wmo-2023"));
        deventer.Protocolbevestiging.Should().BeNull("DEV-Art22 asks no confirmation");
        deventer.BevestigingTekst(true).Should().BeNull();
        deventer.ValidateBevestiging(false).Should().BeEmpty();
        deventer.ValidateBevestiging(true).Single().Should().Be(new Common.ValidationError("ProtocolBevestigd",
            "Dit contract vraagt geen bevestiging van de accountant dat het accountantsprotocol is gevolgd."));
    }
}
