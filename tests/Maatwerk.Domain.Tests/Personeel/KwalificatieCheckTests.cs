using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Personeel;

/// <summary>Qualification per product from the profile block <c>kwalificaties</c> (issue 14): DEV-B4-Q-PO (PO basis MBO 4,
/// PO licht MBO 3), IB-5 (IB basis MBO 4), IB-6 (IB intensief HBO), BSD-2.7 (MBO 4) and BSD-2.7-p2 (HBO).</summary>
public class KwalificatieCheckTests
{
    private static Medewerker Persoon(Kwalificatieniveau niveau) => new() { Naam = "Kees Kwalificatie", Niveau = niveau };

    [Theory]
    [InlineData("deventer-wmo-2023", "PO-B", Kwalificatieniveau.Mbo3, Kwalificatieniveau.Mbo4, "DEV-B4-Q-PO")]
    [InlineData("deventer-wmo-2023", "PO-L", Kwalificatieniveau.Geen, Kwalificatieniveau.Mbo3, "DEV-B4-Q-PO")]
    [InlineData("voorne-aan-zee-ib", "IB-BASIS", Kwalificatieniveau.Mbo3, Kwalificatieniveau.Mbo4, "IB-5")]
    [InlineData("voorne-aan-zee-ib", "IB-INTENSIEF", Kwalificatieniveau.Mbo4, Kwalificatieniveau.Hbo, "IB-6")]
    [InlineData("gooi-vechtstreek-bsd", "BSD-MBO4", Kwalificatieniveau.Mbo3, Kwalificatieniveau.Mbo4, "BSD-2.7")]
    [InlineData("gooi-vechtstreek-bsd", "BSD-HBO", Kwalificatieniveau.Mbo4, Kwalificatieniveau.Hbo, "BSD-2.7-p2")]
    public void Een_te_laag_niveau_waarschuwt_met_de_bepaling_en_het_minimum_is_genoeg(string profiel, string product, Kwalificatieniveau te_laag,
        Kwalificatieniveau minimum, string bron)
    {
        var eisen = RepoProfiles.Profiel(profiel).Kwalificaties;
        var probleem = KwalificatieCheck.Evaluate(Persoon(te_laag), product, eisen);
        probleem.Should().NotBeNull();
        probleem!.Bron.Should().Be(bron);
        probleem.Message.Should().Contain($"voor {product} vraagt het contract minimaal");
        probleem.RefusesDeployment.Should().BeFalse("the care was delivered: a warning");
        KwalificatieCheck.Evaluate(Persoon(minimum), product, eisen).Should().BeNull();
        KwalificatieCheck.Evaluate(Persoon(Kwalificatieniveau.Hbo), product, eisen).Should().BeNull();
    }

    [Fact]
    public void Geen_eis_voor_het_product_of_het_contract_geeft_geen_waarschuwing()
    {
        KwalificatieCheck.Evaluate(Persoon(Kwalificatieniveau.Geen), "SH", RepoProfiles.Profiel("deventer-wmo-2023").Kwalificaties).Should().BeNull();
        RepoProfiles.Profiel("oco").Kwalificaties.Should().BeEmpty();
    }
}
