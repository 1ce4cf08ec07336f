using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>The OCO invoice to a gemeente (OCO-6.1a/c) over HTTP: built from the registered contacts, each line linked to
/// its contacts; support more than a year old left out naming OCO-6.1c; the specification page and its PDF for the
/// coordinator only. Today is Tuesday 10 November 2026.</summary>
public sealed class FactuurTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var tekst = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, tekst);
        return JsonDocument.Parse(tekst).RootElement;
    }

    [Fact]
    public async Task OCO_6_1a_en_6_1c_de_factuur_komt_uit_geregistreerde_contacten_en_laat_ondersteuning_ouder_dan_een_jaar_weg()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var created = await begeleider.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = "De heer F. Oud", OntvangenDatum = "2025-11-03", OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo" },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var melding = (await created.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        foreach (var datum in new[] { "2025-11-04", "2025-11-18" })
            await OkAsync(await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/contacten", new { Datum = datum, Tijd = "10:00" }));

        var f = await OkAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/factuur", new { GemeenteId = Voorne, Van = "2025-11-01", Tot = "2025-11-30" }));
        var regel = f.GetProperty("regels").EnumerateArray().Single(r => r.GetProperty("meldingId").GetGuid() == melding);
        regel.GetProperty("aantal").GetInt32().Should().Be(1, "the contact of 18 November 2025 is within a year");
        regel.GetProperty("contacten").GetArrayLength().Should().Be(1);
        var geweigerd = f.GetProperty("geweigerd").EnumerateArray().Single(g => g.GetProperty("meldingId").GetGuid() == melding);
        geweigerd.GetProperty("datum").GetString().Should().Be("2025-11-04");
        geweigerd.GetProperty("reden").GetString().Should().Contain("OCO-6.1c");

        // October 2026 from the demo: every line has contacts beneath it (OCO-6.1a).
        var oktober = await OkAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/factuur", new { GemeenteId = Voorne, Van = "2026-10-01", Tot = "2026-10-31" }));
        oktober.GetProperty("regels").GetArrayLength().Should().BeGreaterThan(0);
        oktober.GetProperty("regels").EnumerateArray().Should().OnlyContain(r => r.GetProperty("aantal").GetInt32() > 0 && r.GetProperty("contacten").GetArrayLength() == r.GetProperty("aantal").GetInt32());

        // Bad input: a period that ends before it begins, nothing built.
        var fout = await coordinator.PostAsJsonAsync("/api/oco-rapportages/factuur", new { GemeenteId = Voorne, Van = "2026-10-31", Tot = "2026-10-01" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Het einde van de factuurperiode ligt niet vóór het begin.");

        // The specification page and its PDF; the resident's name is not on it.
        var pagina = await coordinator.GetStringAsync($"/Clientondersteuning/Rapportages/Factuur?Invoer.GemeenteId={Voorne}&Invoer.Van=2025-11-01&Invoer.Tot=2025-11-30");
        pagina.Should().Contain("data-testid=\"factuurregel\"").And.Contain("OCO-6.1c").And.NotContain("F. Oud");
        var pdf = await coordinator.GetAsync($"/Clientondersteuning/Rapportages/Factuur?handler=Pdf&Invoer.GemeenteId={Voorne}&Invoer.Van=2026-10-01&Invoer.Tot=2026-10-31");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
    }

    [Fact]
    public async Task Alleen_de_coordinator_stelt_de_factuur_op()
    {
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.PostAsJsonAsync("/api/oco-rapportages/factuur", new { GemeenteId = Voorne, Van = "2026-10-01", Tot = "2026-10-31" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await gemeente.GetAsync("/Clientondersteuning/Rapportages/Factuur")).Headers.Location?.ToString().Should().Contain("/Account/GeenToegang");
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        (await begeleider.GetAsync("/Clientondersteuning/Rapportages/Factuur")).Headers.Location?.ToString().Should().Contain("/Account/GeenToegang");
    }
}
