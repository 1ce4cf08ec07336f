using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>Optimistic concurrency on the melding forms: each form carries the version of the melding the worker started
/// from; once a colleague saved in between, the stale post is refused (409 in the API, a Dutch message on the page) and
/// nothing is saved. Today is Tuesday 10 November 2026.</summary>
public sealed class MeldingVersieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    [Fact]
    public async Task Een_verouderd_formulier_van_de_melding_geeft_een_conflict_en_slaat_niets_op()
    {
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var created = await begeleider.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = "Mevrouw V. Versie", OntvangenDatum = "2026-11-09", OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo" },
        });
        var id = (await created.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        async Task<JsonElement> DetailAsync() => await begeleider.GetFromJsonAsync<JsonElement>($"/api/clientondersteuning/meldingen/{id}");
        var versie = (await DetailAsync()).GetProperty("melding").GetProperty("versie").GetGuid();

        (await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/contacten", new { Datum = "2026-11-10", Tijd = "08:00", Versie = versie }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var oud = await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{id}/verwijzingen", new { Naar = "Wijkteam", Datum = "2026-11-10", Versie = versie });
        oud.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await oud.Content.ReadAsStringAsync()).Should().Contain("Iemand anders heeft dit gegeven intussen gewijzigd");

        var formulier = await begeleider.PostFormAsync($"/Clientondersteuning/Melding?id={id}&handler=Hulp", new Dictionary<string, string>
        {
            ["Hulp.Datum"] = "2026-11-10", ["Hulp.Versie"] = versie.ToString(),
        });
        formulier.StatusCode.Should().Be(HttpStatusCode.OK);
        (await formulier.Content.ReadAsStringAsync()).Should().Contain("Iemand anders heeft dit gegeven intussen gewijzigd");

        var detail = await DetailAsync();
        detail.GetProperty("verwijzingen").GetArrayLength().Should().Be(0);
        detail.GetProperty("melding").GetProperty("hulpVerkregenOp").ValueKind.Should().Be(JsonValueKind.Null);
        detail.GetProperty("contacten").GetArrayLength().Should().Be(1, "the first save is kept");
    }
}
