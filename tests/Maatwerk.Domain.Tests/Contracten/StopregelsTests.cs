using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Contracten;

public sealed class StopregelsTests
{
    [Fact]
    public void A_stop_on_the_first_of_the_month_needs_a_delivery_that_day_IB_33()
    {
        var voorne = RepoProfielen.Profiel("voorne-aan-zee-ib");
        Stopregels.Controleer(voorne, new DateOnly(2026, 12, 1), leveringOpStopdatum: false).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("IB-33"));
        Stopregels.Controleer(voorne, new DateOnly(2026, 12, 1), leveringOpStopdatum: true).Should().BeEmpty();
        Stopregels.Controleer(voorne, new DateOnly(2026, 11, 30), leveringOpStopdatum: false).Should().BeEmpty();
    }

    [Fact]
    public void Contracts_without_the_rule_accept_the_first_of_the_month()
    {
        Stopregels.Controleer(RepoProfielen.Profiel("deventer-wmo-2023"), new DateOnly(2026, 12, 1), false).Should().BeEmpty();
    }
}
