using Maatwerk.Domain.Klachten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Domain.Tests.Klachten;

/// <summary>The complaints overview of a period (OCO-2.22b per quarter and gemeente; DEV-Eis16-AR per year): which
/// complaints belong to it, the handling term of each, the counts.</summary>
public class KlachtenRapportageTests
{
    private static DateOnly Dag(DateTimeOffset m) => DateOnly.FromDateTime(m.UtcDateTime);

    private static Klacht K(string ontvangen, string? afgehandeld = null, bool direct = false, string? maatregel = null) => new()
    {
        Ontvangen = DateTimeOffset.Parse(ontvangen + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        AfgehandeldOp = afgehandeld is null ? null : DateTimeOffset.Parse(afgehandeld + "T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        DirectOpgelost = direct, Indiener = "x", Omschrijving = ontvangen, Verbetermaatregel = maatregel,
    };

    [Fact]
    public void OCO_2_22b_het_kwartaaloverzicht_telt_per_gemeente_de_ontvangen_en_neemt_eerder_ontvangen_open_klachten_mee()
    {
        var q3 = Periode.Containing(Periode.Kwartaal, new DateOnly(2026, 8, 1));
        var rapportage = KlachtenRapportage.Create(q3,
        [
            (K("2026-06-20", "2026-07-03"), "Gemeente Hilversum", null),               // settled in Q3: its handling belongs here
            (K("2026-05-01", "2026-05-20"), "Gemeente Hilversum", null),               // settled before Q3: not in this report
            (K("2026-07-10", "2026-07-10", direct: true), "Gemeente Huizen", null),
            (K("2026-09-28", maatregel: "Vaste begeleider"), "Gemeente Hilversum", "A. Smit"), // still open at the quarter's end
            (K("2026-10-02"), "Gemeente Hilversum", null),                               // after the quarter
        ], Dag);
        rapportage.Groepen.Select(g => g.Gemeente).Should().Equal("Gemeente Hilversum", "Gemeente Huizen");
        var hilversum = rapportage.Groepen[0];
        hilversum.Items.Should().HaveCount(2);
        hilversum.Ontvangen.Should().Be(1);
        hilversum.Afgehandeld.Should().Be(1);
        hilversum.Openstaand.Should().Be(1);
        hilversum.Items[0].Doorlooptijd.Should().Be(13, "20 juni tot 3 juli");
        hilversum.Verbetermaatregelen.Should().Equal("Vaste begeleider");
        rapportage.Groepen[1].DirectOpgelost.Should().Be(1);
        rapportage.Ontvangen.Should().Be(2);
    }

    [Fact]
    public void DEV_Eis16_AR_de_jaarrapportage_geeft_de_afhandeltermijn_van_elke_klacht_in_het_jaar()
    {
        var jaar = Periode.Containing(Periode.Jaar, new DateOnly(2026, 1, 1));
        var rapportage = KlachtenRapportage.Create(jaar, [(K("2026-12-20", "2027-01-05"), "Gemeente Deventer", null), (K("2026-02-27", "2026-03-27"), "Gemeente Deventer", null)], Dag);
        var items = rapportage.Groepen.Single().Items;
        items.Select(i => i.Doorlooptijd).Should().Equal(28, null);
        rapportage.Ontvangen.Should().Be(2);
    }
}
