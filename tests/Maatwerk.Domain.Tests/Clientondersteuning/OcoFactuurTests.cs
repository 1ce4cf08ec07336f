using Maatwerk.Domain.Clientondersteuning;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>The stored OCO invoice's own rules (OCO-6.1a/c): only a draft (opgesteld) can be removed — a submitted
/// invoice is what the gemeente received and what met OCO-6.1c, so it is never removed — and a removed draft never makes
/// two invoices share a number.</summary>
public sealed class OcoFactuurTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Een_opgestelde_factuur_mag_worden_verwijderd() =>
        new OcoFactuur { Nummer = "OCO-2026-0003", Status = OcoFactuurStatus.Opgesteld }.ValidateRemove().Should().BeEmpty();

    [Fact]
    public void OCO_6_1c_een_ingediende_factuur_kan_nooit_worden_verwijderd()
    {
        var factuur = new OcoFactuur { Nummer = "OCO-2026-0003", Status = OcoFactuurStatus.Opgesteld };
        factuur.Indienen(Nu, "administratie@kompas.demo").Should().BeEmpty();

        factuur.ValidateRemove().Should().ContainSingle(e => e.Field == "Status" && e.Message.Contains("OCO-2026-0003") && e.Message.Contains("kan niet meer worden verwijderd"));
        factuur.Status.Should().Be(OcoFactuurStatus.Ingediend);
    }

    [Fact]
    public void Het_volgnummer_is_een_hoger_dan_het_hoogste_van_dat_jaar()
    {
        OcoFactuur.NextNummer(2026, []).Should().Be("OCO-2026-0001");
        // 0002 was a draft that was removed: the next is 0004, not a second 0003.
        OcoFactuur.NextNummer(2026, ["OCO-2026-0001", "OCO-2026-0003", "OCO-2025-0009"]).Should().Be("OCO-2026-0004");
        OcoFactuur.NextNummer(2027, ["OCO-2026-0001", "OCO-2026-0003"]).Should().Be("OCO-2027-0001");
    }
}
