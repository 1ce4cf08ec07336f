using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Verantwoording;

namespace Maatwerk.Domain.Tests.Verantwoording;

/// <summary>DEV-Art22.7-8 (accountant at the aanbieder's cost) and DEV-Art22.2c (ground for termination) when MR-31/MR-32 is overdue,
/// as controle rules of the Deventer profile.</summary>
public sealed class VerzuimmaatregelenTests
{
    private static readonly DateTimeOffset Op = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void DEV_Art22_7_8_en_DEV_Art22_2c_staan_in_het_profiel_bij_MR_31_en_MR_32()
    {
        var m = Verzuimmaatregelen.From(RepoProfiles.Profiel("deventer-wmo-2023"));
        m.Select(x => (x.Bron, x.Soort)).Should().Equal(("DEV-Art22.7-8", BesluitSoort.Accountantskosten), ("DEV-Art22.2c", BesluitSoort.Ontbindingsgrond));
        m.Should().OnlyContain(x => x.BijVerzuimVan.SequenceEqual(new[] { "MR-31", "MR-32" }));
        Verzuimmaatregelen.From(RepoProfiles.Profiel("voorne-aan-zee-ib")).Should().BeEmpty();
    }

    [Fact]
    public void DEV_Art22_7_8_de_kosten_van_de_accountant_worden_een_open_bedrag_dat_de_volgende_betaling_verrekent()
    {
        var accountant = Verzuimmaatregelen.From(RepoProfiles.Profiel("deventer-wmo-2023"))[0];
        var (besluit, fouten) = Verzuimmaatregelen.Besluit(accountant, "MR-31", true, Guid.NewGuid(), Guid.NewGuid(), 2025, "Van Dijk Accountants", 4_850.50m, null, "cm", Op);
        fouten.Should().BeEmpty();
        (besluit!.Soort, besluit.Bedrag, besluit.Bron, besluit.Jaar, besluit.IsOpenBedrag).Should().Be((BesluitSoort.Accountantskosten, 485_050L, "DEV-Art22.7-8", (int?)2025, true));
        besluit.Reden.Should().Be("MR-31 2025 te laat: accountant Van Dijk Accountants aangewezen op kosten van de aanbieder");
        Verrekening.Select(1_000_000, [besluit]).Should().Equal(besluit);

        Verzuimmaatregelen.Besluit(accountant, "MR-31", true, Guid.Empty, Guid.Empty, 2025, null, 0m, null, "cm", Op).Fouten.Select(f => f.Field).Should().Equal("Accountant", "Bedrag");
        Verzuimmaatregelen.Besluit(accountant, "MR-31", false, Guid.Empty, Guid.Empty, 2025, "X", 10m, null, "cm", Op).Fouten.Single().Message.Should().Contain("niet te laat");
        Verzuimmaatregelen.Besluit(null, "IB-44", true, Guid.Empty, Guid.Empty, 2025, "X", 10m, null, "cm", Op).Fouten.Single().Field.Should().Be("Maatregel");
    }

    [Fact]
    public void DEV_Art22_2c_ontbindingsgrond_met_notitie_zonder_bedrag()
    {
        var ontbinding = Verzuimmaatregelen.From(RepoProfiles.Profiel("deventer-wmo-2023"))[1];
        Verzuimmaatregelen.Besluit(ontbinding, "MR-32", true, Guid.Empty, Guid.Empty, 2025, null, null, null, "cm", Op).Fouten.Single().Field.Should().Be("Notitie");
        var (besluit, _) = Verzuimmaatregelen.Besluit(ontbinding, "MR-32", true, Guid.Empty, Guid.Empty, 2025, null, null, "Na twee herinneringen geen controleverklaring.", "cm", Op);
        (besluit!.Bedrag, besluit.IsOpenBedrag, besluit.Bron).Should().Be((0L, false, "DEV-Art22.2c"));
    }
}
