using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Tarieven;

/// <summary>Tariffs as data: the tariff in force on a date across a year change, Deventer's frozen 2022 tariffs with their
/// shadow tariffs (DEV-Art7, B7, DEV-Art7.3, AMB-02/03), the AMB-01 decision, and no tariff → blocked (IB, BSD, OCO).</summary>
public sealed class TariefbepalingTests
{
    private static Maatwerk.Domain.Contracten.Product Deventer(string code) => RepoProfiles.Profiel("deventer-wmo-2023").FindProduct(code)!;

    [Fact]
    public void Deventer_2023_tariffs_come_from_the_profile_DEV_Art7()
    {
        var t = Tariefbepaling.Op(Deventer("PO-B"), [], new DateOnly(2026, 11, 1))!;
        (t.Bedrag, t.Vanaf, t.Herkomst, t.Bevroren).Should().Be((62.40m, new DateOnly(2023, 1, 1), "contractprofiel", false));
        Tariefbepaling.Op(Deventer("PO-B"), [], new DateOnly(2022, 12, 31)).Should().BeNull("vóór 2023 geldt dit contract niet");
    }

    [Fact]
    public void AMB_01_is_decided_visibly_AD_VVS_is_1407_00_and_the_profile_says_why()
    {
        var t = Tariefbepaling.Op(Deventer("AD-VVS"), [], new DateOnly(2026, 1, 1))!;
        t.Bedrag.Should().Be(1407.00m);
        t.Bron.Should().Contain("AMB-01").And.Contain("1.407,60").And.Contain("Art 7 gaat voor");
    }

    [Fact]
    public void Frozen_2022_tariffs_carry_their_shadow_tariff_B7()
    {
        var poBp = Tariefbepaling.Op(Deventer("PO-BP"), [], new DateOnly(2024, 6, 1))!;
        (poBp.Bedrag, poBp.Bevroren, poBp.Schaduwbedrag).Should().Be((70.80m, true, 69.60m));
        Tariefbepaling.Op(Deventer("PO-B"), [], new DateOnly(2024, 6, 1))!.Bevroren.Should().BeFalse();
    }

    [Fact]
    public void An_imported_table_changes_the_tariff_on_1_January_DEV_Art7_3()
    {
        var poB = Deventer("PO-B");
        var index2025 = Tariefbepaling.Indexeer(poB, Tariefbepaling.Op(poB, [], new DateOnly(2024, 12, 31)), new DateOnly(2025, 1, 1), 65.40m, "Tabel 2025");
        Tariefbepaling.Op(poB, [index2025], new DateOnly(2024, 12, 31))!.Bedrag.Should().Be(62.40m);
        Tariefbepaling.Op(poB, [index2025], new DateOnly(2025, 1, 1))!.Bedrag.Should().Be(65.40m);
        Tariefbepaling.Op(poB, [index2025], new DateOnly(2026, 12, 31))!.Herkomst.Should().Be("ingevoerd");
    }

    [Fact]
    public void A_frozen_tariff_stays_until_its_indexed_shadow_is_higher_AMB_02()
    {
        var poBp = Deventer("PO-BP");
        var vorig = Tariefbepaling.Op(poBp, [], new DateOnly(2024, 12, 31));
        var nogBevroren = Tariefbepaling.Indexeer(poBp, vorig, new DateOnly(2025, 1, 1), 70.20m, "Tabel 2025");
        (nogBevroren.Bedrag, nogBevroren.Schaduwbedrag, nogBevroren.Bevroren).Should().Be((70.80m, 70.20m, true));
        nogBevroren.Bron.Should().Contain("bevroren (B7)");
        var hoger = Tariefbepaling.Indexeer(poBp, Tariefbepaling.Op(poBp, [nogBevroren], new DateOnly(2025, 12, 31)), new DateOnly(2026, 1, 1), 72.00m, "Tabel 2026");
        (hoger.Bedrag, hoger.Bevroren).Should().Be((72.00m, false));
        hoger.Bron.Should().Contain("wordt het tarief");
    }

    [Fact]
    public void Without_a_tariff_in_force_declaring_is_blocked_naming_product_and_date()
    {
        var ib = RepoProfiles.Profiel("voorne-aan-zee-ib").FindProduct("IB-BASIS")!;
        Tariefbepaling.Op(ib, [], new DateOnly(2026, 11, 1)).Should().BeNull("het IB-contract noemt geen bedragen");
        Tariefbepaling.GeenTarief(ib, new DateOnly(2026, 11, 1)).Should().Contain("IB-BASIS").And.Contain("01-11-2026").And.Contain("geblokkeerd");
        var ingevoerd = new Contracttarief { Productcode = "IB-BASIS", Vanaf = new DateOnly(2026, 7, 1), Bedrag = 68.00m, Bron = "Brief" };
        Tariefbepaling.Op(ib, [ingevoerd], new DateOnly(2026, 6, 30)).Should().BeNull();
        Tariefbepaling.Op(ib, [ingevoerd], new DateOnly(2026, 7, 1))!.Bedrag.Should().Be(68.00m);
    }

    [Fact]
    public void An_entered_tariff_names_a_product_of_the_contract_and_an_amount_in_cents()
    {
        var profiel = RepoProfiles.Profiel("gooi-vechtstreek-bsd");
        new Contracttarief { Productcode = "PO-B", Vanaf = new DateOnly(2026, 1, 1), Bedrag = 60m, Bron = "x" }.Validate(profiel)
            .Should().ContainSingle(f => f.Field == "Productcode");
        new Contracttarief { Productcode = "BSD-HBO", Vanaf = new DateOnly(2026, 1, 1), Bedrag = 60.123m, Bron = "x" }.Validate(profiel)
            .Should().ContainSingle(f => f.Field == "Bedrag");
        new Contracttarief { Productcode = "BSD-HBO", Vanaf = new DateOnly(2026, 1, 1), Bedrag = 78.50m, Bron = "" }.Validate(profiel)
            .Should().ContainSingle(f => f.Field == "Bron");
    }
}
