using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

public sealed class StopregelsTests
{
    [Fact]
    public void A_stop_on_the_first_of_the_month_needs_a_delivery_that_day_IB_33()
    {
        var voorne = RepoProfiles.Profiel("voorne-aan-zee-ib");
        Stopregels.Validate(voorne, new DateOnly(2026, 12, 1), leveringOpStopdatum: false).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("IB-33"));
        Stopregels.Validate(voorne, new DateOnly(2026, 12, 1), leveringOpStopdatum: true).Should().BeEmpty();
        Stopregels.Validate(voorne, new DateOnly(2026, 11, 30), leveringOpStopdatum: false).Should().BeEmpty();
    }

    [Fact]
    public void Contracts_without_the_rule_accept_the_first_of_the_month()
    {
        Stopregels.Validate(RepoProfiles.Profiel("deventer-wmo-2023"), new DateOnly(2026, 12, 1), false).Should().BeEmpty();
    }

    [Theory]
    [InlineData("ziekenhuis", true)]
    [InlineData("revalidatiecentrum", true)]
    [InlineData("anders", false)]
    [InlineData(null, false)]
    public void A_temporary_stop_is_only_for_a_hospital_or_rehabilitation_admission_IB_32(string? opname, bool toegestaan)
    {
        var fouten = Stopregels.ValidateTemporary(RepoProfiles.Profiel("voorne-aan-zee-ib"), new DateOnly(2026, 11, 20), opname, new DateOnly(2027, 1, 5));
        fouten.Any(f => f.Field == "Opname" && f.Message.Contains("IB-32")).Should().Be(!toegestaan);
    }

    [Theory]
    [InlineData("2026-11-20", "2027-01-01", true)]  // 21-30 Nov free, all of December free
    [InlineData("2026-11-20", "2026-12-31", false)] // December not fully free
    [InlineData("2026-11-30", "2027-01-01", true)]  // exactly December
    [InlineData("2026-12-01", "2027-01-31", false)] // 2 Dec – 30 Jan: January not whole
    [InlineData("2026-12-01", "2027-02-01", true)]
    public void A_temporary_stop_must_cover_a_whole_calendar_month_IB_32(string laatste, string terug, bool genoeg)
    {
        var (laatsteZorgdag, hervatting) = (DateOnly.Parse(laatste), DateOnly.Parse(terug));
        TijdelijkeStop.CoversWholeCalendarMonth(laatsteZorgdag, hervatting).Should().Be(genoeg);
        var fouten = Stopregels.ValidateTemporary(RepoProfiles.Profiel("voorne-aan-zee-ib"), laatsteZorgdag, "ziekenhuis", hervatting);
        fouten.Any(f => f.Field == "VerwachteHervatting" && f.Message.Contains("IB-32")).Should().Be(!genoeg);
    }

    [Fact]
    public void The_refusal_names_the_earliest_allowed_return_IB_32()
    {
        Stopregels.ValidateTemporary(RepoProfiles.Profiel("voorne-aan-zee-ib"), new DateOnly(2026, 11, 20), "ziekenhuis", new DateOnly(2026, 12, 10))
            .Should().ContainSingle().Which.Message.Should().Contain("01-01-2027");
        Stopregels.MinimumOnderbrekingBron(RepoProfiles.Profiel("voorne-aan-zee-ib")).Should().Be("IB-32");
    }

    [Fact]
    public void Contracts_without_the_rule_allow_any_temporary_stop()
    {
        var deventer = RepoProfiles.Profiel("deventer-wmo-2023");
        Stopregels.ValidateTemporary(deventer, new DateOnly(2026, 11, 20), "anders", new DateOnly(2026, 11, 25)).Should().BeEmpty();
        Stopregels.MinimumOnderbrekingBron(deventer).Should().BeNull();
    }
}
