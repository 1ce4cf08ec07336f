using System.Net;
using System.Text.Json;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>DEV-Art8.8b "telkens met motivering" for a 323 from the provider's own system: its line for the closed year 2025,
/// received within the correction window (20 January 2026, window until 1 February), waits as "handmatig" for lack of a
/// motivation. The sending provider adds the motivation afterwards (API and /Declaraties/Verzonden); the line becomes "goed"
/// with the motivation in the message and the beoordelaar sees it. Another provider gets 404; an empty or a second motivation
/// is refused with a Dutch message on Motivering (after the 325: <c>MotiveringAchterafTests</c> in the domain tests).</summary>
public sealed class MotiveringAchterafTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Reden = "Oktober 2025 te laat gedeclareerd: de uren zijn na een systeemstoring uit de papieren registratie hersteld.";

    [Fact]
    public async Task DEV_Art8_8b_the_sending_provider_adds_the_motivation_afterwards_and_the_waiting_line_becomes_goed()
    {
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await beoordelaar.PostAsJsonAsync("/api/declaratiebeoordeling/jaarafsluitingen", new { Jaar = 2025 })).StatusCode.Should().Be(HttpStatusCode.Created);
        var (berichtId, _) = await factory.StoredAsync(2, "2025-10", "2025-10-07");
        factory.WithDb(db =>
        {
            var bericht = db.Berichten.Single(b => b.Id == berichtId);
            bericht.Ontvangen = new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero); // within the last correction window for 2025
            return db.SaveChanges();
        });
        var declaratie = (await factory.RegisterAsync(berichtId, batch: 5_000))!;
        declaratie.Motivering.Should().BeNull();
        var wachtend = Wachtend(await Details(beoordelaar, declaratie.Id));
        wachtend.Should().NotBeEmpty("a 323 from the own system has no motivation: its 2025 lines wait as 'handmatig'");

        // Only the sending provider, and only with a motivation.
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.PostAsJsonAsync($"/api/declaraties/ontvangen/{declaratie.Id}/motivering", new { Motivering = Reden })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var lijst = await linde.GetFromJsonAsync<List<JsonElement>>("/api/declaraties/ontvangen");
        lijst!.Single(d => d.GetProperty("id").GetGuid() == declaratie.Id).GetProperty("wachtOpMotivering").GetInt32().Should().Be(wachtend.Count);
        (await linde.GetStringAsync("/Declaraties/Verzonden")).Should().Contain("wachten op uw motivering");
        var leeg = await linde.PostAsJsonAsync($"/api/declaraties/ontvangen/{declaratie.Id}/motivering", new { Motivering = " " });
        leeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await leeg.Content.ReadAsStringAsync()).Should().Contain("Motivering").And.Contain("DEV-Art8.8b");

        (await linde.PostAsJsonAsync($"/api/declaraties/ontvangen/{declaratie.Id}/motivering", new { Motivering = Reden })).StatusCode.Should().Be(HttpStatusCode.OK);
        var details = await Details(beoordelaar, declaratie.Id);
        details.GetProperty("motivering").GetString().Should().Be(Reden);
        Wachtend(details).Should().BeEmpty();
        foreach (var regel in details.GetProperty("regels").EnumerateArray().Where(r => wachtend.Contains(r.GetProperty("id").GetGuid())))
        {
            var check = regel.GetProperty("controles").EnumerateArray().Single(c => c.GetProperty("regel").GetString() == "DEV-Art8.8b");
            check.GetProperty("uitkomst").GetString().Should().Be("goed");
            check.GetProperty("melding").GetString().Should().Contain(Reden);
        }
        (await beoordelaar.GetStringAsync($"/Declaratiebeoordeling/Details/{declaratie.Id}")).Should().Contain("Motivering van de aanbieder").And.Contain("papieren registratie");

        // Once: a second motivation is refused.
        var tweede = await linde.PostAsJsonAsync($"/api/declaraties/ontvangen/{declaratie.Id}/motivering", new { Motivering = "Nog een andere reden voor dezelfde regels." });
        tweede.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tweede.Content.ReadAsStringAsync()).Should().Contain("heeft al een motivering");
    }

    private static async Task<JsonElement> Details(HttpClient beoordelaar, Guid id) =>
        await beoordelaar.GetFromJsonAsync<JsonElement>($"/api/declaratiebeoordeling/{id}");

    private static List<Guid> Wachtend(JsonElement details) => details.GetProperty("regels").EnumerateArray()
        .Where(r => r.GetProperty("controles").EnumerateArray().Any(c => c.GetProperty("regel").GetString() == "DEV-Art8.8b"
            && c.GetProperty("melding").GetString()!.Contains(ContractChecks.ZonderMotivering)))
        .Select(r => r.GetProperty("id").GetGuid()).ToList();
}
