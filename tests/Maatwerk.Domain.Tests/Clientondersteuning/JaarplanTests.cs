using Maatwerk.Domain.Clientondersteuning;

namespace Maatwerk.Domain.Tests.Clientondersteuning;

/// <summary>The rules of lot 1's annual plan (OCO-P1-1.5a/b) and of the report meeting's minutes (OCO-4.8).</summary>
public sealed class JaarplanTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void OCO_P1_1_5a_het_jaarplan_is_voor_volgend_jaar_en_heeft_inhoud()
    {
        new Jaarplan { Jaar = 2027, Inhoud = "Voortgang en acties" }.Validate(Vandaag).Should().BeEmpty();
        new Jaarplan { Jaar = 2026, Inhoud = "Te laat, voor dit jaar" }.Validate(Vandaag).Should().BeEmpty();
        var fouten = new Jaarplan { Jaar = 2025, Inhoud = " " }.Validate(Vandaag);
        fouten.Select(f => f.Field).Should().BeEquivalentTo(["Jaar", "Inhoud"]);
        fouten.First().Message.Should().Contain("OCO-P1-1.5a");
    }

    [Fact]
    public void OCO_P1_1_5b_eerst_het_overleg_inplannen_dan_vaststellen_niet_voor_de_indiening()
    {
        var plan = new Jaarplan { Jaar = 2027, Inhoud = "x" };
        plan.Vaststellen(Vandaag, Vandaag, Vandaag).Single().Message.Should().Contain("OCO-P1-1.5b");
        plan.PlanAfspraak(Vandaag.AddDays(-1), Vandaag, Nu).Single().Message.Should().Contain("niet vóór de indiening");
        plan.PlanAfspraak(Vandaag.AddDays(5), Vandaag, Nu).Should().BeEmpty();
        plan.Status.Should().Be("Overleg ingepland");
        plan.Vaststellen(Vandaag.AddDays(1), Vandaag, Vandaag).Should().ContainSingle(); // not in the future
        plan.Vaststellen(Vandaag, Vandaag, Vandaag).Should().BeEmpty();
        plan.Status.Should().Be("Vastgesteld");
        plan.PlanAfspraak(Vandaag, Vandaag, Nu).Single().Message.Should().Be("Dit jaarplan is al vastgesteld.");
    }

    [Fact]
    public void OCO_4_8_overleg_na_indiening_notulen_na_het_overleg_vastgesteld_na_goedkeuring_van_beide()
    {
        var ingediend = new DateOnly(2026, 11, 2);
        new RapportageOverleg { Datum = new DateOnly(2026, 11, 1) }.Validate(ingediend, Vandaag).Single().Message.Should().Contain("niet vóór de indiening");
        new RapportageOverleg { Datum = Vandaag.AddDays(1) }.Validate(ingediend, Vandaag).Single().Message.Should().Contain("niet in de toekomst");
        var overleg = new RapportageOverleg { Datum = new DateOnly(2026, 11, 5) };
        overleg.Validate(ingediend, Vandaag).Should().BeEmpty();
        overleg.KeurGoed(Vandaag, Vandaag).Should().NotBeEmpty();
        overleg.LeverNotulen(new DateOnly(2026, 11, 4), "Notulen", Vandaag).Single().Field.Should().Be("NotulenOp");
        overleg.LeverNotulen(Vandaag, "", Vandaag).Single().Field.Should().Be("Notulen");
        overleg.LeverNotulen(Vandaag, "Notulen", Vandaag).Should().BeEmpty();
        overleg.Status.Should().Be("Notulen aangeleverd");
        overleg.KeurGoed(Vandaag, Vandaag).Should().BeEmpty();
        overleg.IsVastgesteld.Should().BeTrue();
    }
}
