using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>The gemeente's checks beyond the toewijzing over HTTP: TR318 against the previous 323, a line more than 3
/// months after its period (DEV-Art8.13) for the beoordelaar, and the € 15 penalty per line in the ledger (DEV-Art8.8c).</summary>
public sealed class ContractcontroleTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Besluit(Guid Id, string Soort, string Aanbieder, string? DeclaratieNummer, int? Regels, long Bedrag, string Bron, bool Open);

    [Fact]
    public async Task TR318_DEV_Art8_13_and_the_DEV_Art8_8c_penalty_ledger()
    {
        var nummer = await BeoordelingFlow.ToewijzingAsync(factory, 1, new DateOnly(2026, 6, 1), "2026-06-16", "2026-10-14");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");

        // October first; then a 323 over June: its DeclaratiePeriode lies before October (TR318, 8214).
        var oktober = await BeoordelingFlow.ReceiveAsync(factory, beoordelaar, "2026-10-01");
        oktober.Regels.Single(r => r.ToewijzingNummer == nummer).Controles.Single(c => c.Regel == "TR318").Uitkomst.Should().Be("goed");
        var juni = await BeoordelingFlow.ReceiveAsync(factory, beoordelaar, "2026-06-01");
        var regel = juni.Regels.Single(r => r.ToewijzingNummer == nummer);
        var tr318 = regel.Controles.Single(c => c.Regel == "TR318");
        (tr318.Uitkomst, tr318.Retourcode).Should().Be(("afwijzen", "8214"));

        // June, received 10 November: more than 3 months after the period (30 September) — the beoordelaar decides (AMB-16).
        var laat = regel.Controles.Single(c => c.Regel == "DEV-Art8.13");
        laat.Uitkomst.Should().Be("handmatig");
        laat.Melding.Should().Contain("30-09-2026");
        (await beoordelaar.GetStringAsync($"/Declaratiebeoordeling/Details/{juni.Id}")).Should().Contain("DEV-Art8.13").And.Contain("Boete opleggen");

        // The penalty: only with a reason; then € 15 × every line of the late declaration, in the ledger, open.
        var zonder = await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "" });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("AMB-19");
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Derde keer dit jaar te laat, eigen administratie." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Nog eens voor dezelfde declaratie." }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var besluiten = (await beoordelaar.GetFromJsonAsync<List<Besluit>>("/api/declaratiebeoordeling/besluiten"))!;
        var boete = besluiten.Single(b => b.DeclaratieNummer == juni.DeclaratieNummer);
        (boete.Soort, boete.Bron, boete.Open).Should().Be(("boete", "DEV-Art8.8c", true));
        boete.Bedrag.Should().Be(1500L * juni.Regels.Count);
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling/Besluiten")).Should().Contain("DEV-Art8.8c").And.Contain(boete.Aanbieder);

        // The aanbieder cannot record decisions.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Herhaald en toerekenbaar te laat." })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private sealed record Beoordeeld(Guid Id, string ToewijzingNummer, string Beoordeling, string? Retourcode, string? Toelichting, string Status);
    private sealed record Met(Guid Id, List<Beoordeeld> Regels);

    [Fact]
    public async Task DEV_Art8_8a_b_after_closing_a_year_a_line_for_it_after_1_February_is_rejected_at_receipt()
    {
        var nummer = await BeoordelingFlow.ToewijzingAsync(factory, 4, new DateOnly(2025, 12, 1), "2025-12-09");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var lopend = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/jaarafsluitingen", new { Jaar = 2026 });
        lopend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await lopend.Content.ReadAsStringAsync()).Should().Contain("DEV-Art8.8a");
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/jaarafsluitingen", new { Jaar = 2025, Toelichting = "Verificatie 2025 afgerond." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/jaarafsluitingen", new { Jaar = 2025 })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling/Besluiten")).Should().Contain("Verificatie 2025 afgerond.");

        // Received 10 November 2026, after 1 February 2026: rejected at once with 0233 and the clause.
        var december = await BeoordelingFlow.ReceiveAsync(factory, beoordelaar, "2025-12-01");
        var regel = (await beoordelaar.GetFromJsonAsync<Met>($"/api/declaratiebeoordeling/{december.Id}"))!.Regels.Single(r => r.ToewijzingNummer == nummer);
        (regel.Beoordeling, regel.Retourcode).Should().Be(("Afgewezen", "0233"));
        regel.Toelichting.Should().Contain("afgesloten").And.Contain("DEV-Art8.8b").And.Contain("01-02-2026");
        december.Regels.Single(r => r.ToewijzingNummer == nummer).Controles.Single(c => c.Regel == "DEV-Art8.8b").Uitkomst.Should().Be("afwijzen");
    }
}
