using System.Net;
using System.Text.Json;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Tests.Declaraties;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>DEV-Art8.8b "tenzij" end to end: after 1 February 2026 a correction of a 2025 line is refused (MR-25c) until the
/// gemeente records a decision allowing it (who, when, why); then the aanbieder can correct, a correction on the closed year
/// needs a motivation, and the gemeente accepts it at receipt instead of 0233. The received correction registers
/// correctie-ingediend, the evidence of the MR-25a term on the Verplichtingen page.</summary>
public sealed class CorrectietoestemmingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task DEV_Art8_8b_tenzij_the_gemeente_allows_a_correction_for_2025_after_1_February_and_it_is_accepted_at_receipt()
    {
        var (_, regel) = await factory.RejectedAsync(3, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 1), "2025-10-07");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/opnieuw", new { })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The gemeente closes 2025 (DEV-Art8.8a) and allows De Linde's corrections on it: a reason is required.
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var linde = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/jaarafsluitingen", new { Jaar = 2025 })).StatusCode.Should().Be(HttpStatusCode.Created);
        var zonder = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/correctietoestemmingen", new { AanbiederId = linde, Jaar = 2025, Reden = "" });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("tenzij");
        const string reden = "Herziene beschikkingen 2025 pas in oktober 2026 verstuurd; correcties alsnog in behandeling.";
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/correctietoestemmingen", new { AanbiederId = linde, Jaar = 2025, Reden = reden }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var besluit = (await beoordelaar.GetFromJsonAsync<List<JsonElement>>("/api/declaratiebeoordeling/besluiten"))!
            .Single(b => b.GetProperty("soort").GetString() == "correctietoestemming");
        (besluit.GetProperty("jaar").GetInt32(), besluit.GetProperty("bron").GetString(), besluit.GetProperty("door").GetString(), besluit.GetProperty("reden").GetString())
            .Should().Be((2025, "DEV-Art8.8b", "declaraties@deventer.demo", reden));
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling/Besluiten")).Should().Contain("correctietoestemming 2025");

        // Now the aanbieder can correct; on the closed year the correction needs a motivation (DEV-Art8.8b "met motivering").
        (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/opnieuw", new { })).StatusCode.Should().Be(HttpStatusCode.Created);
        var deventer = factory.Gemeente("0150");
        var ongemotiveerd = await administratie.PostAsJsonAsync("/api/declaraties/correcties", new { GemeenteId = deventer });
        ongemotiveerd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ongemotiveerd.Content.ReadAsStringAsync()).Should().Contain("Motivering").And.Contain("DEV-Art8.8b");
        const string motivering = "Tarief van oktober 2025 was fout ingevoerd; regel opnieuw met het contracttarief.";
        var verzonden = await administratie.PostAsJsonAsync("/api/declaraties/correcties", new { GemeenteId = deventer, Motivering = motivering });
        verzonden.StatusCode.Should().Be(HttpStatusCode.Created, await verzonden.Content.ReadAsStringAsync());

        // The gemeente receives it with the motivation; the 2025 line is not refused (0233) but accepted for assessment.
        var id = factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Motivering == motivering).Id);
        var details = await beoordelaar.GetFromJsonAsync<JsonElement>($"/api/declaratiebeoordeling/{id}");
        details.GetProperty("motivering").GetString().Should().Be(motivering);
        var ontvangen = details.GetProperty("regels").EnumerateArray().Single();
        ontvangen.GetProperty("beoordeling").GetString().Should().NotBe("Afgewezen");
        var check = ontvangen.GetProperty("controles").EnumerateArray().Single(c => c.GetProperty("regel").GetString() == "DEV-Art8.8b");
        check.GetProperty("uitkomst").GetString().Should().Be("goed");
        check.GetProperty("melding").GetString().Should().Contain("toegestaan");

        // MR-25 (DEV-Art8.8b): the received correction is registered and is the evidence of the correction term.
        var contract = factory.WithDb(db => db.Contracten.Single(c => c.AanbiederId == linde && c.OpdrachtgeverId == deventer).Id);
        var gebeurtenis = factory.WithDb(db => db.Gebeurtenissen.Single(g => g.ContractId == contract && g.Soort == "correctie-ingediend"));
        gebeurtenis.Toelichting.Should().Contain(motivering);
        factory.WithDb(db => db.Verplichtingen.Where(v => v.ContractId == contract && v.RegelId == "MR-25a").ToList())
            .Should().Contain(v => v.BewijsGebeurtenisId == gebeurtenis.Id && v.Status != VerplichtingStatus.Open);
    }
}
