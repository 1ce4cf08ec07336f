using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>The payment batch with suspension (DEV-Art8.9) and set-off (DEV-Art8.11) as recorded decisions, and the
/// payment specification per aanbieder per batch (PDF, Excel) and the CSV per batch for the financial system.</summary>
public sealed class BetaalbatchTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Batch(Guid BatchId, Guid AanbiederId, string Aanbieder, int Declaraties, long Bruto, long Verrekend, long Netto);
    private sealed record Regel(string Soort, string Omschrijving, string? DeclaratieNummer, string? Bron, long Bedrag);
    private sealed record Specificatie(Guid BatchId, string Aanbieder, string? Agb, List<Regel> Regels, long Bruto, long Verrekend, long Netto);
    private sealed record Uitkomst(Guid BatchId, int Declaraties, long Bedrag, long Verrekend, long Netto);

    private Guid Linde => factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);

    [Fact]
    public async Task DEV_Art8_9_suspension_holds_the_batch_DEV_Art8_11_set_off_reduces_it_and_both_sides_see_the_specification()
    {
        await BeoordelingFlow.ToewijzingAsync(factory, 3, new DateOnly(2026, 10, 1), "2026-10-06", "2026-10-07");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var oktober = await BeoordelingFlow.AnswerAsync(beoordelaar, await BeoordelingFlow.ReceiveAsync(factory, beoordelaar, "2026-10-01"));

        // Set-off (DEV-Art8.11): an amount with a reason.
        var zonderBedrag = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/besluiten", new { Soort = "verrekening", AanbiederId = Linde, Reden = "Te veel betaald in september." });
        zonderBedrag.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderBedrag.Content.ReadAsStringAsync()).Should().Contain("Bedrag");
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/besluiten", new { Soort = "verrekening", AanbiederId = Linde, Bedrag = 10.50m, Reden = "Te veel betaald in september (dubbele regel)." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        // Suspension (DEV-Art8.9): the aanbieder's lines stay out of the batch, and the page says why.
        var opschorting = await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/besluiten", new { Soort = "opschorting", AanbiederId = Linde, Reden = "Geen VOG-overzicht na herhaalde aanmaning." });
        opschorting.StatusCode.Should().Be(HttpStatusCode.Created);
        var opschortingId = (await opschorting.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling")).Should().Contain("opgeschort").And.Contain("DEV-Art8.9").And.Contain("Geen VOG-overzicht");
        var aangehouden = await beoordelaar.PostAsync("/api/declaratiebeoordeling/betaalbatch", null);
        aangehouden.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await aangehouden.Content.ReadAsStringAsync()).Should().Contain("opschorting (DEV-Art8.9)");
        (await beoordelaar.GetFromJsonAsync<BeoordelingFlow.Details>($"/api/declaratiebeoordeling/{oktober.Id}"))!.Regels.Should().OnlyContain(r => r.Status == "goedgekeurd");

        // Lifted: the batch pays, less the set-off, with a line on the specification.
        (await beoordelaar.PostAsync($"/api/declaratiebeoordeling/besluiten/{opschortingId}/opheffen", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var betaling = await beoordelaar.PostAsync("/api/declaratiebeoordeling/betaalbatch", null);
        betaling.StatusCode.Should().Be(HttpStatusCode.OK, await betaling.Content.ReadAsStringAsync());
        var uitkomst = (await betaling.Content.ReadFromJsonAsync<Uitkomst>())!;
        uitkomst.Verrekend.Should().Be(-1050);
        uitkomst.Netto.Should().Be(uitkomst.Bedrag - 1050);
        var batch = (await beoordelaar.GetFromJsonAsync<List<Batch>>("/api/declaratiebeoordeling/betalingen"))!.Single(b => b.BatchId == uitkomst.BatchId && b.AanbiederId == Linde);
        (batch.Bruto, batch.Verrekend).Should().Be((oktober.TotaalToegekend!.Value, -1050L));
        var spec = (await beoordelaar.GetFromJsonAsync<Specificatie>($"/api/declaratiebeoordeling/betalingen/{batch.BatchId}/{Linde}"))!;
        spec.Regels.Should().Contain(r => r.Soort == "declaratie" && r.DeclaratieNummer == oktober.DeclaratieNummer && r.Bedrag == oktober.TotaalToegekend);
        spec.Regels.Should().Contain(r => r.Soort == "verrekening" && r.Bron == "DEV-Art8.11" && r.Bedrag == -1050);
        spec.Netto.Should().Be(batch.Netto);

        // Exports: PDF and Excel per aanbieder, the CSV per batch with the amounts in euros with a dot.
        var pdf = await beoordelaar.GetByteArrayAsync($"/api/declaratiebeoordeling/betalingen/{batch.BatchId}/{Linde}/pdf");
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
        System.Text.Encoding.ASCII.GetString(pdf).Should().Contain("Betaalspecificatie");
        var excel = await beoordelaar.GetByteArrayAsync($"/api/declaratiebeoordeling/betalingen/{batch.BatchId}/{Linde}/excel");
        System.Text.Encoding.ASCII.GetString(excel, 0, 2).Should().Be("PK");
        var csv = (await beoordelaar.GetStringAsync($"/api/declaratiebeoordeling/betalingen/{batch.BatchId}/csv")).TrimStart('\uFEFF');
        var regels = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].Should().Be("betaalbatch;betaaldatum;gemeente;agb;aanbieder;soort;declaratienummer;periode;omschrijving;bepaling;bedrag;debetcredit");
        regels.Should().Contain(r => r.Contains(";verrekening;") && r.EndsWith(";DEV-Art8.11;10.50;C"));
        regels.Should().Contain(r => r.Contains($";{oktober.DeclaratieNummer};2026-10;") && r.EndsWith($";{oktober.TotaalToegekend / 100m:0.00};D".Replace(',', '.')));
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling/Betalingen")).Should().Contain("CSV voor de financiële administratie");

        // The aanbieder sees its own specification, not another's.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetFromJsonAsync<List<Batch>>("/api/declaraties/betalingen"))!.Should().Contain(b => b.BatchId == batch.BatchId && b.Netto == batch.Netto);
        (await linde.GetAsync($"/api/declaraties/betalingen/{batch.BatchId}/{Linde}/pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await linde.GetStringAsync("/Declaratiebeoordeling/Specificaties")).Should().Contain("verrekening").And.Contain("DEV-Art8.11");
        var opmaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opmaat.GetAsync($"/api/declaraties/betalingen/{batch.BatchId}/{Linde}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await linde.GetAsync($"/api/declaratiebeoordeling/betalingen/{batch.BatchId}/csv")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
