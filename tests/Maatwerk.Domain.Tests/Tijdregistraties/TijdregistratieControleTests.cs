using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Tests.Tijdregistraties;

/// <summary>The rules on registered time, each positive and negative, with the clause it implements; the numbers and
/// which rules apply come from the repository's contract profiles.</summary>
public sealed class TijdregistratieControleTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly Guid Anna = Guid.NewGuid(), Bram = Guid.NewGuid(), Cor = Guid.NewGuid();
    private static readonly Guid ClientA = Guid.NewGuid(), ClientB = Guid.NewGuid();

    private static Tijdregels Deventer => Tijdregels.Uit(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static Tijdregels Bsd => Tijdregels.Uit(RepoProfiles.Profiel("gooi-vechtstreek-bsd"));
    private static Tijdregels Voorne => Tijdregels.Uit(RepoProfiles.Profiel("voorne-aan-zee-ib"));

    /// <summary>Started on 1 September 2026, running, toewijzing 1 January 2026 – 31 December 2026.</summary>
    private static Levering Lopend => new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), false, new DateOnly(2026, 9, 1), null, false, []);

    private static Tijdregistratie R(Guid medewerker, Guid client, string product, int dag, string begin, int minuten,
        Tijdsoort soort = Tijdsoort.Direct) => new()
    {
        MedewerkerId = medewerker, MedewerkerNaam = medewerker == Anna ? "Anna" : medewerker == Bram ? "Bram" : "Cor", ClientId = client,
        Productcode = product, Datum = new DateOnly(2026, 11, dag), Begintijd = TimeOnly.Parse(begin), Minuten = minuten, Soort = soort,
    };

    private static IReadOnlyList<Common.ValidationError> Check(Tijdregistratie r, Tijdregels regels, Levering? levering = null, params Tijdregistratie[] andere) =>
        TijdregistratieControle.Validate(r, levering ?? Lopend, regels, andere, Vandaag);

    [Fact]
    public void A_registration_within_the_delivery_is_accepted() =>
        Check(R(Anna, ClientA, "PO-B", 9, "09:00", 60), Deventer).Should().BeEmpty();

    [Fact]
    public void Only_direct_time_is_declarable_under_Deventer_DEV_Art8_3_and_Voorne_IB_59()
    {
        Deventer.AlleenDirect!.Bron.Should().Be("DEV-Art8.3");
        Deventer.IsDeclarabel(Tijdsoort.Direct).Should().BeTrue();
        Deventer.IsDeclarabel(Tijdsoort.Indirect).Should().BeFalse();
        Voorne.IsDeclarabel(Tijdsoort.Indirect).Should().BeFalse();
        Voorne.AlleenDirect!.Bron.Should().Be("IB-59");
        // A contract without the rule (Gooi en Vechtstreek) declares what it registers.
        Bsd.IsDeclarabel(Tijdsoort.Indirect).Should().BeTrue();
        // Indirect time is registered, not refused.
        Check(R(Anna, ClientA, "PO-B", 9, "09:00", 30, Tijdsoort.Indirect), Deventer).Should().BeEmpty();
    }

    [Fact]
    public void Time_outside_the_toewijzing_period_is_refused_naming_the_period()
    {
        var levering = Lopend with { Ingangsdatum = new DateOnly(2026, 11, 5), Start = new DateOnly(2026, 11, 5) };
        Check(R(Anna, ClientA, "PO-B", 4, "09:00", 60), Deventer, levering).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("buiten de toewijzingsperiode") && f.Message.Contains("05-11-2026"));
        Check(R(Anna, ClientA, "PO-B", 5, "09:00", 60), Deventer, levering).Should().BeEmpty();
        var geeindigd = Lopend with { Einddatum = new DateOnly(2026, 11, 6) };
        Check(R(Anna, ClientA, "PO-B", 9, "09:00", 60), Deventer, geeindigd).Should().ContainSingle(f => f.Message.Contains("buiten de toewijzingsperiode"));
    }

    [Fact]
    public void Time_before_the_start_WMO305_is_refused()
    {
        Check(R(Anna, ClientA, "PO-B", 9, "09:00", 60), Deventer, Lopend with { Start = null }).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("WMO305"));
        var start = Lopend with { Start = new DateOnly(2026, 11, 6) };
        Check(R(Anna, ClientA, "PO-B", 5, "09:00", 60), Deventer, start).Should().ContainSingle(f => f.Message.Contains("vóór de start") && f.Message.Contains("06-11-2026"));
        Check(R(Anna, ClientA, "PO-B", 6, "09:00", 60), Deventer, start).Should().BeEmpty();
    }

    [Fact]
    public void Time_after_the_stop_WMO307_is_refused_and_during_a_temporary_stop_too()
    {
        var gestopt = Lopend with { Stop = new DateOnly(2026, 11, 6) };
        Check(R(Anna, ClientA, "PO-B", 7, "09:00", 60), Deventer, gestopt).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("na de stop") && f.Message.Contains("WMO307"));
        Check(R(Anna, ClientA, "PO-B", 6, "09:00", 60), Deventer, gestopt).Should().BeEmpty();
        Check(R(Anna, ClientA, "PO-B", 7, "09:00", 60), Deventer, gestopt with { StopIsTijdelijk = true }).Should().ContainSingle(f => f.Message.Contains("tijdelijk gestopt"));
        var eerderePauze = Lopend with { EerderePauzes = [new Pauze(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 2))] };
        var pauzeDag = R(Anna, ClientA, "PO-B", 1, "09:00", 60);
        Check(pauzeDag, Deventer, eerderePauze).Should().ContainSingle(f => f.Message.Contains("tijdelijk gestopt"));
        Check(R(Anna, ClientA, "PO-B", 2, "09:00", 60), Deventer, eerderePauze).Should().BeEmpty("de dag van hervatting is een zorgdag");
    }

    [Fact]
    public void Time_in_the_future_is_refused() =>
        Check(R(Anna, ClientA, "PO-B", 11, "09:00", 60), Deventer).Should().ContainSingle(f => f.Field == "Datum" && f.Message.Contains("toekomst"));

    [Fact]
    public void Overlapping_time_of_one_worker_on_an_individual_product_is_refused_DEV_B4_PO_Indiv()
    {
        Deventer.NietOverlappen!.Bron.Should().Be("DEV-B4-PO-Indiv");
        var eerder = R(Anna, ClientB, "PO-L", 9, "09:30", 60);
        Check(R(Anna, ClientA, "PO-B", 9, "09:00", 60), Deventer, null, eerder)
            .Should().ContainSingle(f => f.Field == "Begintijd" && f.Message.Contains("DEV-B4-PO-Indiv") && f.Message.Contains("09:30"));
        // Back to back is no overlap; another worker at the same time is no overlap of one worker.
        Check(R(Anna, ClientA, "PO-B", 9, "08:30", 60), Deventer, null, eerder).Should().BeEmpty();
        Check(R(Bram, ClientA, "PO-B", 9, "09:00", 60), Deventer, null, eerder).Should().BeEmpty();
        // A group product (OAD) may run in parallel for several clients.
        Check(R(Anna, ClientA, "OAD-B", 9, "14:00", 120), Deventer, null, R(Anna, ClientB, "OAD-B", 9, "14:00", 120)).Should().BeEmpty();
        // A contract without the rule (Gooi en Vechtstreek) does not apply it.
        Check(R(Anna, ClientA, "BSD-MBO4", 9, "09:00", 60), Bsd, null, R(Anna, ClientB, "BSD-MBO4", 9, "09:30", 60)).Should().BeEmpty();
    }

    [Fact]
    public void More_than_two_professionals_on_one_contact_is_refused_BSD_2_4_b5()
    {
        Bsd.MaxProfessionals!.Waarde.Should().Be(2);
        var anna = R(Anna, ClientA, "BSD-HBO", 9, "10:00", 60);
        var bram = R(Bram, ClientA, "BSD-HBO", 9, "10:15", 60);
        Check(R(Cor, ClientA, "BSD-HBO", 9, "10:30", 30), Bsd, null, anna, bram)
            .Should().ContainSingle(f => f.Field == "MedewerkerId" && f.Message.Contains("BSD-2.4-b5") && f.Message.Contains("3 professionals"));
        Check(R(Bram, ClientA, "BSD-HBO", 9, "10:00", 60), Bsd, null, anna).Should().BeEmpty("twee professionals mogen");
        // Not at the same moment: Anna 10:00–11:00, Bram 10:15–11:15, Cor 11:00–11:30 → never three at once.
        Check(R(Cor, ClientA, "BSD-HBO", 9, "11:00", 30), Bsd, null, anna, bram).Should().BeEmpty();
        // Deventer has no such rule.
        Check(R(Cor, ClientA, "PO-B", 9, "10:30", 30), Deventer, null, R(Anna, ClientA, "OAD-B", 9, "10:00", 60), R(Bram, ClientA, "OAD-B", 9, "10:15", 60)).Should().BeEmpty();
    }

    [Fact]
    public void A_day_has_24_hours_per_worker_platform_rule_in_the_base_profile()
    {
        Deventer.MaxMinutenPerDag!.Waarde.Should().Be(1440);
        Bsd.MaxMinutenPerDag!.Waarde.Should().Be(1440, "de regel staat in het basisprofiel iwmo-3.2 en wordt geërfd");
        var lang = R(Anna, ClientB, "BSD-HBO", 9, "00:00", 1000);
        Check(R(Anna, ClientA, "BSD-HBO", 9, "16:00", 450), Bsd, null, lang).Should().ContainSingle(f => f.Field == "Minuten" && f.Message.Contains("24 uur"));
        Check(R(Anna, ClientA, "BSD-HBO", 9, "16:00", 440), Bsd, null, lang).Should().BeEmpty();
        // Past midnight: split per day.
        Check(R(Anna, ClientA, "BSD-HBO", 9, "23:00", 120), Bsd).Should().ContainSingle(f => f.Field == "Minuten" && f.Message.Contains("middernacht"));
        // A group session registered per client counts once.
        var groep = Enumerable.Range(0, 8).Select(_ => R(Anna, Guid.NewGuid(), "OAD-B", 9, "08:00", 240)).ToArray();
        Check(R(Anna, ClientA, "OAD-B", 9, "08:00", 240), Deventer, null, groep).Should().BeEmpty();
    }

    [Fact]
    public void Mandatory_fields_IB_59_and_the_contact_mode_DEV_Eis21()
    {
        var zonder = R(Anna, ClientA, "PO-B", 9, "09:00", 0);
        zonder.MedewerkerId = Guid.Empty;
        zonder.Contactwijze = (Contactwijze)9;
        Check(zonder, Deventer).Select(f => f.Field).Should().BeEquivalentTo(["Minuten", "MedewerkerId", "Contactwijze"]);
    }

    [Fact]
    public void Unusable_parameters_in_a_profile_are_reported_with_rule_and_clause()
    {
        var profiel = RepoProfiles.Profiel("deventer-wmo-2023");
        var kapot = profiel with
        {
            Regels =
            [
                new Regel { Id = "X1", Bron = "DEV-B4-PO-Indiv", Omschrijving = "x", Type = RegelType.Controle, Parameters = new Dictionary<string, string> { ["nietOverlappen"] = "PO-B, PO-X" } },
                new Regel { Id = "X2", Bron = "BSD-2.4-b5", Omschrijving = "x", Type = RegelType.Controle, Parameters = new Dictionary<string, string> { ["maxProfessionals"] = "twee" } },
                new Regel { Id = "X3", Bron = "DEV-Art8.3", Omschrijving = "x", Type = RegelType.Controle, Parameters = new Dictionary<string, string> { ["declarabel"] = "alles" } },
            ],
        };
        var fouten = Tijdregels.Controleer(kapot).Select(f => f.Melding).ToList();
        fouten.Should().HaveCount(3);
        fouten.Should().Contain(m => m.Contains("'PO-X'") && m.Contains("X1"));
        fouten.Should().Contain(m => m.Contains("'twee'") && m.Contains("BSD-2.4-b5"));
        fouten.Should().Contain(m => m.Contains("'direct'"));
        RepoProfiles.Catalogus.Profielen.SelectMany(Tijdregels.Controleer).Should().BeEmpty();
    }
}
