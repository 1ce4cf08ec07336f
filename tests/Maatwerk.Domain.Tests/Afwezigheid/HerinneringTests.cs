using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Tests.Contracten;

namespace Maatwerk.Domain.Tests.Afwezigheid;

/// <summary>Reminders of appointments (IB-22a): sent before the appointment, not in the future, with a known channel; the
/// contract profile says whether a no-show shows whether the client was reminded.</summary>
public sealed class HerinneringTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 10, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Afspraak = new(2026, 11, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly (string, string, string) Velden = ("AfspraakDatum", "VerzondenDatum", "Kanaal");

    private static List<ValidationErrorView> Check(DateTimeOffset? afspraak, DateTimeOffset? verzonden, Herinneringskanaal kanaal = Herinneringskanaal.Sms) =>
        Herinnering.Check(afspraak, verzonden, kanaal, Nu, Velden).Select(e => new ValidationErrorView(e.Field, e.Message)).ToList();

    private sealed record ValidationErrorView(string Field, string Message);

    [Fact]
    public void A_reminder_sent_before_the_appointment_is_valid()
    {
        Check(Afspraak, Afspraak.AddDays(-1)).Should().BeEmpty();
        Check(Afspraak, Afspraak).Should().BeEmpty("op het begin van de afspraak zelf is nog vóór het missen");
    }

    [Fact]
    public void A_reminder_sent_after_the_appointment_is_refused_naming_the_field()
    {
        var afspraak = Nu.AddHours(-2);
        Check(afspraak, afspraak.AddMinutes(1)).Should().ContainSingle()
            .Which.Should().Match<ValidationErrorView>(e => e.Field == "VerzondenDatum" && e.Message.Contains("vóór de afspraak"));
    }

    [Fact]
    public void A_reminder_in_the_future_without_dates_or_with_an_unknown_channel_is_refused()
    {
        Check(Afspraak.AddDays(2), Nu.AddHours(1)).Should().ContainSingle(e => e.Field == "VerzondenDatum" && e.Message.Contains("toekomst"));
        Check(null, null).Select(e => e.Field).Should().BeEquivalentTo(["AfspraakDatum", "VerzondenDatum"]);
        Check(Afspraak, Nu, (Herinneringskanaal)9).Should().ContainSingle(e => e.Field == "Kanaal" && e.Message.Contains("sms"));
    }

    [Fact]
    public void The_reminder_of_a_no_show_is_the_one_for_the_same_toewijzing_and_appointment_moment()
    {
        var t = Guid.NewGuid();
        var noShow = new Afmelding { ToewijzingId = t, GeplandOp = Afspraak };
        var juist = new Herinnering { ToewijzingId = t, AfspraakOp = Afspraak, VerzondenOp = Afspraak.AddDays(-1), Kanaal = Herinneringskanaal.Telefoon };
        var andereAfspraak = new Herinnering { ToewijzingId = t, AfspraakOp = Afspraak.AddDays(7), VerzondenOp = Afspraak };
        var andereToewijzing = new Herinnering { ToewijzingId = Guid.NewGuid(), AfspraakOp = Afspraak, VerzondenOp = Afspraak.AddDays(-1) };
        Herinnering.Voor(noShow, [andereAfspraak, andereToewijzing, juist]).Should().BeSameAs(juist);
        Herinnering.Voor(noShow, [andereAfspraak, andereToewijzing]).Should().BeNull();
    }

    [Fact]
    public void IB_22a_is_profile_data_Voorne_asks_for_it_Deventer_does_not()
    {
        NoShowRegels.From(RepoProfiles.Profiel("voorne-aan-zee-ib")).Herinneringen.Should().Be(new Maatwerk.Domain.Tijdregistraties.Regelwaarde<bool>(true, "IB-22a"));
        NoShowRegels.From(RepoProfiles.Profiel("deventer-wmo-2023")).Herinneringen.Should().BeNull();
        NoShowRegels.Validate(RepoProfiles.Profiel("voorne-aan-zee-ib")).Should().BeEmpty();
    }
}
