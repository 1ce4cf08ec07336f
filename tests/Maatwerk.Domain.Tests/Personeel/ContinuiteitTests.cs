using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>Continuity when the fixed worker changes (issue 14): which steps the contract asks for, each with its clause
/// (BSD-44b replacement within 48 h, BSD-44c phone within 24 h, BSD-44d letter within 10 working days; IB-15c structural
/// replacement within 4 weeks), and which changes start the terms.</summary>
public class ContinuiteitTests
{
    [Fact]
    public void BSD_44b_c_d_vervanging_bellen_en_brief_onder_Gooi_en_Vechtstreek()
    {
        var stappen = Continuiteit.Vervolgstappen(RepoProfiles.Profiel("gooi-vechtstreek-bsd"));
        stappen.Select(s => (s.Soort, string.Join(",", s.Bronnen))).Should().Equal(
            ("vervanging-geregeld", "BSD-44b"), ("client-gebeld", "BSD-44c"), ("client-schriftelijk-geinformeerd", "BSD-44d"));
        stappen[1].ToString().Should().Contain("telefonisch").And.Contain("(BSD-44c)");
    }

    [Fact]
    public void IB_15c_structurele_vervanging_onder_Voorne_aan_Zee_en_geen_stappen_onder_Deventer()
    {
        Continuiteit.Vervolgstappen(RepoProfiles.Profiel("voorne-aan-zee-ib")).Should().ContainSingle(s => s.Soort == "vervanging-geregeld" && s.Bronnen.Contains("IB-15c"));
        Continuiteit.Vervolgstappen(RepoProfiles.Profiel("deventer-wmo-2023")).Should().BeEmpty();
    }

    [Fact]
    public void Alleen_een_andere_vaste_medewerker_is_een_wisseling()
    {
        var a = Guid.NewGuid();
        var huidig = new VasteMedewerker { MedewerkerId = a };
        Continuiteit.IsWisseling(null, huidig).Should().BeFalse("de eerste vaste medewerker vervangt niemand");
        Continuiteit.IsWisseling(huidig, new VasteMedewerker { MedewerkerId = a, VervangerId = Guid.NewGuid() }).Should().BeFalse("alleen de vervanger wisselt");
        Continuiteit.IsWisseling(huidig, new VasteMedewerker { MedewerkerId = Guid.NewGuid() }).Should().BeTrue();
    }
}
