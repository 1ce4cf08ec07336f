using Maatwerk.Tests.Shared;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Toewijzingen;

/// <summary>IB-27a/b: informing the client about the end of the indication.</summary>
public sealed class EindeIndicatieMeldingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Toewijzing Running() =>
        TestToewijzingen.New(productcode: "IB-BASIS", dagtekening: new DateOnly(2026, 1, 5), ingang: new DateOnly(2026, 1, 5))
            .After(Zorgstap.Start, new DateOnly(2026, 1, 5));

    [Fact]
    public void IB_27a_deadline_is_two_months_before_the_end_date_from_the_profile()
    {
        var (deadline, regel) = EindeIndicatieMelding.Deadline(RepoProfiles.Profiel("voorne-aan-zee-ib"), new DateOnly(2027, 4, 30))!.Value;
        deadline.Should().Be(new DateOnly(2027, 2, 28));
        regel.Bron.Should().Be("IB-27a");
        EindeIndicatieMelding.Deadline(RepoProfiles.Profiel("deventer-wmo-2023"), new DateOnly(2027, 4, 30)).Should().BeNull();
    }

    [Fact]
    public void IB_27a_a_notice_is_registered_once_per_end_date_and_not_in_the_future()
    {
        var t = Running();
        EindeIndicatieMelding.Validate(t, Vandaag, "brief", Vandaag, []).Should().BeEmpty();
        EindeIndicatieMelding.Validate(t, Vandaag.AddDays(1), "brief", Vandaag, []).Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("toekomst"));
        EindeIndicatieMelding.Validate(t, Vandaag, "sms", Vandaag, []).Should().ContainSingle(e => e.Field == "Wijze");
        var eerder = EindeIndicatieMelding.Toelichting(t.Einddatum!.Value, "gesprek", true);
        EindeIndicatieMelding.Validate(t, Vandaag, "brief", Vandaag, [eerder]).Should().ContainSingle(e => e.Field == "Einddatum" && e.Message.Contains("al geïnformeerd"));
        t.After(Zorgstap.Wijzigen, t.Einddatum.Value.AddMonths(6), reden: "04");
        EindeIndicatieMelding.Validate(t, Vandaag, "brief", Vandaag, [eerder]).Should().BeEmpty("the end date changed");
    }

    [Fact]
    public void IB_27b_the_toelichting_records_how_and_whether_extension_advice_was_given()
    {
        EindeIndicatieMelding.Toelichting(new DateOnly(2027, 4, 30), "email", true)
            .Should().StartWith("Einde indicatie 30-04-2027").And.Contain("per e-mail").And.Contain("IB-27b");
        EindeIndicatieMelding.Toelichting(new DateOnly(2027, 4, 30), "brief", false).Should().Contain("geen advies");
    }

    [Fact]
    public void Without_an_end_date_or_after_the_stop_there_is_nothing_to_announce()
    {
        var t = TestToewijzingen.New(productcode: "IB-BASIS", dagtekening: new DateOnly(2026, 1, 5), ingang: new DateOnly(2026, 1, 5), zonderEinde: true)
            .After(Zorgstap.Start, new DateOnly(2026, 1, 5));
        EindeIndicatieMelding.Validate(t, Vandaag, "brief", Vandaag, []).Should().ContainSingle(e => e.Field == "Einddatum");
        var gestopt = Running().After(Zorgstap.Stop, new DateOnly(2026, 6, 30), reden: "19");
        EindeIndicatieMelding.Validate(gestopt, Vandaag, "brief", Vandaag, []).Should().ContainSingle(e => e.Field == "Status");
    }
}
