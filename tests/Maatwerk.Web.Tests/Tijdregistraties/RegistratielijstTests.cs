using System.Net;
using System.Text.Json;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Tijdregistraties.TijdTestData;

namespace Maatwerk.Web.Tests.Tijdregistraties;

/// <summary>DEV-Eis3-REG (MR-10): the 4-weekly registration list per toewijzing, its PDF, and signing it, which meets the
/// contract's obligation through the engine.</summary>
public sealed class RegistratielijstTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Periode(int Nummer, DateOnly Van, DateOnly Tot, int Minuten, int Regels, JsonElement? Ondertekening, bool GewijzigdNaOndertekening);
    private sealed record LijstRegel(DateOnly Datum, TimeOnly Begintijd, int Minuten, string Medewerker);
    private sealed record Lijst(string ToewijzingNummer, string Client, string? Bron, Periode Periode, List<LijstRegel> Regels, List<Periode> Periodes);
    private sealed record Verplichting(string Regel, string Bron, DateOnly Deadline, string Status, Guid GebeurtenisId, Guid? BewijsGebeurtenisId);

    private async Task RegistreerAsync(HttpClient client, Guid toewijzing, DateOnly datum, string begin, int minuten, string soort = "Direct")
    {
        var r = await client.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, Datum = D(datum), Begintijd = begin, Minuten = minuten, Soort = soort } } });
        r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
    }

    private async Task<List<Verplichting>> Mr10Async(HttpClient client, Guid toewijzing) =>
        (await client.GetAllPagesAsync<Verplichting>($"/api/verplichtingen?toewijzing={toewijzing}")).Where(v => v.Regel == "MR-10").ToList();

    [Fact]
    public async Task The_list_holds_the_direct_time_per_28_days_from_the_start_and_prints_as_pdf()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(0, startOp: 40);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var start = factory.Vandaag.AddDays(-40);
        await RegistreerAsync(begeleider, toewijzing, start.AddDays(1), "09:00", 60);
        await RegistreerAsync(begeleider, toewijzing, start.AddDays(27), "14:00", 45);
        await RegistreerAsync(begeleider, toewijzing, start.AddDays(27), "15:00", 30, "Indirect"); // not on the list
        await RegistreerAsync(begeleider, toewijzing, start.AddDays(28), "10:00", 90);               // period 2

        var lijst = (await begeleider.GetFromJsonAsync<Lijst>($"/api/tijd/registratielijst/{toewijzing}?periode=1"))!;
        lijst.Periode.Should().Be(new Periode(1, start, start.AddDays(27), 105, 2, null, false));
        lijst.Regels.Select(r => (r.Datum, r.Minuten)).Should().Equal((start.AddDays(1), 60), (start.AddDays(27), 45));
        lijst.Regels.Should().OnlyContain(r => r.Medewerker == "Thomas Jansen");
        lijst.Bron.Should().Be("DEV-Eis3-REG");
        lijst.Periodes.Select(p => p.Nummer).Should().Equal(1, 2);
        lijst.Periodes[1].Van.Should().Be(start.AddDays(28));
        lijst.Periodes[1].Minuten.Should().Be(90);

        var pagina = await begeleider.GetStringAsync($"/Tijdregistraties/Registratielijst/{toewijzing}?Periode=1");
        pagina.Should().Contain("data-testid=\"lijstregel\"").And.Contain("105 minuten").And.Contain("Ondertekening vastleggen").And.Contain("DEV-Eis3-REG");
        (await begeleider.GetStringAsync("/Tijdregistraties")).Should().Contain($"/Tijdregistraties/Registratielijst/{toewijzing}");

        foreach (var url in new[] { $"/api/tijd/registratielijst/{toewijzing}/1/pdf", $"/Tijdregistraties/Registratielijst/{toewijzing}?handler=Pdf&Periode=1" })
        {
            var pdf = await begeleider.GetAsync(url);
            pdf.StatusCode.Should().Be(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
            var tekst = PdfTexts.Read(await pdf.Content.ReadAsByteArrayAsync());
            tekst.Should().Contain("Registratielijst directe ondersteuning").And.Contain(lijst.Client).And.Contain($"Periode")
                .And.Contain(start.AddDays(1).ToString("dd-MM-yyyy")).And.Contain(start.AddDays(27).ToString("dd-MM-yyyy"))
                .And.Contain("09:00–10:00").And.Contain("14:00–14:45").And.Contain("Thomas Jansen").And.Contain("Totaal: 105 minuten")
                .And.Contain("Handtekening");
            tekst.Should().NotContain(start.AddDays(28).ToString("dd-MM-yyyy"), "de registratie van periode 2 staat niet op de lijst van periode 1");
            tekst.Should().NotContain("15:00–15:30", "indirecte tijd staat niet op de lijst");
        }

        var ander = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await ander.GetAsync($"/api/tijd/registratielijst/{toewijzing}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ander.GetAsync($"/api/tijd/registratielijst/{toewijzing}/1/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await begeleider.GetAsync($"/api/tijd/registratielijst/{toewijzing}?periode=3")).StatusCode.Should().Be(HttpStatusCode.NotFound, "periode 3 begint pas over 16 dagen");
    }

    [Fact]
    public async Task Signing_the_list_meets_the_MR10_obligation_and_starts_the_next_term()
    {
        // Started 28 days ago: period 1 ended yesterday, the MR-10 term (28 calendar days from the start) ends today.
        var toewijzing = await factory.GestarteToewijzingAsync(1, startOp: 28);
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        await RegistreerAsync(begeleider, toewijzing, factory.Vandaag.AddDays(-20), "11:00", 60);

        var voor = await Mr10Async(administratie, toewijzing);
        voor.Should().ContainSingle().Which.Status.Should().Be("Open");
        voor[0].Deadline.Should().Be(factory.Vandaag);
        voor[0].Bron.Should().Be("DEV-Eis3-REG");

        // Refused with the field and the rule: a date before the end of the period, and no name.
        var fout = await administratie.PostAsJsonAsync($"/api/tijd/registratielijst/{toewijzing}/1/ondertekening",
            new { Door = "Client", Naam = "", Datum = D(factory.Vandaag.AddDays(-5)), Wijze = "OpPapier" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Naam").And.Contain("Datum").And.Contain("laatste dag van de periode");
        (await Mr10Async(administratie, toewijzing)).Single().Status.Should().Be("Open");

        // The begeleider records on the page that the representative signed on paper today.
        var post = await begeleider.PostFormAsync($"/Tijdregistraties/Registratielijst/{toewijzing}", new Dictionary<string, string>
        {
            ["Periode"] = "1", ["Invoer.Door"] = "Vertegenwoordiger", ["Invoer.Naam"] = "M. de Vries", ["Invoer.Datum"] = D(factory.Vandaag), ["Invoer.Wijze"] = "OpPapier",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());

        var na = await Mr10Async(administratie, toewijzing);
        var eerste = na.Single(v => v.GebeurtenisId == voor[0].GebeurtenisId);
        eerste.Status.Should().Be("Voldaan", "de getekende lijst voldoet aan MR-10 (DEV-Eis3-REG)");
        eerste.BewijsGebeurtenisId.Should().NotBeNull();
        var volgende = na.Single(v => v.GebeurtenisId == eerste.BewijsGebeurtenisId);
        (volgende.Status, volgende.Deadline).Should().Be(("Open", factory.Vandaag.AddDays(28)), "de volgende lijst is 28 dagen na deze ondertekening nodig");

        var lijst = (await begeleider.GetFromJsonAsync<Lijst>($"/api/tijd/registratielijst/{toewijzing}?periode=1"))!;
        var o = lijst.Periode.Ondertekening!.Value;
        (o.GetProperty("door").GetString(), o.GetProperty("naam").GetString(), o.GetProperty("wijze").GetString(), o.GetProperty("minuten").GetInt32())
            .Should().Be(("Vertegenwoordiger", "M. de Vries", "OpPapier", 60));
        (await begeleider.GetStringAsync($"/Tijdregistraties/Registratielijst/{toewijzing}?Periode=1")).Should().Contain("data-testid=\"getekend\"").And.Contain("M. de Vries");
        PdfTexts.Read(await begeleider.GetByteArrayAsync($"/api/tijd/registratielijst/{toewijzing}/1/pdf")).Should().Contain("M. de Vries").And.NotContain("Handtekening");

        var nogmaals = await administratie.PostAsJsonAsync($"/api/tijd/registratielijst/{toewijzing}/1/ondertekening",
            new { Door = "Client", Naam = "Iemand", Datum = D(factory.Vandaag), Wijze = "Digitaal" });
        nogmaals.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await nogmaals.Content.ReadAsStringAsync()).Should().Contain("al getekend");
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ToewijzingId == toewijzing && g.Soort == "registratielijst-getekend")).Should().Be(1);
    }
}
