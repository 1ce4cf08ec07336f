using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tests.Contracten;
using static Maatwerk.Domain.Tests.Declaraties.Opbouw;

namespace Maatwerk.Domain.Tests.Declaraties;

/// <summary>The contract terms on the age of a declaration line, read from the profiles: the last correction window of
/// DEV-Art8.8b (Deventer MR-25c: lines of year Y corrected up to and including 1 February Y+1, AMB-18), the one-year limit
/// of OCO-6.1c (OCO-A10: from the delivery date to the day of submission), and DEV-Art8.7's "dealt with" (every rejected
/// line resubmitted in a sent message or marked "niet opnieuw indienen" with a reason).</summary>
public class DeclaratietermijnenTests
{
    private static Declaratietermijnen Deventer => Declaratietermijnen.Uit(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static Declaratietermijnen Oco => Declaratietermijnen.Uit(RepoProfiles.Profiel("oco"));

    private static Prestatie Regel(DateOnly begin, PrestatieStatus status = PrestatieStatus.Afgewezen) => new()
    {
        ReferentieNummer = "REF" + begin.ToString("yyyyMMdd"), Begindatum = begin, Einddatum = begin.AddMonths(1).AddDays(-1), Status = status,
        GeleverdVolume = 60, Eenheid = "01", Bedrag = 6240,
    };

    [Theory] // DEV-Art8.8b: across the year end, the line's year decides
    [InlineData("2025-12-01", "2027-02-01", false)] // 2025's window closed on 1 February 2026
    [InlineData("2026-12-01", "2027-02-01", true)]  // a December 2026 line, corrected on 1 Feb 2027: still in the window (tot en met)
    [InlineData("2026-12-01", "2027-02-02", false)] // one day later: closed
    [InlineData("2026-01-01", "2027-01-31", true)]  // a January line corrected a year later: still in the window of 2026
    [InlineData("2025-12-31", "2026-01-15", true)]  // across the year end: December 2025 corrected in January 2026
    [InlineData("2025-12-31", "2026-02-02", false)]
    public void DEV_Art8_8b_a_correction_of_a_line_of_year_Y_is_refused_after_1_February_Y_plus_1(string begin, string vandaag, bool toegestaan)
    {
        var fout = Deventer.Correctie(Regel(DateOnly.Parse(begin)), DateOnly.Parse(vandaag));
        if (toegestaan)
            fout.Should().BeNull();
        else
            fout!.Message.Should().Contain("DEV-Art8.8b").And.Contain($"boekjaar {DateOnly.Parse(begin).Year}")
                .And.Contain($"01-02-{DateOnly.Parse(begin).Year + 1}").And.Contain("gesloten");
    }

    [Fact]
    public void DEV_Art8_8b_holds_under_Deventer_only()
    {
        Deventer.Venster.Should().Be(new Declaratietermijnen.Correctievenster(2, 1, "DEV-Art8.8b"));
        Oco.Venster.Should().BeNull();
        Declaratietermijnen.Uit(RepoProfiles.Profiel("voorne-aan-zee-ib")).Correctie(Regel(new DateOnly(2020, 1, 1)), Vandaag).Should().BeNull();
    }

    [Fact]
    public void Unusable_parameters_are_reported_with_profile_rule_and_parameter()
    {
        var profiel = Maatwerk.Domain.Contracten.ContractProfileParser.Parse("""
            id: test
            versie: 1
            naam: Test
            gebeurtenissen:
              - {id: toewijzing, omschrijving: "Toewijzing"}
            regels:
              - {id: T-1, bron: DEV-Art8.8b, type: controle, soort: correctie, omschrijving: "x", parameters: {correctieTotMaand: 13}}
              - {id: T-2, bron: OCO-6.1c, type: controle, soort: declaratie, omschrijving: "y", parameters: {weigerOuderDanMaanden: een}}
            """, "test.yaml");
        var fouten = Declaratietermijnen.Controleer(profiel).Select(f => f.Melding).ToList();
        fouten.Should().Contain(m => m.Contains("regel 'T-1'") && m.Contains("'correctieTotMaand'") && m.Contains("1 tot en met 12") && m.Contains("'13'"));
        fouten.Should().Contain(m => m.Contains("regel 'T-1'") && m.Contains("horen samen"));
        fouten.Should().Contain(m => m.Contains("regel 'T-2'") && m.Contains("'een'"));
        RepoProfiles.Catalogus.Profielen.SelectMany(Declaratietermijnen.Controleer).Should().BeEmpty();
    }

    [Theory] // OCO-6.1c, OCO-A10: more than one year from the delivery date to the day of submission
    [InlineData("2025-11-10", "2026-11-10", true)]  // exactly one year: still processed
    [InlineData("2025-11-09", "2026-11-10", false)] // one year and a day
    [InlineData("2025-12-31", "2027-01-01", false)] // across the year end
    [InlineData("2026-01-01", "2027-01-01", true)]
    [InlineData("2024-02-29", "2025-03-01", false)] // leap day: 29 Feb + 1 year = 28 Feb 2025
    public void OCO_6_1c_support_older_than_one_year_is_refused(string begin, string vandaag, bool toegestaan)
    {
        var melding = Oco.TeOud(DateOnly.Parse(begin), DateOnly.Parse(vandaag), "De regel");
        if (toegestaan)
            melding.Should().BeNull();
        else
            melding.Should().Contain("OCO-6.1c").And.Contain("ouder dan 1 jaar").And.Contain(DateOnly.Parse(begin).ToString("dd-MM-yyyy"));
        Deventer.TeOud(DateOnly.Parse(begin), DateOnly.Parse(vandaag), "De regel").Should().BeNull("DEV-Art8.13 lets the gemeente refuse, it does not block");
    }

    [Fact]
    public void OCO_6_1c_in_the_month_pre_flight_takes_the_old_line_out_with_a_blocking_objection_naming_the_clause()
    {
        var oud = T(ingang: new DateOnly(2024, 1, 1), contract: Guid.NewGuid());
        var nieuw = T();
        var uitkomst = Bouw([oud, nieuw], [R(oud, 5, 60), R(nieuw, 5, 60)]);
        uitkomst.Regels.Should().HaveCount(2);

        // Submitted on 6 October 2027: October 2026 is more than a year ago under OCO; the Deventer line is not refused.
        var laat = Declaratietermijnen.Ouderdom(uitkomst, t => t == oud ? Oco : Deventer, new DateOnly(2027, 10, 6));
        laat.Regels.Should().ContainSingle().Which.Toewijzing.Should().Be(nieuw);
        laat.Bezwaren.Should().ContainSingle(b => b.Code == "OCO-6.1c").Which.Should().Match<Bezwaar>(b => b.Blokkeert && b.Toewijzing == oud.Nummer
            && b.Melding.Contains("01-10-2026") && b.Melding.Contains("niet verwerkt"));

        Declaratietermijnen.Ouderdom(uitkomst, t => Oco, new DateOnly(2027, 9, 30)).Should().BeSameAs(uitkomst, "within a year nothing is refused");
    }

    [Fact]
    public void DEV_Art8_7_rejected_lines_are_dealt_with_when_each_is_sent_again_or_marked_not_to_resubmit()
    {
        var a = Regel(new DateOnly(2026, 10, 1));
        var b = Regel(new DateOnly(2026, 10, 1));
        var nieuwA = new Prestatie { CorrectieVan = a.Id, Status = PrestatieStatus.TeVerzenden };
        Prestatiecorrectie.Herindiend([a, b], [nieuwA]).Should().BeFalse("a waiting correction is not resubmitted yet");
        nieuwA.Status = PrestatieStatus.Ingediend;
        Prestatiecorrectie.Herindiend([a, b], [nieuwA]).Should().BeFalse("line b is not dealt with");

        Prestatiecorrectie.NietOpnieuw(b, [], "  ", "administratie@delinde.demo", DateTimeOffset.UnixEpoch)!.Field.Should().Be("Reden");
        Prestatiecorrectie.NietOpnieuw(b, [], "Zorg niet geleverd: afspraak verviel.", "administratie@delinde.demo", DateTimeOffset.UnixEpoch).Should().BeNull();
        Prestatiecorrectie.Herindiend([a, b], [nieuwA]).Should().BeTrue();
        nieuwA.Status = PrestatieStatus.Afgewezen; // judged again later: it was still sent within the term
        Prestatiecorrectie.Herindiend([a, b], [nieuwA]).Should().BeTrue();

        Prestatiecorrectie.NietOpnieuw(b, [], "nog eens", "x", DateTimeOffset.UnixEpoch)!.Message.Should().Contain("al besloten");
        Prestatiecorrectie.NietOpnieuw(Regel(Oktober, PrestatieStatus.Toegekend), [], "reden", "x", DateTimeOffset.UnixEpoch)!.Message.Should().Contain("niet afgewezen");
        Prestatiecorrectie.Redeclare(b, [], new Prestatiecorrectie.Correctie(60, 104, 6240), "R2", "x", DateTimeOffset.UnixEpoch).Error!.Message
            .Should().Contain("niet opnieuw wordt ingediend");
    }
}
