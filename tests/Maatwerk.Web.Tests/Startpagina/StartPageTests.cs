using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Startpagina;

public sealed class StartPageTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task A_provider_sees_the_figures_of_its_own_contracts()
    {
        var (clienten, toewijzingen, contracten, gestart) = factory.WithDb(db =>
        {
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            var contractIds = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
            var t = db.Toewijzingen.Where(x => contractIds.Contains(x.ContractId)).ToList();
            return (t.Select(x => x.ClientId).Distinct().Count(), t.Count, contractIds.Count, t.Count(x => x.Status == ToewijzingStatus.Gestart));
        });
        var html = await (await factory.LoggedInAsync("administratie@delinde.demo")).GetStringAsync("/");
        html.Should().Contain($"data-testid=\"aantal-clienten\">{clienten}<");
        html.Should().Contain($"data-testid=\"aantal-toewijzingen\">{toewijzingen}<");
        html.Should().Contain($"data-testid=\"aantal-contracten\">{contracten}<");
        html.Should().Contain($"data-status=\"Gestart\">{gestart}<");
        clienten.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task A_gemeente_sees_its_own_residents_in_dutch()
    {
        var expected = factory.WithDb(db => db.Clienten.Count(c => c.GemeenteId == db.Organisaties.Single(o => o.Gemeentecode == "0150").Id));
        var html = await (await factory.LoggedInAsync("consulent@deventer.demo")).GetStringAsync("/");
        html.Should().Contain($"data-testid=\"aantal-clienten\">{expected}<").And.Contain("Gemeente Deventer").And.Contain("Toewijzingen per status");
    }
}
