using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>Optimistic concurrency on the OCO forms of the annual plan (OCO-P1-1.5b): a step posted with the version the
/// user started from is refused with a Dutch message (409) once someone else saved in between, and nothing changes.</summary>
public sealed class OcoVersieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task Een_verouderde_wijziging_van_het_jaarplan_krijgt_een_Nederlandse_melding_en_er_gaat_niets_verloren()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var created = await coordinator.PostAsJsonAsync("/api/oco-rapportages/jaarplannen", new { Jaar = 2027, Inhoud = "Voortgang en acties." });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        async Task<JsonElement> PlanAsync() => (await coordinator.GetFromJsonAsync<List<JsonElement>>("/api/oco-rapportages/jaarplannen"))!.Single();
        var versie = (await PlanAsync()).GetProperty("versie").GetGuid();
        var id = (await PlanAsync()).GetProperty("id").GetGuid();

        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/afspraak", new { Datum = "2026-11-20", Versie = versie }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        // A second form opened before that save, still carrying the old version.
        var oud = await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/vaststelling", new { Datum = "2026-11-10", Versie = versie });
        oud.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await oud.Content.ReadAsStringAsync()).Should().Contain("Iemand anders heeft dit gegeven intussen gewijzigd");
        var plan = await PlanAsync();
        plan.GetProperty("vastgesteldOp").ValueKind.Should().Be(JsonValueKind.Null);
        plan.GetProperty("afspraakDatum").GetString().Should().Be("2026-11-20"); // the first save is kept

        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/vaststelling", new { Datum = "2026-11-10", Versie = plan.GetProperty("versie").GetGuid() }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
