using System.Net;
using System.Text.Json;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>The aanbieder's declaration terms as obligations, end to end: the gemeente's WMO325 with a rejected line starts
/// DEV-Art8.7 (Deventer MR-24: resubmit within 30 days) and DEV-Art8.8b (MR-25b: corrections on year Y by 1 February
/// Y+1) about that declaration; sending the correction, or "niet opnieuw indienen" with a reason, meets both; a correction
/// of a line of a year whose window closed is refused naming the clause (MR-25c).</summary>
public sealed class DeclaratietermijnTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Task<(Guid Declaratie, Prestatie Regel)> RejectedAsync(int client, DateOnly ingang, DateOnly maand, params string[] dagen) =>
        factory.RejectedAsync(client, ingang, maand, dagen);

    private VastgelegdeVerplichting Verplichting(string regel, Guid declaratie) =>
        factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == regel && v.OnderwerpSoort == "declaratie" && v.OnderwerpId == declaratie));

    [Fact]
    public async Task DEV_Art8_7_and_8_8b_a_rejected_line_starts_both_terms_and_sending_its_correction_meets_them()
    {
        var (declaratie, regel) = await RejectedAsync(0, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1), "2026-10-06", "2026-10-13");
        regel.Status.Should().Be(PrestatieStatus.Afgewezen);

        // MR-24: 30 calendar days after the 325 (received today, 10 November 2026); MR-25b: the line is of 2026, so 1 February 2027.
        var herindienen = Verplichting("MR-24", declaratie);
        (herindienen.Status, herindienen.Deadline, herindienen.Bron).Should().Be((VerplichtingStatus.Open, new DateOnly(2026, 12, 10), "DEV-Art8.7"));
        var venster = Verplichting("MR-25b", declaratie);
        (venster.Status, venster.Deadline, venster.Bron).Should().Be((VerplichtingStatus.Open, new DateOnly(2027, 2, 1), "DEV-Art8.8b"));

        // The provider sees the term on the Verplichtingen page with its clause, like every other.
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        System.Net.WebUtility.HtmlDecode(await administratie.GetStringAsync("/Verplichtingen?soort=declaratie&status=Open&grootte=100")).Should().Contain("Afgekeurde regels binnen 30 dagen");

        // The same 325 processed again registers nothing twice.
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.OnderwerpId == declaratie && g.Soort == "retour-ontvangen")).Should().Be(1);

        // Declaring it again is not enough: the term is met when the correction is sent.
        (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/opnieuw", new { })).StatusCode.Should().Be(HttpStatusCode.Created);
        Verplichting("MR-24", declaratie).Status.Should().Be(VerplichtingStatus.Open);
        var correctie = await administratie.PostAsJsonAsync("/api/declaraties/correcties", new { GemeenteId = factory.Gemeente("0150") });
        correctie.StatusCode.Should().Be(HttpStatusCode.Created, await correctie.Content.ReadAsStringAsync());
        Verplichting("MR-24", declaratie).Status.Should().Be(VerplichtingStatus.Voldaan);
        Verplichting("MR-25b", declaratie).Status.Should().Be(VerplichtingStatus.Voldaan);
    }

    [Fact]
    public async Task DEV_Art8_7_niet_opnieuw_indienen_needs_a_reason_takes_the_line_off_the_worklist_and_meets_the_term()
    {
        var (declaratie, regel) = await RejectedAsync(1, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), "2026-09-08");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var zonder = await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/niet-opnieuw", new { Reden = " " });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("Reden is verplicht").And.Contain("DEV-Art8.7");
        Verplichting("MR-24", declaratie).Status.Should().Be(VerplichtingStatus.Open);

        // Through the worklist page: the form posts the reason.
        var pagina = await administratie.GetStringAsync("/Declaraties/Afgewezen");
        pagina.Should().Contain(regel.ReferentieNummer).And.Contain("Niet opnieuw indienen");
        var post = await administratie.PostFormAsync("/Declaraties/Afgewezen?handler=NietOpnieuw",
            new Dictionary<string, string> { ["Referentie"] = regel.ReferentieNummer, ["Reden"] = "De afspraak van 8 september ging niet door; er was geen zorg." }, "/Declaraties/Afgewezen");
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());

        Verplichting("MR-24", declaratie).Status.Should().Be(VerplichtingStatus.Voldaan);
        var opgeslagen = factory.WithDb(db => db.Set<Prestatie>().Single(p => p.Id == regel.Id));
        (opgeslagen.NietOpnieuwReden, opgeslagen.NietOpnieuwDoor).Should().Be(("De afspraak van 8 september ging niet door; er was geen zorg.", "administratie@delinde.demo"));
        (await administratie.GetStringAsync("/Declaraties/Afgewezen")).Should().Contain("wordt niet opnieuw ingediend").And.NotContain($"data-referentie=\"{regel.ReferentieNummer}\"");
        (await administratie.GetFromJsonAsync<List<JsonElement>>("/api/declaraties/afgewezen"))!.Should().NotContain(w => w.ToString().Contains(regel.ReferentieNummer));
        (await (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/opnieuw", new { })).Content.ReadAsStringAsync())
            .Should().Contain("niet opnieuw wordt ingediend");
        // Another aanbieder's administratie cannot decide on it.
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/niet-opnieuw", new { Reden = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DEV_Art8_8b_a_correction_of_a_line_of_2025_is_refused_after_1_February_2026_naming_the_clause()
    {
        // October 2025 declared and rejected now (10 November 2026): the last correction window of 2025 closed on 1 February 2026.
        var (declaratie, regel) = await RejectedAsync(2, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 1), "2025-10-07");
        Verplichting("MR-25b", declaratie).Should().Match<VastgelegdeVerplichting>(v => v.Deadline == new DateOnly(2026, 2, 1) && v.Status == VerplichtingStatus.TeLaat);

        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var opnieuw = await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regel.ReferentieNummer}/opnieuw", new { });
        opnieuw.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await opnieuw.Content.ReadAsStringAsync()).Should().Contain("boekjaar 2025").And.Contain("01-02-2026").And.Contain("DEV-Art8.8b");
        var pagina = await administratie.PostFormAsync("/Declaraties/Afgewezen?handler=Opnieuw",
            new Dictionary<string, string> { ["Referentie"] = regel.ReferentieNummer }, "/Declaraties/Afgewezen");
        System.Net.WebUtility.HtmlDecode(await pagina.Content.ReadAsStringAsync()).Should().Contain("Het correctievenster is gesloten");
        factory.WithDb(db => db.Set<Prestatie>().Count(p => p.CorrectieVan == regel.Id)).Should().Be(0, "nothing is saved");
    }
}
