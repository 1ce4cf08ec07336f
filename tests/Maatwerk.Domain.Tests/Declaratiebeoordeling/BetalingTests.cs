using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Declaratiebeoordeling;

/// <summary>Suspension (DEV-Art8.9), set-off (DEV-Art8.11) and the payment specification.</summary>
public sealed class BetalingTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);
    private static readonly Contractcontroles Deventer = Contractcontroles.From(RepoProfiles.Profiel("deventer-wmo-2023"));

    private static Declaratiebesluit Schuld(long bedrag, int minuten) =>
        new() { Soort = BesluitSoort.Verrekening, Bedrag = bedrag, Op = Nu.AddMinutes(minuten), Reden = "x", Bron = "DEV-Art8.11" };

    [Fact]
    public void DEV_Art8_9_and_DEV_Art8_11_decisions_need_a_reason_and_a_set_off_an_amount()
    {
        var g = Guid.NewGuid();
        var a = Guid.NewGuid();
        var (opschorting, f1) = Declaratiebesluit.New("opschorting", g, a, null, "Geen VOG-overzicht na aanmaning.", false, Deventer, "Deventer", "b@x", Nu);
        f1.Should().BeEmpty();
        (opschorting!.Soort, opschorting.Bron, opschorting.Bedrag, opschorting.IsActieveOpschorting).Should().Be((BesluitSoort.Opschorting, "DEV-Art8.9", 0L, true));
        Declaratiebesluit.New("opschorting", g, a, null, "Geen VOG-overzicht na aanmaning.", true, Deventer, "Deventer", "b@x", Nu).Fouten.Should().Contain(f => f.Message.Contains("al opgeschort"));
        Declaratiebesluit.New("opschorting", g, a, null, "kort", false, Deventer, "Deventer", "b@x", Nu).Fouten.Should().ContainSingle(f => f.Field == "Reden" && f.Message.Contains("DEV-Art8.9"));
        var (verrekening, f2) = Declaratiebesluit.New("verrekening", g, a, 10.50m, "Dubbel betaald in september.", false, Deventer, "Deventer", "b@x", Nu);
        f2.Should().BeEmpty();
        (verrekening!.Bedrag, verrekening.Bron).Should().Be((1050L, "DEV-Art8.11"));
        Declaratiebesluit.New("verrekening", g, a, 0m, "Dubbel betaald in september.", false, Deventer, "Deventer", "b@x", Nu).Fouten.Should().ContainSingle(f => f.Field == "Bedrag");
        Declaratiebesluit.New("verrekening", g, a, 1.005m, "Dubbel betaald in september.", false, Deventer, "Deventer", "b@x", Nu).Fouten.Should().ContainSingle(f => f.Field == "Bedrag");
        Declaratiebesluit.New("boete", g, a, 1m, "Dubbel betaald in september.", false, Deventer, "Deventer", "b@x", Nu).Fouten.Should().ContainSingle(f => f.Field == "Soort");
    }

    [Fact]
    public void DEV_Art8_9_and_DEV_Art8_11_are_profile_data_a_contract_without_the_clause_cannot_record_the_decision()
    {
        // Deventer TC-18a/TC-18b carry the clauses; the other contracts name no suspension or set-off.
        (Deventer.Opschorting, Deventer.Verrekening).Should().Be(("DEV-Art8.9", "DEV-Art8.11"));
        foreach (var profiel in new[] { "gooi-vechtstreek-bsd", "voorne-aan-zee-ib", "oco" })
        {
            var c = Contractcontroles.From(RepoProfiles.Profiel(profiel));
            (c.Opschorting, c.Verrekening).Should().Be(((string?)null, (string?)null), profiel);
            Declaratiebesluit.New("opschorting", Guid.NewGuid(), Guid.NewGuid(), null, "Geen VOG-overzicht na aanmaning.", false, c, "Gooi en Vechtstreek BSD", "b@x", Nu)
                .Fouten.Should().ContainSingle(f => f.Field == "Soort" && f.Message.Contains("'Gooi en Vechtstreek BSD' kent geen opschorting"));
            Declaratiebesluit.New("verrekening", Guid.NewGuid(), Guid.NewGuid(), 5m, "Dubbel betaald in september.", false, c, "Gooi en Vechtstreek BSD", "b@x", Nu)
                .Fouten.Should().ContainSingle(f => f.Field == "Soort" && f.Message.Contains("kent geen verrekening"));
        }
    }

    [Fact]
    public void DEV_Art8_11_set_off_takes_whole_amounts_oldest_first_as_far_as_the_payment_goes()
    {
        var oud = Schuld(5000, 0);
        var groot = Schuld(20000, 1);
        var klein = Schuld(1500, 2);
        var verrekend = Schuld(700, 3);
        verrekend.BetaalbatchId = Guid.NewGuid();
        Verrekening.Select(10000, [klein, groot, oud, verrekend]).Should().Equal(oud, klein);
        Verrekening.Select(100, [oud]).Should().BeEmpty("what does not fit stays open for the next batch");
    }

    [Fact]
    public void DEV_Art8_5_the_specification_pays_the_granted_lines_less_what_is_set_off()
    {
        var d = new OntvangenDeclaratie { DeclaratieNummer = "D7", PeriodeBegin = new DateOnly(2026, 10, 1), TotaalToegekend = 24960 };
        var spec = new Betaalspecificatie(Guid.NewGuid(), Nu, "Gemeente Deventer", "Zorggroep De Linde", "75750101",
            [Betaalspecificatie.Line(d), Betaalspecificatie.Line(Schuld(1050, 0), null)]);
        (spec.Bruto, spec.Verrekend, spec.Netto).Should().Be((24960L, -1050L, 23910L));
        spec.Regels[1].Soort.Should().Be("verrekening");
    }
}

/// <summary>Closing a financial year (DEV-Art8.8a).</summary>
public sealed class JaarafsluitingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);

    [Fact]
    public void DEV_Art8_8a_only_a_past_year_once_and_after_verification()
    {
        Jaarafsluiting.Validate(2025, Vandaag, false, 0, null).Should().BeEmpty();
        Jaarafsluiting.Validate(2026, Vandaag, false, 0, null).Should().ContainSingle(f => f.Field == "Jaar" && f.Message.Contains("DEV-Art8.8a"));
        Jaarafsluiting.Validate(null, Vandaag, false, 0, null).Should().ContainSingle(f => f.Field == "Jaar");
        Jaarafsluiting.Validate(2025, Vandaag, true, 0, null).Should().ContainSingle(f => f.Message.Contains("al afgesloten"));
        Jaarafsluiting.Validate(2025, Vandaag, false, 2, null).Should().ContainSingle(f => f.Message.Contains("in beoordeling"));
    }
}
