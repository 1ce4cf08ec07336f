using Maatwerk.Domain.Beschikkingen;

namespace Maatwerk.Domain.Tests.Beschikkingen;

public sealed class BeschikkingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Beschikking Valid() => new()
    {
        ClientId = Guid.NewGuid(), Nummer = "WMO-1", Besluitdatum = Vandaag, Ingangsdatum = new DateOnly(2026, 12, 1),
        Einddatum = new DateOnly(2027, 5, 31), Omschrijving = "Individuele begeleiding",
    };

    [Fact]
    public void A_beschikking_has_a_number_a_decision_date_not_in_the_future_and_a_valid_period()
    {
        Valid().Validate(Vandaag).Should().BeEmpty();
        var fout = Valid();
        (fout.Nummer, fout.Besluitdatum, fout.Einddatum) = (new string('9', 21), Vandaag.AddDays(1), new DateOnly(2026, 11, 30));
        fout.Validate(Vandaag).Select(f => f.Field).Should().BeEquivalentTo(["Nummer", "Besluitdatum", "Einddatum"]);
    }

    [Fact]
    public void A_toewijzing_lies_within_the_beschikking()
    {
        var b = Valid();
        b.ValidateToewijzing(new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31)).Should().BeEmpty();
        b.ValidateToewijzing(new DateOnly(2026, 11, 30), new DateOnly(2027, 5, 31)).Should().ContainSingle(f => f.Field == "Ingangsdatum");
        b.ValidateToewijzing(new DateOnly(2026, 12, 1), null).Should().ContainSingle(f => f.Field == "Einddatum", "an open-ended toewijzing outlives a beschikking with an end");
        b.Einddatum = null;
        b.ValidateToewijzing(new DateOnly(2026, 12, 1), null).Should().BeEmpty();
    }
}
