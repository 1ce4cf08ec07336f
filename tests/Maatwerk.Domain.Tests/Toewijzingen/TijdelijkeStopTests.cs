using Maatwerk.Tests.Shared;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Toewijzingen;

/// <summary>Temporary stop (307 with reden 20) and resumption (a new 305) on the same toewijzing (IB-32, IB-A24).</summary>
public sealed class TijdelijkeStopTests
{
    private static Toewijzing New() => TestToewijzingen.New(productcode: "IB-BASIS");

    private static Toewijzing Started()
    {
        var t = New();
        t.Errors(Zorgstap.Start, new DateOnly(2026, 5, 4)).Should().BeEmpty();
        return t;
    }

    [Fact]
    public void A_temporary_stop_keeps_the_toewijzing_and_a_resumption_starts_a_new_delivery_period_IB_32()
    {
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2026, 8, 3)).Should().BeEmpty();
        t.Status.Should().Be(ToewijzingStatus.TijdelijkGestopt);
        (t.EinddatumZorg, t.RedenBeeindiging, t.Opname).Should().Be((new DateOnly(2026, 6, 10), "20", "ziekenhuis"));
        TijdelijkeStop.Omschrijving(t).Should().Contain("ziekenhuis").And.Contain("03-08-2026");

        t.Errors(Zorgstap.Hervatten, new DateOnly(2026, 8, 3)).Should().BeEmpty();
        t.Status.Should().Be(ToewijzingStatus.Gestart);
        t.BegindatumLevering.Should().Be(new DateOnly(2026, 8, 3));
        t.StartdatumZorg.Should().Be(new DateOnly(2026, 5, 4), "the first start still gives the waiting time");
        (t.EinddatumZorg, t.RedenBeeindiging, t.Opname, t.VerwachteHervatting).Should().Be(((DateOnly?)null, (string?)null, (string?)null, (DateOnly?)null));

        t.Errors(Zorgstap.Stop, new DateOnly(2026, 8, 2), reden: "19").Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("03-08-2026"),
            "a stop lies in the current delivery period");
        t.Errors(Zorgstap.Stop, new DateOnly(2026, 9, 30), reden: "19").Should().BeEmpty();
    }

    [Fact]
    public void Reden_20_goes_through_the_temporary_stop_not_the_final_one()
    {
        var t = Started();
        t.Errors(Zorgstap.Stop, new DateOnly(2026, 6, 10), reden: "20").Should().ContainSingle(e => e.Field == "Reden" && e.Message.Contains("tijdelijk"));
        t.Status.Should().Be(ToewijzingStatus.Gestart);
    }

    [Fact]
    public void While_temporarily_stopped_there_is_no_second_temporary_stop_and_no_new_start()
    {
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: null, verwacht: null).Should().BeEmpty("a 307 from another system carries neither admission nor return");
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 20), opname: null, verwacht: null).Should().ContainSingle(e => e.Message.Contains("al tijdelijk gestopt"));
        t.Errors(Zorgstap.Start, new DateOnly(2026, 7, 1)).Should().ContainSingle(e => e.Message.Contains("hervat"));
    }

    [Fact]
    public void A_temporary_stop_can_become_definitive_on_the_same_or_a_later_day_TR414()
    {
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2026, 8, 3)).Should().BeEmpty();
        t.Errors(Zorgstap.Stop, new DateOnly(2026, 6, 9), reden: "02").Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("TR414"));
        t.Errors(Zorgstap.Stop, new DateOnly(2026, 6, 10), reden: "02").Should().BeEmpty();
        (t.Status, t.RedenBeeindiging, t.Opname).Should().Be((ToewijzingStatus.Gestopt, "02", (string?)null));
    }

    [Fact]
    public void A_resumption_lies_after_the_last_day_of_care_and_within_the_toewijzing()
    {
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2026, 8, 3)).Should().BeEmpty();
        t.Errors(Zorgstap.Hervatten, new DateOnly(2026, 6, 10)).Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("10-06-2026"));
        t.Errors(Zorgstap.Hervatten, new DateOnly(2027, 5, 1)).Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("einddatum"));
        t.Status.Should().Be(ToewijzingStatus.TijdelijkGestopt);
    }

    [Fact]
    public void A_temporary_stop_needs_running_care_a_known_admission_and_a_return_within_the_toewijzing()
    {
        New().Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2026, 8, 3))
            .Should().ContainSingle(e => e.Field == "Status");
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "vakantie", verwacht: new DateOnly(2026, 8, 3)).Should().ContainSingle(e => e.Field == "Opname");
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2026, 6, 10)).Should().ContainSingle(e => e.Field == "VerwachteHervatting");
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "ziekenhuis", verwacht: new DateOnly(2027, 6, 1))
            .Should().ContainSingle(e => e.Field == "VerwachteHervatting" && e.Message.Contains("definitief"));
        t.Status.Should().Be(ToewijzingStatus.Gestart);
    }
}

