using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>The VOG matrix per contract profile (issue 14): maximum age at the employment start (OCO-1.2b 6, IB-9b 3,
/// BSD-39 3, DEV-Eis18-a 12 months), renewal (IB-9c 12 months, BSD-40a and DEV-Eis18-d 3 years), screening profile 45
/// with risk areas 08/12 (IB-8a), the gemeente's assessment (IB-8b), and no deployment without a VOG (refuses).</summary>
public class VogCheckTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static Medewerker Persoon(DateOnly inDienst) => new() { Naam = "Sanne de Groot", InDienst = inDienst };

    private static Vog Vog(DateOnly afgifte, bool beoordeeld = true) => new()
    {
        Afgiftedatum = afgifte, Screeningsprofiel = "45", Risicogebieden = "08,12", BeoordeeldDoorGemeenteOp = beoordeeld ? afgifte.AddDays(5) : null,
    };

    [Theory]
    [InlineData("oco", 6, "OCO-1.2b")]
    [InlineData("voorne-aan-zee-ib", 3, "IB-9b")]
    [InlineData("gooi-vechtstreek-bsd", 3, "BSD-39")]
    [InlineData("deventer-wmo-2023", 12, "DEV-Eis18-a")]
    public void Maximale_leeftijd_van_de_VOG_bij_indiensttreding_per_contract(string profiel, int maanden, string bron)
    {
        var beleid = RepoProfiles.Profiel(profiel).Vog;
        var inDienst = new DateOnly(2026, 10, 1);
        VogCheck.Evaluate(Persoon(inDienst), [Vog(inDienst.AddMonths(-maanden))], beleid, Vandaag).Should().BeEmpty();
        VogCheck.Evaluate(Persoon(inDienst), [Vog(inDienst.AddMonths(-maanden).AddDays(-1))], beleid, Vandaag)
            .Should().ContainSingle(p => p.Bron == bron && p.Message.Contains($"ouder dan {maanden} maanden") && !p.RefusesDeployment);
    }

    [Theory]
    [InlineData("voorne-aan-zee-ib", 12, "IB-9c")]
    [InlineData("gooi-vechtstreek-bsd", 36, "BSD-40a")]
    [InlineData("deventer-wmo-2023", 36, "DEV-Eis18-d")]
    public void Vernieuwing_van_de_VOG_per_contract(string profiel, int maanden, string bron)
    {
        var beleid = RepoProfiles.Profiel(profiel).Vog;
        var afgifte = Vandaag.AddMonths(-maanden);
        var persoon = Persoon(afgifte.AddDays(10));
        VogCheck.Evaluate(persoon, [Vog(afgifte)], beleid, Vandaag).Should().BeEmpty();
        VogCheck.Evaluate(persoon, [Vog(afgifte)], beleid, Vandaag.AddDays(1)).Should().ContainSingle(p => p.Bron == bron && p.Message.Contains("vernieuwd"));
    }

    [Fact]
    public void OCO_kent_geen_periodieke_vernieuwing()
    {
        var inDienst = new DateOnly(2020, 1, 1);
        VogCheck.Evaluate(Persoon(inDienst), [Vog(inDienst)], RepoProfiles.Profiel("oco").Vog, Vandaag).Should().BeEmpty();
    }

    [Fact]
    public void IB_8a_screeningsprofiel_45_met_risicogebieden_08_en_12_en_IB_8b_beoordeling_door_de_gemeente()
    {
        var beleid = RepoProfiles.Profiel("voorne-aan-zee-ib").Vog;
        var inDienst = new DateOnly(2026, 10, 1);
        var vog = Vog(inDienst.AddDays(-10), beoordeeld: false);
        vog.Risicogebieden = "08";
        var problemen = VogCheck.Evaluate(Persoon(inDienst), [vog], beleid, Vandaag);
        problemen.Should().Contain(p => p.Bron == "IB-8a" && p.Message.Contains("12"));
        problemen.Should().Contain(p => p.Bron == "IB-8b" && p.Message.Contains("beoordeeld"));
    }

    [Theory]
    [InlineData("oco", "OCO-1.2a")]
    [InlineData("voorne-aan-zee-ib", "IB-8b")]
    [InlineData("gooi-vechtstreek-bsd", "BSD-38a")]
    [InlineData("deventer-wmo-2023", "DEV-Eis18-a")]
    public void Zonder_VOG_geen_inzet_dat_weigert(string profiel, string bron)
    {
        VogCheck.Evaluate(Persoon(new DateOnly(2026, 1, 1)), [], RepoProfiles.Profiel(profiel).Vog, Vandaag)
            .Should().ContainSingle(p => p.Bron == bron && p.RefusesDeployment);
    }
}
