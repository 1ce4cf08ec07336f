using Maatwerk.Domain.Ervaringsonderzoek;

namespace Maatwerk.Domain.Tests.Ervaringsonderzoek;

/// <summary>The client-experience survey: the IB-47a questions, the one-time link (IB-47b), a survey round (OCO-2.21,
/// BSD-63f) and the summary for the contract meeting (IB-47c) with the clients without a response (IB-A16).</summary>
public class ErvaringsonderzoekTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    private static Clientervaring Reactie(Guid? client = null, bool tevreden = true, DateOnly? datum = null, ErvaringKanaal kanaal = ErvaringKanaal.Papier) => new()
    {
        ClientId = client ?? Guid.NewGuid(), Postcode = "3231ab", Datum = datum ?? Vandaag, Zorgaanbieder = "Begeleiding Op Maat",
        OntvangenZorg = "Individuele begeleiding", Tevreden = tevreden, HeeftOpmerkingen = false, Kanaal = kanaal,
    };

    [Fact]
    public void IB_47a_elke_vraag_moet_beantwoord_en_de_postcode_wordt_1234_AB()
    {
        var reactie = Reactie();
        reactie.Validate(Vandaag).Should().BeEmpty();
        reactie.Postcode.Should().Be("3231 AB");

        var leeg = new Clientervaring { Postcode = "12", Datum = Vandaag.AddDays(1), HeeftOpmerkingen = true };
        var fouten = leeg.Validate(Vandaag);
        fouten.Select(f => f.Field).Should().BeEquivalentTo(["Postcode", "Datum", "Zorgaanbieder", "OntvangenZorg", "Tevreden", "Opmerkingen"]);
        fouten.Should().Contain(f => f.Field == "Tevreden" && f.Message.Contains("IB-47a"));
        fouten.Should().Contain(f => f.Field == "Datum" && f.Message.Contains("toekomst"));
    }

    [Fact]
    public void IB_47b_een_link_is_een_keer_bruikbaar_en_verloopt()
    {
        var link = new Ervaringslink { AanbiederId = Guid.NewGuid(), ClientId = Guid.NewGuid(), VerlooptOp = Nu.Add(Ervaringslink.Geldigheid) };
        var reactie = Reactie();
        link.Use(reactie, Nu).Should().BeEmpty();
        (reactie.ClientId, reactie.AanbiederId, reactie.Kanaal).Should().Be((link.ClientId, link.AanbiederId, ErvaringKanaal.Digitaal));
        link.Use(Reactie(), Nu.AddMinutes(1)).Should().ContainSingle().Which.Message.Should().Contain("al ingevuld");

        var oud = new Ervaringslink { VerlooptOp = Nu };
        oud.IsUsable(Nu).Should().BeFalse();
        oud.Use(Reactie(), Nu).Should().ContainSingle().Which.Message.Should().Contain("verlopen");
        Ervaringslink.Geldigheid.Should().Be(TimeSpan.FromDays(28));
    }

    [Fact]
    public void OCO_2_21_en_BSD_63f_een_ronde_geeft_de_gebeurtenissen_van_het_contract()
    {
        var ronde = new Ervaringsronde
        {
            Doelgroep = Doelgroep.ClientenEnMedewerkers, Van = new DateOnly(2026, 9, 1), Tot = new DateOnly(2026, 9, 30), Methode = "Digitale vragenlijst",
            Respondenten = 42, Resultaten = "87% tevreden",
        };
        ronde.Validate(Vandaag).Should().BeEmpty();
        ronde.Gebeurtenissen().Should().BeEquivalentTo([(ErvaringGebeurtenis.Clientenonderzoek, ronde.Tot), (ErvaringGebeurtenis.Medewerkersonderzoek, ronde.Tot)],
            "BSD-63f: cliënten en medewerkers; zonder delen nog geen OCO-2.21");
        ronde.Share(new DateOnly(2026, 9, 29), Vandaag).Should().ContainSingle().Which.Message.Should().Contain("vóór het einde");
        ronde.Share(new DateOnly(2026, 10, 15), Vandaag).Should().BeEmpty();
        ronde.Gebeurtenissen().Should().Contain((ErvaringGebeurtenis.Tevredenheidsonderzoek, new DateOnly(2026, 10, 15)), "OCO-2.21: gedeeld met de gemeente");
        ronde.Share(new DateOnly(2026, 10, 16), Vandaag).Should().ContainSingle().Which.Message.Should().Contain("al");

        new Ervaringsronde { Doelgroep = Doelgroep.Medewerkers, Van = Vandaag, Tot = Vandaag.AddDays(1) }.Validate(Vandaag)
            .Select(f => f.Field).Should().BeEquivalentTo(["Tot", "Methode", "Respondenten", "Resultaten"]);
    }

    [Fact]
    public void IB_47c_de_samenvatting_telt_per_kanaal_en_tevreden_zonder_namen()
    {
        var reacties = new[]
        {
            Reactie(tevreden: true, kanaal: ErvaringKanaal.Digitaal), Reactie(tevreden: true), Reactie(tevreden: false),
            Reactie(datum: new DateOnly(2025, 12, 31)),
        };
        reacties[2].GoedEnBeter = "Vaker dezelfde begeleider";
        var s = Ervaringssamenvatting.Create("Op Maat", 2026, reacties);
        (s.Aantal, s.Digitaal, s.Papier, s.Tevreden, s.Ontevreden, s.PercentageTevreden).Should().Be((3, 1, 2, 2, 1, 66.7m));
        s.GoedEnBeter.Should().Equal("Vaker dezelfde begeleider");
        Ervaringssamenvatting.Create("Op Maat", 2024, reacties).PercentageTevreden.Should().BeNull();
    }

    [Fact]
    public void IB_A16_clienten_die_in_jaar_t_zorg_kregen_zonder_reactie_in_t()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        var zorg = new (Guid, DateOnly?, DateOnly?)[]
        {
            (a, new DateOnly(2025, 3, 1), null),                       // in care, answered in 2026
            (b, new DateOnly(2025, 3, 1), new DateOnly(2026, 1, 1)),   // one day of care in 2026, answered only in 2025
            (c, new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31)), // ended before 2026
            (d, null, null),                                            // never started
        };
        var reacties = new[] { Reactie(a), Reactie(b, datum: new DateOnly(2025, 11, 1)) };
        Ervaringssamenvatting.ClientenZonderReactie(2026, zorg, reacties).Should().Equal(b);
        Ervaringssamenvatting.ClientenZonderReactie(2025, zorg, reacties).Should().BeEquivalentTo([a, c]);
    }
}
