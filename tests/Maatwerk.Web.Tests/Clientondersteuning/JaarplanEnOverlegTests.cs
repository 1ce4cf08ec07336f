using System.Net;
using System.Text.Json;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>Lot 1's annual plan (OCO-P1-1.5a/b) and the minutes of the report meeting (OCO-4.8) as records whose steps
/// meet the profile's deadlines; today is Tuesday 10 November 2026.</summary>
public sealed class JaarplanEnOverlegTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Rij(Guid Id, string Regel, DateOnly Deadline, string Status, Guid? BewijsGebeurtenisId);

    private Guid Contract => factory.WithDb(db => db.Contracten.Single(c => c.ProfielId == "oco").Id);
    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    private async Task<List<Rij>> VerplichtingenAsync(HttpClient client) =>
        await client.GetAllPagesAsync<Rij>($"/api/verplichtingen?contract={Contract}&soort=rapportage");

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task<Dictionary<string, string[]>> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    [Fact]
    public async Task Jaarplan_ingediend_overleg_ingepland_en_vastgesteld_voldoen_OCO_P1_1_5a_en_b()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var voor = await VerplichtingenAsync(coordinator);
        // jaarbegin 2026 starts the three lot-1 deadlines of year 2026 (for the plan of 2027).
        voor.Single(v => v.Regel == "OCO-P1-1.5a").Deadline.Should().Be(new DateOnly(2026, 11, 1));
        voor.Single(v => v.Regel == "OCO-P1-1.5b-afspraak").Deadline.Should().Be(new DateOnly(2026, 11, 15));
        voor.Single(v => v.Regel == "OCO-P1-1.5b-vaststelling").Deadline.Should().Be(new DateOnly(2026, 12, 15));

        // Bad input: a plan for a year long gone, and without content.
        var fouten = await RefusedAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/jaarplannen", new { Jaar = 2024 }));
        fouten["Jaar"].Single().Should().Contain("OCO-P1-1.5a");
        fouten["Inhoud"].Single().Should().Contain("Inhoud");

        var id = await CreatedAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages/jaarplannen", new
        {
            Jaar = 2027, Inhoud = "Voortgang Ontwikkelagenda 2026: inloopspreekuren in Brielle en Hellevoetsluis. Acties 2027: training vrijwilligers.",
        }));
        // Adopted before any meeting was scheduled: refused at the field.
        fouten = await RefusedAsync(await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/vaststelling", new { Datum = "2026-11-10" }));
        fouten["Datum"].Single().Should().Be("Plan eerst het overleg over het jaarplan in (OCO-P1-1.5b).");
        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/afspraak", new { Datum = "2026-12-01" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await coordinator.PostAsJsonAsync($"/api/oco-rapportages/jaarplannen/{id}/vaststelling", new { Datum = "2026-11-10" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var na = await VerplichtingenAsync(coordinator);
        // Submitted on 10 November: met, but after 1 November (late, with its evidence).
        na.Single(v => v.Regel == "OCO-P1-1.5a").Should().Match<Rij>(v => v.Status == "TeLaat" && v.BewijsGebeurtenisId != null);
        na.Single(v => v.Regel == "OCO-P1-1.5b-afspraak").Status.Should().Be("Voldaan");
        na.Single(v => v.Regel == "OCO-P1-1.5b-vaststelling").Status.Should().Be("Voldaan");

        var contractmanager = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var plannen = await contractmanager.GetFromJsonAsync<List<JsonElement>>("/api/oco-rapportages/jaarplannen");
        plannen!.Single().GetProperty("status").GetString().Should().Be("Vastgesteld");
        (await contractmanager.PostAsJsonAsync("/api/oco-rapportages/jaarplannen", new { Jaar = 2027, Inhoud = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Overleg_over_de_rapportage_start_OCO_4_8_en_de_notulen_voldoen_binnen_14_dagen()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var rapportage = await CreatedAsync(await coordinator.PostAsJsonAsync("/api/oco-rapportages", new { GemeenteId = Voorne, Van = "2026-01-01", Tot = "2026-06-30" }));
        var pad = $"/api/oco-rapportages/{rapportage}/overleggen";

        // A meeting not yet held, and one before the report was submitted: refused at the field.
        (await RefusedAsync(await coordinator.PostAsJsonAsync(pad, new { Datum = "2026-11-12" })))["Datum"].Single().Should().Contain("niet in de toekomst");
        (await RefusedAsync(await coordinator.PostAsJsonAsync(pad, new { Datum = "2026-11-01" })))["Datum"].Single().Should().Contain("niet vóór de indiening");

        var overleg = await CreatedAsync(await coordinator.PostAsJsonAsync(pad, new { Datum = "2026-11-10" }));
        var open = (await VerplichtingenAsync(coordinator)).Where(v => v.Regel == "OCO-4.8").ToList();
        open.Should().ContainSingle(v => v.Status == "Open" && v.Deadline == new DateOnly(2026, 11, 24)); // meeting + 14 calendar days

        (await RefusedAsync(await coordinator.PostAsJsonAsync($"{pad}/{overleg}/notulen", new { Datum = "2026-11-10" })))["Tekst"].Should().NotBeEmpty();
        (await coordinator.PostAsJsonAsync($"{pad}/{overleg}/notulen", new { Datum = "2026-11-10", Tekst = "Besproken: wachttijden en bereik." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await VerplichtingenAsync(coordinator)).Where(v => v.Regel == "OCO-4.8").Should().ContainSingle().Which.Status.Should().Be("Voldaan");

        // The gemeente approves in writing: the minutes are adopted.
        var contractmanager = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await contractmanager.PostAsJsonAsync($"{pad}/{overleg}/goedkeuring", new { Datum = "2026-11-10" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var lijst = await contractmanager.GetFromJsonAsync<List<JsonElement>>(pad);
        lijst!.Single().GetProperty("status").GetString().Should().Be("Notulen vastgesteld");
    }
}