/// <summary>Withdrawing a start or stop (StatusAanlevering 3, TR063/TR071).</summary>
public sealed class WithdrawTests
{
    private static Toewijzing Started()
    {
        var t = TestToewijzingen.New(nummer: "26000002").After(Zorgstap.Accepteren, new DateOnly(2026, 4, 27));
        t.Errors(Zorgstap.Start, new DateOnly(2026, 5, 4)).Should().BeEmpty();
        return t;
    }

    [Fact]
    public void A_first_start_withdrawn_leaves_the_toewijzing_accepted_TR063()
    {
        var t = Started();
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 5, 5), vorige: null).Should().ContainSingle(e => e.Field == "Datum" && e.Message.Contains("04-05-2026"));
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 5, 4), vorige: null).Should().BeEmpty();
        (t.Status, t.StartdatumZorg).Should().Be((ToewijzingStatus.Geaccepteerd, (DateOnly?)null));
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 5, 4), vorige: null).Should().ContainSingle(e => e.Message.Contains("TR063"));
    }

    [Fact]
    public void A_start_with_a_stop_cannot_be_withdrawn_but_the_stop_can_TR071()
    {
        var t = Started();
        t.Errors(Zorgstap.Stop, new DateOnly(2026, 9, 30), reden: "19").Should().BeEmpty();
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 5, 4), vorige: null).Should().ContainSingle(e => e.Message.Contains("TR071"));
        t.Errors(Zorgstap.StopIntrekken, new DateOnly(2026, 5, 4)).Should().BeEmpty();
        (t.Status, t.EinddatumZorg, t.RedenBeeindiging).Should().Be((ToewijzingStatus.Gestart, (DateOnly?)null, (string?)null));
        t.Errors(Zorgstap.StopIntrekken, new DateOnly(2026, 5, 4)).Should().ContainSingle(e => e.Message.Contains("TR063"));
    }

    [Fact]
    public void A_withdrawn_resumption_brings_back_the_temporary_stop_before_it()
    {
        var t = Started();
        t.Errors(Zorgstap.TijdelijkStoppen, new DateOnly(2026, 6, 10), opname: "revalidatiecentrum", verwacht: new DateOnly(2026, 8, 3)).Should().BeEmpty();
        var tijdlijn = TijdelijkeStop.Omschrijving(t);
        t.Errors(Zorgstap.Hervatten, new DateOnly(2026, 8, 3)).Should().BeEmpty();
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 8, 3), vorige: null).Should().ContainSingle(e => e.Message.Contains("niet bekend"));

        var (opname, terug) = TijdelijkeStop.ReadOmschrijving(tijdlijn);
        (opname, terug).Should().Be(("revalidatiecentrum", new DateOnly(2026, 8, 3)), "the timeline text reads back");
        t.Errors(Zorgstap.StartIntrekken, new DateOnly(2026, 8, 3), vorige: new Onderbreking(new DateOnly(2026, 6, 10), null, opname, terug)).Should().BeEmpty();
        (t.Status, t.EinddatumZorg, t.RedenBeeindiging, t.HervatOp, t.BegindatumLevering)
            .Should().Be((ToewijzingStatus.TijdelijkGestopt, new DateOnly(2026, 6, 10), "20", (DateOnly?)null, new DateOnly(2026, 5, 4)));
    }
}

/// <summary>Sharing an evaluation report with the gemeente only after the client's consent (IB-27c).</summary>
public sealed class EvaluatieDelenTests
{
    private static Evaluatie Evaluatie() => new() { ToewijzingId = Guid.NewGuid(), Datum = new DateOnly(2026, 9, 1), Deelnemers = "cliënt" };

    [Fact]
    public void Without_recorded_consent_the_report_is_not_shared_IB_27c()
    {
        var e = Evaluatie();
        e.Share(null, new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 10)).Should().ContainSingle(f => f.Field == "ToestemmingClientOp" && f.Message.Contains("IB-27c"));
        e.GedeeldOp.Should().BeNull();
    }

    [Fact]
    public void Consent_comes_first_sharing_happens_once_between_the_evaluation_and_today()
    {
        var e = Evaluatie();
        e.Share(new DateOnly(2026, 9, 3), new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 10)).Should().ContainSingle(f => f.Message.Contains("toestemming ligt na"));
        e.Share(new DateOnly(2026, 8, 20), new DateOnly(2026, 8, 31), new DateOnly(2026, 9, 10)).Should().ContainSingle(f => f.Field == "GedeeldOp");
        e.Share(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 11), new DateOnly(2026, 9, 10)).Should().ContainSingle(f => f.Field == "GedeeldOp");
        e.Share(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 10)).Should().BeEmpty();
        (e.ToestemmingClientOp, e.GedeeldOp).Should().Be((new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2)));
        e.Share(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3), new DateOnly(2026, 9, 10)).Should().ContainSingle(f => f.Message.Contains("al op 02-09-2026"));
    }
}
