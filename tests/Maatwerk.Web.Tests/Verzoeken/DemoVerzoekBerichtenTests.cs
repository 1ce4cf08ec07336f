using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verzoeken;

/// <summary>Issue 13: each demo verzoek has its WMO315 in the gemeente's berichten list, valid against the official XSD
/// and accepted by the platform (retour 316).</summary>
public sealed class DemoVerzoekBerichtenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public void Elk_demoverzoek_heeft_zijn_wmo315()
    {
        var (verzoeken, berichten) = factory.WithDb(db => (
            db.Verzoeken.Where(v => v.ReferentieAanbieder.StartsWith("VZDEMO")).Select(v => v.ReferentieAanbieder).ToList(),
            db.Berichten.Where(b => b.Soort == "WMO315").Select(b => new { b.Xml, b.Geldig, b.RetourSoort, b.OntvangerOrganisatieId }).ToList()));
        verzoeken.Should().HaveCount(3);
        foreach (var referentie in verzoeken)
        {
            var bericht = berichten.Should().ContainSingle(b => b.Xml.Contains($">{referentie}<"), referentie).Subject;
            OfficialXsd.Errors(bericht.Xml).Should().BeEmpty();
            (bericht.Geldig, bericht.RetourSoort).Should().Be((true, "WMO316"));
        }
    }

    [Fact]
    public async Task De_gemeente_ziet_de_wmo315_in_haar_inbox()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        (await consulent.GetStringAsync("/Berichten?soort=WMO315")).Should().Contain("data-soort=\"WMO315\"");
    }
}
