using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Tests.Contracten;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Tests.Tijdregistraties;

/// <summary>DEV-B2-DeclTime (the PO exception for time without the client) and DEV-Eis19-Group (group-size guideline, a
/// warning), with their numbers and products from the Deventer profile.</summary>
public sealed class ZonderClientEnGroepTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 10);
    private static readonly Guid Anna = Guid.NewGuid();
    private static Tijdregels Deventer => Tijdregels.Uit(RepoProfiles.Profiel("deventer-wmo-2023"));
    private static Levering Lopend => new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), false, new DateOnly(2026, 9, 1), null, false, []);
    private static readonly PlanRegie Overgenomen = new(true, new DateOnly(2026, 10, 1));

    private static Tijdregistratie Zonder(string product, string? plandoel, int dag = 9) => new()
    {
        MedewerkerId = Anna, MedewerkerNaam = "Anna", ClientId = Guid.NewGuid(), Productcode = product, Datum = new DateOnly(2026, 11, dag),
        Begintijd = new TimeOnly(13, 0), Minuten = 30, Soort = Tijdsoort.Indirect, Plandoel = plandoel,
    };

    private static IReadOnlyList<Common.ValidationError> Check(Tijdregistratie r, PlanRegie? regie) =>
        TijdregistratieControle.Validate(r, Lopend, Deventer, [], Vandaag, regie);

    [Fact]
    public void The_exception_is_profile_data_with_its_clause()
    {
        var z = Deventer.ZonderClient!;
        z.Bron.Should().Be("DEV-B2-DeclTime");
        z.Waarde.Producten.Should().Equal("PO-L", "PO-B", "PO-BP");
        z.Waarde.Vereist.Should().Equal(ZonderClientRegel.RegieOvergenomen, ZonderClientRegel.Toestemming, ZonderClientRegel.Plandoel);
        Tijdregels.Uit(RepoProfiles.Profiel("voorne-aan-zee-ib")).ZonderClient.Should().BeNull();
    }

    [Fact]
    public void Time_without_the_client_on_PO_is_declarable_with_regie_overgenomen_consent_and_a_plan_goal_DEV_B2_DeclTime()
    {
        var r = Zonder("PO-B", "Doel 2: administratie op orde");
        Check(r, Overgenomen).Should().BeEmpty();
        Deventer.IsDeclarabel(r).Should().BeTrue();
        Deventer.IsDeclarabel(Zonder("PO-B", null)).Should().BeFalse("zonder plandoel blijft tijd zonder cliënt niet declarabel (DEV-Art8.3)");
    }

    [Fact]
    public void Without_the_plan_flag_or_consent_the_plan_goal_is_refused_naming_the_clause()
    {
        Check(Zonder("PO-B", "Doel 2"), null).Should().ContainSingle(f => f.Field == "Plandoel" && f.Message.Contains("regie overgenomen") && f.Message.Contains("DEV-B2-DeclTime"));
        Check(Zonder("PO-B", "Doel 2"), new PlanRegie(false, null)).Should().ContainSingle(f => f.Message.Contains("regie overgenomen"));
        Check(Zonder("PO-B", "Doel 2"), new PlanRegie(true, null)).Should().ContainSingle(f => f.Field == "Plandoel" && f.Message.Contains("toestemming"));
        Check(Zonder("PO-B", "Doel 2", dag: 9), new PlanRegie(true, new DateOnly(2026, 11, 10)))
            .Should().ContainSingle(f => f.Message.Contains("op of vóór 09-11-2026"), "toestemming na de dag van de tijd telt niet");
    }

    [Fact]
    public void The_exception_is_for_PO_only()
    {
        var oad = Zonder("OAD-B", "Doel 1");
        Check(oad, Overgenomen).Should().ContainSingle(f => f.Field == "Plandoel" && f.Message.Contains("PO-L, PO-B, PO-BP") && f.Message.Contains("OAD-B"));
        Deventer.IsDeclarabel(oad).Should().BeFalse();
        // Direct time with a plan goal needs no exception.
        var direct = Zonder("OAD-B", "Doel 1");
        direct.Soort = Tijdsoort.Direct;
        Check(direct, null).Should().BeEmpty();
    }

    [Fact]
    public void A_group_above_the_guideline_warns_and_is_not_refused_DEV_Eis19_Group()
    {
        Deventer.Groepsgrootte!.Bron.Should().Be("DEV-Eis19-Group");
        Deventer.Groepsgrootte.Waarde.Should().BeEquivalentTo(new Dictionary<string, int> { ["OAD-L"] = 8, ["OAD-B"] = 7, ["OAD-BP"] = 6, ["RO"] = 8 });
        Tijdregistratie Groep(string product, int begin = 10, int minuten = 180) => new()
        {
            Id = Guid.NewGuid(), MedewerkerId = Anna, MedewerkerNaam = "Anna", ClientId = Guid.NewGuid(), Productcode = product, Datum = new DateOnly(2026, 11, 9),
            Begintijd = new TimeOnly(begin, 0), Minuten = minuten, Soort = Tijdsoort.Direct,
        };
        var zes = Enumerable.Range(0, 6).Select(_ => Groep("OAD-BP")).ToList();
        TijdregistratieControle.Warnings(Groep("OAD-BP"), Deventer, zes.Take(5)).Should().BeEmpty("6 cliënten is de richtlijn voor OAD basis plus");
        var zevende = Groep("OAD-BP");
        TijdregistratieControle.Warnings(zevende, Deventer, zes).Should().ContainSingle().Which.Should().Contain("7 cliënten").And.Contain("gemiddeld 6").And.Contain("DEV-Eis19-Group");
        TijdregistratieControle.Validate(zevende, Lopend, Deventer, zes, Vandaag).Should().BeEmpty("een richtlijn, geen weigering");
        // Another start, length or product is another session; a product without a guideline never warns.
        TijdregistratieControle.Warnings(Groep("OAD-BP", begin: 14), Deventer, zes).Should().BeEmpty();
        TijdregistratieControle.Warnings(Groep("OAD-BP", minuten: 120), Deventer, zes).Should().BeEmpty();
        var po = Enumerable.Range(0, 9).Select(_ => Groep("PO-B")).ToList();
        TijdregistratieControle.Warnings(Groep("PO-B"), Deventer, po).Should().BeEmpty();
    }

    [Fact]
    public void Unusable_parameters_are_reported_at_start_up()
    {
        var profiel = RepoProfiles.Profiel("deventer-wmo-2023");
        var regel = profiel.Regels.First(r => r.Id == "TC-02a");
        var kapot = profiel with
        {
            Regels = [.. profiel.Regels.Where(r => r.Id is not ("TC-02a" or "TC-19a")),
                regel with { Parameters = new Dictionary<string, string> { ["zonderClientProducten"] = "PO-B, XX-1", ["vereist"] = "regieOvergenomen, handtekening" } },
                regel with { Id = "TC-19a", Parameters = new Dictionary<string, string> { ["groepsgrootte"] = "OAD-L=acht, YY=3" } }],
        };
        var fouten = Tijdregels.Controleer(kapot).Select(f => f.Melding).ToList();
        fouten.Should().Contain(m => m.Contains("XX-1")).And.Contain(m => m.Contains("'handtekening'"))
            .And.Contain(m => m.Contains("OAD-L=acht")).And.Contain(m => m.Contains("'YY'"));
        Tijdregels.Controleer(profiel).Should().BeEmpty();
    }
}
