using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Verplichtingen;

/// <summary>Periods as subjects (issue 9): the nightly run registers the end of each month a contract's rules count from,
/// once, about that month's own subject, and the declaration terms follow from it (DEV-Art8.1 MR-20: declare a month
/// within 30 days; DEV-Art8.13 MR-21: the gemeente may refuse after 3 months). The demo's contracts are tracked since
/// 1 October 2026; today is Tuesday 10 November 2026.</summary>
public sealed class PeriodEventsTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Contract(string naam) => factory.WithDb(db => db.Contracten.Single(c => c.Naam == naam).Id);

    private List<ContractGebeurtenis> Maandeinden(Guid contract) =>
        factory.WithDb(db => db.Gebeurtenissen.Where(g => g.ContractId == contract && g.Soort == "maandeinde").ToList());

    [Fact]
    public async Task The_end_of_October_is_an_event_of_its_own_period_with_the_declaration_terms_and_a_later_run_adds_November_once()
    {
        var deventer = Contract("Raamovereenkomst Wmo-maatwerk Deventer 2023 — De Linde");
        var oktober = Periode.Containing(Periode.Maand, new DateOnly(2026, 10, 1));

        var einde = Maandeinden(deventer).Should().ContainSingle("only periods since tracking began (1 October) count, and October is the only one that ended").Subject;
        (einde.OnderwerpSoort, einde.OnderwerpId, einde.Toelichting).Should().Be((Periode.OnderwerpSoort, oktober.SubjectId(deventer), "Einde van oktober 2026"));
        var verplichtingen = factory.WithDb(db => db.Verplichtingen.Where(v => v.OnderwerpId == oktober.SubjectId(deventer)).ToList());
        var mr20 = verplichtingen.Should().ContainSingle(v => v.RegelId == "MR-20").Subject;
        (mr20.Bron, mr20.Deadline, mr20.Status).Should().Be(("DEV-Art8.1", new DateOnly(2026, 11, 30), VerplichtingStatus.Open), "31 October + 30 calendar days");
        verplichtingen.Should().ContainSingle(v => v.RegelId == "MR-21").Which.Deadline.Should().Be(new DateOnly(2027, 1, 31), "3 months after the month's end");

        // Saturday 5 December: November has ended; October was not declared in time.
        var peildatum = new DateOnly(2026, 12, 5);
        using (var scope = factory.Services.CreateScope())
            (await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, peildatum)).Uitgevoerd.Should().BeTrue();
        Maandeinden(deventer).Select(g => g.OnderwerpId).Should().BeEquivalentTo(
            [oktober.SubjectId(deventer), oktober.Next().SubjectId(deventer)], "November is added once, October is not registered again");
        factory.WithDb(db => db.Verplichtingen.Single(v => v.OnderwerpId == oktober.SubjectId(deventer) && v.RegelId == "MR-20").Status)
            .Should().Be(VerplichtingStatus.TeLaat, "nothing was declared over October by 30 November");
    }
}
