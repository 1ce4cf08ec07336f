using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>The stored OCO invoice over HTTP (OCO-6.1a/c): the coordinator stores the specification as an invoice, a period
/// already invoiced for the gemeente is refused, submitting or removing from a stale version gives 409, a submitted invoice cannot be removed (400), submitting meets OCO-6.1c
/// (levering + 1 jaar) on the melding, and the gemeente's contractmanager sees the submitted invoices of its own gemeente
/// with melding numbers, never names; another gemeente's invoice is 404. Today is Tuesday 10 November 2026.</summary>
public sealed class OcoFactuurTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private sealed record Verplichting(string RegelId, DateOnly Deadline, string Status);
    private sealed record Detail(List<Verplichting> Verplichtingen);

    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode verwacht)
    {
        var tekst = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(verwacht, tekst);
        return JsonDocument.Parse(tekst).RootElement;
    }

    private static async Task<Verplichting> Oco61cAsync(HttpClient client, Guid melding) =>
        (await client.GetFromJsonAsync<Detail>($"/api/clientondersteuning/meldingen/{melding}", Json))!.Verplichtingen.Single(v => v.RegelId == "OCO-6.1c");

    [Fact]
    public async Task De_factuur_opslaan_indienen_en_de_contractmanager_ziet_haar()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var created = await begeleider.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = "Mevrouw T. Factuurtest", OntvangenDatum = "2025-11-18", OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo" },
        });
        var melding = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await JsonAsync(await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/contacten", new { Datum = "2025-11-20", Tijd = "10:00" }), HttpStatusCode.OK);

        // OCO-6.1c: the delivery of 20 November 2025 is not invoiced and becomes a year old on 20 November 2026: open, due soon.
        (await Oco61cAsync(coordinator, melding)).Should().Be(new Verplichting("OCO-6.1c", new DateOnly(2026, 11, 20), "Open"));

        // Store November 2025 for Voorne: opgesteld, the line names the melding by number.
        var periode = new { GemeenteId = Voorne, Van = "2025-11-01", Tot = "2025-11-30" };
        var id = (await JsonAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/facturen", periode), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var factuur = await JsonAsync(await coordinator.GetAsync($"/api/oco-rapportages/facturen/{id}"), HttpStatusCode.OK);
        factuur.GetProperty("status").GetString().Should().Be("Opgesteld");
        var nummer = factuur.GetProperty("nummer").GetString()!;
        nummer.Should().StartWith("OCO-2026-");
        var meldingnummer = melding.ToString("N")[..8].ToUpperInvariant();
        var regel = factuur.GetProperty("regels").EnumerateArray().Single(r => r.GetProperty("meldingnummer").GetString() == meldingnummer);
        regel.GetProperty("aantal").GetInt32().Should().Be(1);
        regel.GetProperty("contacten").GetArrayLength().Should().Be(1);

        // No double invoicing: an overlapping period for the same gemeente is refused at the field, nothing stored.
        var dubbel = await JsonAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/facturen", new { GemeenteId = Voorne, Van = "2025-11-15", Tot = "2025-12-15" }),
            HttpStatusCode.BadRequest);
        dubbel.GetProperty("errors").GetProperty("Van")[0].GetString().Should().Contain("al gefactureerd").And.Contain(nummer);
        factory.WithDb(db => db.Set<Domain.Clientondersteuning.OcoFactuur>().Count(f => f.GemeenteId == Voorne && f.Van.Year == 2025)).Should().Be(1);

        // The gemeente does not see an invoice that is only drafted.
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.GetAsync($"/api/oco-rapportages/facturen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Submitting from a stale version: 409, still opgesteld; from the version seen: ingediend; a second time refused.
        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/facturen/{id}/indienen", new { Versie = Guid.NewGuid() })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Oco61cAsync(coordinator, melding)).Status.Should().Be("Open");
        (await coordinator.DeleteAsync($"/api/oco-rapportages/facturen/{id}?versie={Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.Conflict);
        await JsonAsync(await coordinator.PostAsJsonAsync($"/api/oco-rapportages/facturen/{id}/indienen", new { Versie = factuur.GetProperty("versie").GetGuid() }), HttpStatusCode.OK);
        // A submitted invoice is never removed: 400 with the message at Status.
        (await JsonAsync(await coordinator.DeleteAsync($"/api/oco-rapportages/facturen/{id}"), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("Status")[0].GetString().Should().Contain("kan niet meer worden verwijderd");
        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/facturen/{id}/indienen", new { Versie = (Guid?)null })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Oco61cAsync(coordinator, melding)).Status.Should().Be("Voldaan", "the invoice with this melding was submitted within a year of the delivery");

        // The contractmanager of Voorne sees it: numbers, never the resident's name.
        var lijst = await gemeente.GetStringAsync("/api/oco-rapportages/facturen");
        lijst.Should().Contain(nummer).And.Contain(meldingnummer).And.NotContain("Factuurtest");
        (await JsonAsync(await gemeente.GetAsync($"/api/oco-rapportages/facturen/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("Ingediend");

        // Another gemeente: 404 and not in its list; an OCO worker has no access to invoices.
        var deventer = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await deventer.GetAsync($"/api/oco-rapportages/facturen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.GetStringAsync("/api/oco-rapportages/facturen")).Should().NotContain(nummer);
        (await begeleider.GetAsync("/api/oco-rapportages/facturen")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await deventer.PostAsJsonAsync($"/api/oco-rapportages/facturen/{id}/indienen", new { Versie = (Guid?)null })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gemeente.DeleteAsync($"/api/oco-rapportages/facturen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
