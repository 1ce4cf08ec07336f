using Maatwerk.Domain.Declaraties;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>The no-show unit on the 323 (DEV-Art8.4, DEV-Eis28-b, AMB-12/13): on the client's toewijzing for the no-show
/// product, one klokuur at the tariff of the missed product; without that toewijzing the pre-flight says so.</summary>
public sealed class NoShowDeclaratieTests
{
    private static NoShowEenheid NoShow(DeclareerbareToewijzing t, int dag) => new(t.Id, new DateOnly(2026, 10, dag), 60, "NS", "DEV-Eis28-b");

    [Fact]
    public void A_no_show_becomes_one_klokuur_on_the_no_show_toewijzing_at_the_missed_products_tariff_DEV_Art8_4_AMB_13()
    {
        var po = T();
        var ns = T(product: "NS");
        var uitkomst = Bouw([po, ns], [R(po, 5, 60)], noShows: [NoShow(po, 12)]);
        uitkomst.Regels.Should().HaveCount(2);
        var regel = uitkomst.Regels.Single(r => r.Toewijzing == ns);
        (regel.GeleverdVolume, regel.Eenheid, regel.ProductTarief, regel.IngediendBedrag).Should().Be((60L, "01", 104L, 6240L));
        regel.NoShowVan.Should().Be(po);
        regel.TariefBron.Should().Contain("AMB-13");
    }

    [Fact]
    public void Units_of_two_voorzieningen_in_one_month_share_the_line_when_their_tariff_is_the_same()
    {
        var po = T();
        var po2 = T();
        var ns = T(product: "NS", eenheid: "04");
        var regel = Bouw([po, po2, ns], [], noShows: [NoShow(po, 12), NoShow(po2, 19)]).Regels.Should().ContainSingle().Subject;
        (regel.GeleverdVolume, regel.Eenheid, regel.IngediendBedrag).Should().Be((2L, "04", 12480L));
    }

    [Fact]
    public void Without_a_no_show_toewijzing_the_preflight_says_so_and_builds_no_line_DEV_Eis28_b()
    {
        var po = T();
        var andereClient = T(product: "NS", bsn: "999990020");
        var uitkomst = Bouw([po, andereClient], [], noShows: [NoShow(po, 12)]);
        uitkomst.Regels.Should().BeEmpty();
        uitkomst.Bezwaren.Should().ContainSingle(b => b.Code == "DEV-Eis28-b" && b.Blokkeert && b.ToewijzingId == po.Id).Which.Melding.Should()
            .Contain("12-10-2026").And.Contain("PO-B").And.Contain("'NS'").And.Contain("Toegang");
    }

    [Fact]
    public void A_no_show_toewijzing_that_starts_after_the_no_show_does_not_carry_it()
    {
        var po = T();
        var ns = T(product: "NS", ingang: new DateOnly(2026, 10, 20));
        Bouw([po, ns], [], noShows: [NoShow(po, 12)]).Bezwaren.Should().ContainSingle(b => b.Code == "DEV-Eis28-b");
    }
}
