using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>IB-45 ("maximaal 8% winst per jaar") and DEV-Eis25/MR-30 ("excessieve winsten (&gt; 8%)"): the cap comes from the profile's
/// controle rule; the percentage is resultaat ÷ omzet × 100 (reading IB-A15); above the cap flags, at the cap does not.</summary>
public sealed class WinstnormTests
{
    [Theory]
    [InlineData("voorne-aan-zee-ib", "IB-45", "IB-45")]
    [InlineData("deventer-wmo-2023", "MR-30", "DEV-Eis25")]
    public void IB_45_en_DEV_Eis25_de_norm_komt_uit_het_profiel(string profiel, string regel, string bron) =>
        Winstnorm.From(RepoProfiles.Profiel(profiel)).Should().Be(new Winstnorm(8m, bron, regel));

    [Theory]
    [InlineData("gooi-vechtstreek-bsd")]
    [InlineData("oco")]
    public void Zonder_regel_geen_norm_en_geen_signalering(string profiel) =>
        Winstnorm.From(RepoProfiles.Profiel(profiel)).Should().BeNull();

    [Fact]
    public void IB_A15_resultaat_gedeeld_door_omzet_en_alleen_boven_de_norm_gesignaleerd()
    {
        var norm = new Winstnorm(8m, "IB-45", "IB-45");
        var pct = Winstnorm.Percentage(1_250_000m, 117_500m);
        pct.Should().Be(9.4m);
        norm.IsBoven(pct).Should().BeTrue();
        norm.Signalering(pct!.Value).Should().Be("Winst 9,4 % ligt boven de norm van 8 % (IB-45).");
        norm.IsBoven(Winstnorm.Percentage(1_000_000m, 80_000m)).Should().BeFalse("8% is at most 8%");
        norm.IsBoven(Winstnorm.Percentage(1_000_000m, 80_000.01m)).Should().BeTrue();
        norm.IsBoven(Winstnorm.Percentage(1_000_000m, -50_000m)).Should().BeFalse();
        Winstnorm.Percentage(0m, 10m).Should().BeNull();
        Winstnorm.Percentage(null, 10m).Should().BeNull();
    }

    [Fact]
    public void Omzet_positief_en_resultaat_verplicht_in_euros_met_hoogstens_twee_decimalen()
    {
        Winstnorm.ValidateCijfers(1_250_000m, -3_000.50m).Should().BeEmpty();
        Winstnorm.ValidateCijfers(0m, 10m).Single().Field.Should().Be("Omzet");
        Winstnorm.ValidateCijfers(100m, null).Single().Field.Should().Be("Resultaat");
        Winstnorm.ValidateCijfers(100.001m, 1m).Single().Field.Should().Be("Omzet");
    }

    [Fact]
    public void DEV_Eis25_toelichting_vragen_antwoorden_en_oordelen()
    {
        var j = new Jaarrekening { Omzet = 1_000_000m, Resultaat = 94_000m };
        Winstverantwoording.ValidateVraag(false, j, "Waarom is de winst zo hoog?").Single().Message.Should().Contain("niet boven de norm");
        Winstverantwoording.ValidateOordeel(true, j, WinstOordeel.Maatregel, WinstMaatregel.Tariefverlaging, "Tarief 2027 lager").Single().Message
            .Should().Contain("Vraag eerst een toelichting");
        Winstverantwoording.ValidateAntwoord(j, "Eenmalige vrijval van een voorziening.").Single().Message.Should().Contain("geen toelichting gevraagd");
        Winstverantwoording.ValidateVraag(true, j, "kort").Single().Field.Should().Be("Vraag");
        Winstverantwoording.ValidateVraag(true, j, "Waarom is de winst zo hoog?").Should().BeEmpty();

        j.ToelichtingGevraagdOp = DateTimeOffset.UnixEpoch;
        Winstverantwoording.ValidateVraag(true, j, "Nog een vraag aan de aanbieder").Single().Message.Should().Contain("al gevraagd");
        Winstverantwoording.ValidateOordeel(true, j, WinstOordeel.Geaccepteerd, null, null).Single().Message.Should().Contain("pas na de toelichting");
        Winstverantwoording.ValidateOordeel(true, j, WinstOordeel.Maatregel, null, "x").Select(f => f.Field).Should().Equal("Maatregel", "Notitie");
        Winstverantwoording.ValidateOordeel(true, j, WinstOordeel.Maatregel, WinstMaatregel.Terugvordering, "Geen antwoord binnen de termijn: terugvordering.")
            .Should().BeEmpty("non-cooperation may lead to a measure without an answer");
        j.Antwoord = "Eenmalige vrijval van een voorziening.";
        Winstverantwoording.ValidateOordeel(true, j, WinstOordeel.Geaccepteerd, null, null).Should().BeEmpty();
        Winstverantwoording.ValidateOordeel(true, j, null, null, null).Single().Field.Should().Be("Oordeel");
    }
}
