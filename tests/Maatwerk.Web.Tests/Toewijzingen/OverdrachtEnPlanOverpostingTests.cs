using System.Net;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>PUT /api/toewijzingen/{id}/overdracht and /plan bind OverdrachtInvoer and PlanInvoer, not the entities: a
/// posted id or toewijzing id is ignored (the toewijzing comes from the URL), a posted version of the hand-over means
/// nothing, and the plan's version is an explicit, optional concurrency check.</summary>
public sealed class OverdrachtEnPlanOverpostingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static readonly Guid GeposteId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    /// <summary>A running toewijzing of De Linde under the Deventer contract, another toewijzing, and another provider.</summary>
    private (Toewijzing Doel, Toewijzing Ander, Guid OpMaat) Context() => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contract = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
        var doel = db.Toewijzingen.Where(t => t.ContractId == contract && t.Status == ToewijzingStatus.Gestart).OrderBy(t => t.ToewijzingNummer).First();
        var ander = db.Toewijzingen.Where(t => t.Id != doel.Id).OrderBy(t => t.ToewijzingNummer).First();
        return (doel, ander, db.Organisaties.Single(o => o.AgbCode == "75750202").Id);
    });

    [Fact]
    public async Task Posting_id_toewijzing_and_version_with_the_warm_hand_over_changes_nothing_of_them()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (doel, ander, opMaat) = Context();
        var response = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/overdracht", new
        {
            Id = GeposteId, ToewijzingId = ander.Id, Versie = Guid.NewGuid(), NieuweAanbiederId = opMaat, ToestemmingClient = true,
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        factory.WithDb(db => db.WarmeOverdrachten.Single(o => o.ToewijzingId == doel.Id)).Should()
            .Match<WarmeOverdracht>(o => o.Id != GeposteId && o.ToestemmingClient && o.NieuweAanbiederId == opMaat);
        factory.WithDb(db => db.WarmeOverdrachten.Any(o => o.ToewijzingId == ander.Id || o.Id == GeposteId)).Should().BeFalse();

        var tweede = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/overdracht", new
        {
            Versie = Guid.NewGuid(), NieuweAanbiederId = opMaat, ToestemmingClient = true, DossierGedeeld = true,
        });
        tweede.StatusCode.Should().Be(HttpStatusCode.OK, "the hand-over takes no version from the request");
        var na = await aanbieder.GetFromJsonAsync<Dictionary<string, object>>($"/api/toewijzingen/{doel.Id}/overdracht");
        na!["toewijzingId"].ToString().Should().Be(doel.Id.ToString());
        na["dossierGedeeld"].ToString().Should().Be("True");
        na["isVoltooid"].ToString().Should().Be("False");
        na.Should().NotContainKey("versie").And.NotContainKey("id");
    }

    [Fact]
    public async Task Posting_id_and_toewijzing_with_the_plan_changes_nothing_of_them_and_the_version_is_an_explicit_check()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (doel, ander, _) = Context();
        object Plan(string doelen, Guid? versie) => new
        {
            Id = GeposteId, ToewijzingId = ander.Id, Versie = versie, Doelen = doelen, Activiteiten = "Wekelijks gesprek", Frequentie = "1 keer per week",
            Afschaling = "Na een half jaar naar eens per twee weken", RolNetwerk = "Dochter helpt met de post", OvereengekomenMet = "De cliënt",
            OvereengekomenOp = doel.Toewijzingsdatum.ToString("yyyy-MM-dd"),
        };

        string? PlanVanAnder() => factory.WithDb(db => db.Ondersteuningsplannen.SingleOrDefault(p => p.ToewijzingId == ander.Id)?.Doelen);
        var anderVoor = PlanVanAnder();

        var eerste = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/plan", Plan("Zelfstandig de administratie doen", null));
        eerste.StatusCode.Should().Be(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        factory.WithDb(db => db.Ondersteuningsplannen.Single(p => p.ToewijzingId == doel.Id)).Should()
            .Match<Ondersteuningsplan>(p => p.Id != GeposteId && p.Doelen == "Zelfstandig de administratie doen");
        factory.WithDb(db => db.Ondersteuningsplannen.Any(p => p.Id == GeposteId)).Should().BeFalse();
        PlanVanAnder().Should().Be(anderVoor, "a posted ToewijzingId does not redirect the plan");

        var zonderVersie = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/plan", Plan("Tweede versie", null));
        zonderVersie.StatusCode.Should().Be(HttpStatusCode.OK, "without a version the plan is simply overwritten");

        var huidig = await aanbieder.GetFromJsonAsync<Dictionary<string, object>>($"/api/toewijzingen/{doel.Id}/plan");
        huidig!["doelen"].ToString().Should().Be("Tweede versie");
        huidig.Should().NotContainKey("id");
        var versie = Guid.Parse(huidig["versie"].ToString()!);

        var verouderd = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/plan", Plan("Verouderd", Guid.NewGuid()));
        verouderd.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{doel.Id}/plan", Plan("Derde versie", versie))).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.WithDb(db => db.Ondersteuningsplannen.Single(p => p.ToewijzingId == doel.Id).Doelen).Should().Be("Derde versie");
    }
}
