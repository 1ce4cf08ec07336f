using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>OCO-4.7(j)–(l) come from the complaints register (Klachten): the coordinator registers a complaint there, the
/// OCO worker links it to the resident's question, and the report counts it for the melding's gemeente with the melding
/// as its record. Today is Tuesday 10 November 2026.</summary>
public sealed class KlachtenUitRegisterTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Cijfer(string Onderdeel, string Waarde, List<Guid> Meldingen);
    private sealed record Concept(List<Cijfer> Cijfers);

    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);
    private Guid Contract => factory.WithDb(db => db.Contracten.Single(c => c.ProfielId == "oco").Id);

    private async Task<Cijfer> JAsync(HttpClient coordinator)
    {
        var response = await coordinator.PostAsJsonAsync("/api/oco-rapportages/berekenen", new { GemeenteId = Voorne, Van = "2026-07-01", Tot = "2026-12-31" });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Concept>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.Cijfers.Single(c => c.Onderdeel == "j");
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    [Fact]
    public async Task Een_klacht_uit_het_klachtenregister_telt_in_j_en_gekoppeld_linkt_zij_naar_de_melding_OCO_4_7_j()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var voor = int.Parse((await JAsync(coordinator)).Waarde);

        var klacht = await IdAsync(await coordinator.PostAsJsonAsync("/api/klachten", new
        {
            ContractId = Contract, OntvangenDatum = "2026-11-09", Indiener = "Mevrouw K. Klaag", Omschrijving = "Niet teruggebeld na de melding.",
        }));
        var melding = await IdAsync(await begeleider.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = "Mevrouw K. Klaag", OntvangenDatum = "2026-11-02", OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo" },
        }));
        (await JAsync(coordinator)).Waarde.Should().Be((voor + 1).ToString(), "a complaint under the gemeente's own contract counts, linked or not");

        // Bad input: no complaint of the register, nothing saved.
        var fout = await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/klachten", new { KlachtId = Guid.NewGuid() });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("klachtenregister");

        (await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/klachten", new { KlachtId = klacht })).StatusCode.Should().Be(HttpStatusCode.OK);
        var j = await JAsync(coordinator);
        j.Waarde.Should().Be((voor + 1).ToString());
        j.Meldingen.Should().Contain(melding);
        // A complaint belongs to one melding.
        (await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/klachten", new { KlachtId = klacht })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var detail = await begeleider.GetFromJsonAsync<JsonElement>($"/api/clientondersteuning/meldingen/{melding}");
        detail.GetProperty("klachten").EnumerateArray().Select(k => k.GetProperty("id").GetGuid()).Should().Equal(klacht);
    }

    [Fact]
    public void De_demo_koppelt_klachten_uit_het_register_aan_meldingen()
    {
        factory.WithDb(db => db.Set<Domain.Clientondersteuning.MeldingKlacht>().Count()).Should().BeGreaterThan(0);
    }
}
