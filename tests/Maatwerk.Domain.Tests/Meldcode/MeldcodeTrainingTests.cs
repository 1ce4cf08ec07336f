using Maatwerk.Domain.Meldcode;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Meldcode;

/// <summary>IB-52a: every staff member who delivers care is trained in the five steps of the Meldcode; the report lists who
/// is not. The Voorne aan Zee profile holds the rule as a check (no term, no expiry: the contract names no refresher).</summary>
public class MeldcodeTrainingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    private static Medewerker Persoon(string naam, string producten = "IB-BASIS", DateOnly? uit = null) => new()
    {
        Naam = naam, Functie = "Begeleider", InDienst = new DateOnly(2024, 3, 1), UitDienst = uit, Productcodes = producten,
    };

    private static MeldcodeTraining Training(Medewerker m, DateOnly datum) => new() { MedewerkerId = m.Id, Datum = datum, Soort = "E-learning Meldcode" };

    private static IReadOnlyCollection<MeldcodeEis> Voorne => MeldcodeEis.From(RepoProfiles.Profiel("voorne-aan-zee-ib"), "Voorne").ToList();

    [Fact]
    public void IB_52a_het_profiel_van_Voorne_aan_Zee_eist_scholing_zonder_verloopdatum()
    {
        Voorne.Should().ContainSingle().Which.Should().Be(new MeldcodeEis("IB-52a", "Voorne", null));
        MeldcodeEis.From(RepoProfiles.Profiel("gooi-vechtstreek-bsd"), "Gooi").Should().BeEmpty();
    }

    [Fact]
    public void IB_52a_het_rapport_noemt_wie_zorg_levert_zonder_training_met_de_bepaling()
    {
        var getraind = Persoon("Anna");
        var oud = Persoon("Bram");
        var zonder = Persoon("Cor");
        var kantoor = Persoon("Dina", producten: "");
        var uitDienst = Persoon("Eva", uit: new DateOnly(2026, 1, 31));
        var trainingen = new[] { Training(getraind, new DateOnly(2026, 2, 1)), Training(oud, new DateOnly(2019, 5, 1)) };

        var rapport = MeldcodeTrainingCheck.Report([zonder, getraind, oud, kantoor, uitDienst], trainingen, Voorne, Vandaag);

        rapport.Should().ContainSingle().Which.Medewerker.Should().Be(zonder, "een training uit 2019 verloopt niet onder IB-52a");
        rapport[0].Probleem.Should().Be("Geen meldcode-training geregistreerd (IB-52a).");
        rapport[0].Bronnen.Should().Equal("IB-52a");
    }

    [Fact]
    public void Een_geldigheid_in_het_profiel_laat_een_oude_training_verlopen()
    {
        var oud = Persoon("Bram");
        var eisen = new[] { new MeldcodeEis("X-1", "Proef", 24) };
        var status = MeldcodeTrainingCheck.Evaluate(oud, [Training(oud, new DateOnly(2024, 11, 9))], eisen, Vandaag);
        status!.Probleem.Should().Contain("ouder dan 24 maanden (X-1)");
        MeldcodeTrainingCheck.Evaluate(oud, [Training(oud, new DateOnly(2024, 11, 10))], eisen, Vandaag).Should().BeNull();
    }

    [Fact]
    public void Een_training_heeft_datum_en_soort_en_ligt_niet_in_de_toekomst()
    {
        var t = new MeldcodeTraining { MedewerkerId = Guid.NewGuid(), Datum = Vandaag.AddDays(1), Soort = "" };
        t.Validate(Vandaag).Select(f => f.Field).Should().Equal("Datum", "Soort");
        new MeldcodeTraining { MedewerkerId = Guid.NewGuid(), Datum = Vandaag, Soort = "Klassikaal" }.Validate(Vandaag).Should().BeEmpty();
    }
}
