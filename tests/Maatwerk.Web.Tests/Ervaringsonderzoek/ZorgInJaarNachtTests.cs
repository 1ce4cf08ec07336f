using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Maatwerk.Web.Tests.Ervaringsonderzoek;

/// <summary>IB-47a with reading IB-A16: the nightly run registers "zorg-in-jaar" for every client in care this year under
/// a contract whose profile knows it (Voorne aan Zee), once, so the survey obligation stands for each of them without a
/// button being pressed.</summary>
public sealed class ZorgInJaarNachtTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Rij(Guid ContractId, Guid ClientId);

    private List<Rij> InZorgOnderVoorne() => factory.WithDb(db =>
    {
        var contracten = db.Contracten.Where(c => c.ProfielId == "voorne-aan-zee-ib").Select(c => c.Id).ToList();
        var (begin, einde) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId) && t.StartdatumZorg != null && t.StartdatumZorg <= einde
                && (t.EinddatumZorg == null || t.EinddatumZorg >= begin))
            .Select(t => new Rij(t.ContractId, t.ClientId)).Distinct().ToList();
    });

    private List<Rij> Geregistreerd() => factory.WithDb(db => db.Gebeurtenissen.AsNoTracking()
        .Where(g => g.Soort == ErvaringGebeurtenis.ZorgInJaar && g.ClientId != null).Select(g => new { g.ContractId, g.ClientId, g.Moment }).ToList()
        .Where(g => Amsterdam.Local(g.Moment).Year == 2026).Select(g => new Rij(g.ContractId, g.ClientId!.Value)).ToList());

    private async Task NachtAsync(DateOnly dag)
    {
        using var scope = factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<RecalculationRunner>().ExecuteAsync(RecalculationRunner.Nacht, dag)).Uitgevoerd.Should().BeTrue();
    }

    [Fact]
    public async Task Every_client_in_care_this_year_gets_zorg_in_jaar_and_IB_47a_at_night_once()
    {
        var inZorg = InZorgOnderVoorne();
        inZorg.Should().NotBeEmpty("the demo has clients in care under Voorne aan Zee");
        // The app's start-up run already registered them.
        Geregistreerd().Should().BeEquivalentTo(inZorg);
        var client = inZorg[0].ClientId;
        factory.WithDb(db => db.Verplichtingen.Count(v => v.RegelId == "IB-47a" && v.OnderwerpSoort == ErvaringGebeurtenis.Onderwerp && v.OnderwerpId == client))
            .Should().Be(1);

        // One is lost (e.g. registered before the platform knew the rule): the next night puts it back, once.
        factory.WithDb(db => db.Gebeurtenissen.Where(g => g.Soort == ErvaringGebeurtenis.ZorgInJaar && g.ClientId == client).ExecuteDelete());
        Geregistreerd().Should().HaveCount(inZorg.Count - inZorg.Count(r => r.ClientId == client));
        await NachtAsync(factory.Vandaag.AddDays(1));
        Geregistreerd().Should().BeEquivalentTo(inZorg);
        await NachtAsync(factory.Vandaag.AddDays(2));
        Geregistreerd().Should().BeEquivalentTo(inZorg, "the run is idempotent");
    }
}
