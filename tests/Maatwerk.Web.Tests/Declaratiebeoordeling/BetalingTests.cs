using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>After the 325: the material check by sample (DEV-Eis9-MI-R3-4, BSD-104) with its recovery (DEV-Art8.11).</summary>
public sealed class BetalingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record SteekproefRegel(Guid Id, Guid PrestatieId, string ReferentieNummer, long Bedrag, string Uitkomst, string? Notitie, Guid? BesluitId);
    private sealed record Steekproef(Guid Id, string Aanbieder, DateOnly Periode, string Seed, int Omvang, int Populatie, List<SteekproefRegel> Regels);
    private sealed record Besluit(Guid Id, string Soort, Guid AanbiederId, Guid? PrestatieId, long Bedrag, string Bron, bool Open);

    private Guid Linde => factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);

    [Fact]
    public async Task DEV_Eis9_MI_R3_4_a_reproducible_sample_with_an_outcome_per_line_and_recovery_of_a_wrong_line()
    {
        await BeoordelingFlow.ToewijzingAsync(factory, 2, new DateOnly(2026, 9, 1), "2026-09-15", "2026-09-22");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        await BeoordelingFlow.AnswerAsync(beoordelaar, await BeoordelingFlow.ReceiveAsync(factory, beoordelaar, "2026-09-01"));

        var zonderPeriode = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/steekproeven", new { AanbiederId = Linde, Omvang = 2 });
        zonderPeriode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderPeriode.Content.ReadAsStringAsync()).Should().Contain("Periode");
        var trekking = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/steekproeven", new { AanbiederId = Linde, Periode = "2026-09-15", Omvang = 2 });
        trekking.StatusCode.Should().Be(HttpStatusCode.Created, await trekking.Content.ReadAsStringAsync());
        var id = (await trekking.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        // Drawing again for the same aanbieder and period gives the same sample.
        (await (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/steekproeven", new { AanbiederId = Linde, Periode = "2026-09-01", Omvang = 2 }))
            .Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"].Should().Be(id);
        var steekproef = (await beoordelaar.GetFromJsonAsync<Steekproef>($"/api/declaratiebeoordeling/steekproeven/{id}"))!;
        steekproef.Seed.Should().Be("0150-75750101-2026-09");
        steekproef.Regels.Should().HaveCount(Math.Min(2, steekproef.Populatie)).And.OnlyContain(r => r.Uitkomst == "open");

        var fout = steekproef.Regels[0];
        var zonderNotitie = await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/steekproeven/{id}/regels/{fout.Id}", new { InOrde = false });
        zonderNotitie.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/steekproeven/{id}/regels/{fout.Id}", new { InOrde = false, Notitie = "Geen getekende registratielijst in het dossier." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        steekproef = (await beoordelaar.GetFromJsonAsync<Steekproef>($"/api/declaratiebeoordeling/steekproeven/{id}"))!;
        var vastgelegd = steekproef.Regels.Single(r => r.Id == fout.Id);
        (vastgelegd.Uitkomst, vastgelegd.BesluitId).Should().Match<(string, Guid?)>(x => x.Item1 == "niet in orde" && x.Item2 != null);
        var terug = (await beoordelaar.GetFromJsonAsync<List<Besluit>>("/api/declaratiebeoordeling/besluiten"))!.Single(b => b.PrestatieId == fout.PrestatieId);
        (terug.Soort, terug.Bedrag, terug.Bron, terug.Open).Should().Be(("terugvordering", fout.Bedrag, "DEV-Art8.11", true));
        // Once recorded, it stays.
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/steekproeven/{id}/regels/{fout.Id}", new { InOrde = true })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await beoordelaar.GetStringAsync($"/Declaratiebeoordeling/Steekproeven?id={id}")).Should().Contain("0150-75750101-2026-09").And.Contain("teruggevorderd");
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetAsync($"/api/declaratiebeoordeling/steekproeven/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
