using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Toewijzingen;

namespace Maatwerk.Domain.Tests.Toewijzingen;

/// <summary>IB-34a/b: the stop date after a Wlz indication, counted in the contract profile's working days.</summary>
public sealed class WlzStopdatumTests
{
    private static readonly DateOnly VrijdagVoorKoningsdag = new(2026, 4, 24);

    [Fact]
    public void IB_34a_Wlz_aanbieder_stops_5_werkdagen_after_the_issue_date_skipping_Koningsdag()
    {
        var voorstel = WlzStopdatum.Calculate(RepoProfiles.Profiel("voorne-aan-zee-ib"), wlzAanbieder: true, VrijdagVoorKoningsdag, new DateOnly(2026, 5, 4));
        // 27 april Koningsdag; 28, 29, 30 april, 1 mei, 4 mei = 5 werkdagen (5 mei is also not a werkdag, not reached).
        voorstel.Stopdatum.Should().Be(new DateOnly(2026, 5, 4));
        voorstel.Gebeurtenis.Should().Be(WlzStopdatum.Afgegeven);
        voorstel.Referentie.Should().Be(VrijdagVoorKoningsdag);
        voorstel.Regel!.Bron.Should().Be("IB-34a");
    }

    [Fact]
    public void IB_34b_other_aanbieder_stops_5_werkdagen_after_the_indication_became_visible_skipping_5_mei()
    {
        var voorstel = WlzStopdatum.Calculate(RepoProfiles.Profiel("voorne-aan-zee-ib"), wlzAanbieder: false, VrijdagVoorKoningsdag, new DateOnly(2026, 5, 4));
        // 5 mei is not a werkdag (art. 3 Atw): 6, 7, 8, 11, 12 mei.
        voorstel.Stopdatum.Should().Be(new DateOnly(2026, 5, 12));
        voorstel.Gebeurtenis.Should().Be(WlzStopdatum.Zichtbaar);
        voorstel.Regel!.Bron.Should().Be("IB-34b");
    }

    [Fact]
    public void IB_34a_the_term_comes_from_the_profile_rule_not_from_code()
    {
        var voorne = RepoProfiles.Profiel("voorne-aan-zee-ib");
        var drie = voorne with
        {
            Regels = voorne.Regels.Select(r => r.Bron == "IB-34a" ? r with { Termijn = r.Termijn! with { Aantal = 3 } } : r).ToList(),
        };
        WlzStopdatum.Calculate(drie, true, VrijdagVoorKoningsdag, VrijdagVoorKoningsdag).Stopdatum.Should().Be(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void IB_34b_the_working_day_calendar_of_the_profile_counts()
    {
        var voorne = RepoProfiles.Profiel("voorne-aan-zee-ib");
        var metSluitingsdag = voorne with
        {
            Werkdag = voorne.WerkdagOfStandaard with { ExtraVrijeDagen = [new Feestdag(new DateOnly(2026, 5, 6), "Sluitingsdag", FeestdagGrond.Profiel)] },
        };
        WlzStopdatum.Calculate(metSluitingsdag, false, VrijdagVoorKoningsdag, new DateOnly(2026, 5, 4)).Stopdatum.Should().Be(new DateOnly(2026, 5, 13));
    }

    [Fact]
    public void A_contract_without_the_Wlz_rule_proposes_the_issue_date()
    {
        foreach (var profiel in new[] { RepoProfiles.Profiel("oco"), RepoProfiles.Profiel("deventer-wmo-2023"), null })
        {
            var voorstel = WlzStopdatum.Calculate(profiel, false, VrijdagVoorKoningsdag, new DateOnly(2026, 5, 4));
            voorstel.Stopdatum.Should().Be(VrijdagVoorKoningsdag);
            voorstel.Regel.Should().BeNull();
        }
    }

    [Fact]
    public void IB_A11_a_stop_date_in_the_past_is_allowed_but_recognised_as_retroactive()
    {
        var voorstel = WlzStopdatum.Calculate(RepoProfiles.Profiel("voorne-aan-zee-ib"), true, VrijdagVoorKoningsdag, VrijdagVoorKoningsdag);
        voorstel.IsRetroactive(new DateOnly(2026, 6, 1)).Should().BeTrue();
        voorstel.IsRetroactive(new DateOnly(2026, 5, 4)).Should().BeFalse();
    }

    [Fact]
    public void Dates_are_checked_with_dutch_messages_naming_the_field()
    {
        var vandaag = new DateOnly(2026, 5, 1);
        WlzStopdatum.Validate(VrijdagVoorKoningsdag, VrijdagVoorKoningsdag, vandaag).Should().BeEmpty();
        WlzStopdatum.Validate(default, default, vandaag).Should().ContainSingle(e => e.Field == "Afgiftedatum" && e.Message.Contains("verplicht"));
        WlzStopdatum.Validate(vandaag.AddDays(1), vandaag.AddDays(1), vandaag).Should().Contain(e => e.Field == "Afgiftedatum" && e.Message.Contains("toekomst"));
        WlzStopdatum.Validate(VrijdagVoorKoningsdag, VrijdagVoorKoningsdag.AddDays(-1), vandaag).Should().ContainSingle(e => e.Field == "ZichtbaarOp");
    }
}
