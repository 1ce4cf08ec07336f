using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Afwezigheid;

/// <summary>Reminders of appointments over HTTP on the real app (IB-22a; today is Tuesday 10 November 2026): the aanbieder
/// registers them (API and page), a no-show under Voorne aan Zee shows whether the client was reminded of that appointment,
/// under Deventer (no IB-22a in the profile) it does not; another organisation's toewijzing gives 404.</summary>
public sealed class HerinneringTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Afmelding(Guid Id, bool NoShow, bool? Herinnerd, string? HerinneringUitleg);
    private sealed record ClientRow(Guid ClientId, List<Afmelding> Afmeldingen);
    private sealed record Herinnering(Guid Id, Guid ToewijzingId, DateTimeOffset AfspraakOp, DateTimeOffset VerzondenOp, string Kanaal, string GeregistreerdDoor);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private async Task<Guid> GestarteToewijzingAsync(string gemeentecode, string agb, string consulentEmail, string aanbiederEmail, string product, int clientNummer)
    {
        var consulent = await factory.LoggedInAsync(consulentEmail);
        var aanbieder = await factory.LoggedInAsync(aanbiederEmail);
        var vandaag = factory.Vandaag;
        var (client, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
            var org = db.Organisaties.Single(o => o.AgbCode == agb).Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderByDescending(c => c.Bsn).Skip(clientNummer).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(client, vandaag.AddDays(-90), vandaag.AddMonths(10));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = D(vandaag.AddDays(-90)), Einddatum = D(vandaag.AddMonths(10)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var start = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(vandaag.AddDays(-60)) });
        start.StatusCode.Should().Be(HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
        return id;
    }

    private static Task<HttpResponseMessage> HerinnerAsync(HttpClient client, Guid toewijzing, string afspraak, string verzonden, string kanaal = "Sms") =>
        client.PostAsJsonAsync("/api/afwezigheid/herinneringen", new
        {
            ToewijzingId = toewijzing, AfspraakDatum = afspraak[..10], AfspraakTijd = afspraak[11..], VerzondenDatum = verzonden[..10], VerzondenTijd = verzonden[11..], Kanaal = kanaal,
        });

    private static async Task<Guid> NietVerschenenAsync(HttpClient client, Guid toewijzing, string gepland)
    {
        var response = await client.PostAsJsonAsync("/api/afwezigheid", new { ToewijzingId = toewijzing, GeplandDatum = gepland[..10], GeplandTijd = gepland[11..], Door = "Client", Reden = "Anders" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task<List<Afmelding>> AfmeldingenAsync(HttpClient client, Guid toewijzing) =>
        (await client.GetFromJsonAsync<List<ClientRow>>($"/api/afwezigheid?toewijzingId={toewijzing}"))!.Single().Afmeldingen;

    [Fact]
    public async Task Voorne_a_no_show_shows_whether_the_client_was_reminded_of_that_appointment()
    {
        var toewijzing = await GestarteToewijzingAsync("1992", "75750202", "consulent@voorneaanzee.demo", "administratie@opmaat.demo", "IB-BASIS", 0);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");

        var herinnerd = await HerinnerAsync(opMaat, toewijzing, "2026-11-09 10:00", "2026-11-08 18:15", "Telefoon");
        herinnerd.StatusCode.Should().Be(HttpStatusCode.Created, await herinnerd.Content.ReadAsStringAsync());
        var herinneringId = (await herinnerd.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        // A reminder of another appointment does not count for this one.
        (await HerinnerAsync(opMaat, toewijzing, "2026-11-03 11:00", "2026-11-02 09:00")).StatusCode.Should().Be(HttpStatusCode.Created);

        var metHerinnering = await NietVerschenenAsync(opMaat, toewijzing, "2026-11-09 10:00");
        var zonder = await NietVerschenenAsync(opMaat, toewijzing, "2026-11-03 10:00");
        var afmeldingen = await AfmeldingenAsync(opMaat, toewijzing);
        afmeldingen.Single(a => a.Id == metHerinnering).Should().Match<Afmelding>(a => a.NoShow && a.Herinnerd == true);
        afmeldingen.Single(a => a.Id == metHerinnering).HerinneringUitleg.Should().Be("Herinnerd op 8 november 2026 18:15 per telefoon (IB-22a).");
        afmeldingen.Single(a => a.Id == zonder).Should().Match<Afmelding>(a => a.NoShow && a.Herinnerd == false && a.HerinneringUitleg == "Geen herinnering vastgelegd (IB-22a).");

        var lijst = (await opMaat.GetFromJsonAsync<List<Herinnering>>($"/api/afwezigheid/herinneringen?toewijzingId={toewijzing}"))!;
        lijst.Select(h => h.Kanaal).Should().Equal("Telefoon", "Sms");
        lijst[0].GeregistreerdDoor.Should().Be("administratie@opmaat.demo");
        factory.WithDb(db => db.AuditRegels.Count(r => r.EntiteitId == herinneringId.ToString())).Should().BeGreaterThan(0, "vastleggen wordt geaudit");

        var pagina = await opMaat.GetStringAsync($"/Afwezigheid?Toewijzing={toewijzing}");
        pagina.Should().Contain("Herinnering vastleggen").And.Contain("Herinnerd op 8 november 2026 18:15 per telefoon").And.Contain("Geen herinnering vastgelegd (IB-22a)");

        // The gemeente reads its own residents' reminders; it does not register them.
        var voorne = await factory.LoggedInAsync("consulent@voorneaanzee.demo");
        (await voorne.GetFromJsonAsync<List<Herinnering>>($"/api/afwezigheid/herinneringen?toewijzingId={toewijzing}")).Should().HaveCount(2);
        (await HerinnerAsync(voorne, toewijzing, "2026-11-09 10:00", "2026-11-08 18:15")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_begeleider_registers_a_reminder_on_the_page_and_Deventer_shows_nothing_about_reminders_at_a_no_show()
    {
        var toewijzing = await GestarteToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B", 0);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var post = await begeleider.PostFormAsync("/Afwezigheid?handler=Herinnering", new Dictionary<string, string>
        {
            ["Herinnering.ToewijzingId"] = toewijzing.ToString(), ["Herinnering.AfspraakDatum"] = "2026-11-09", ["Herinnering.AfspraakTijd"] = "10:00",
            ["Herinnering.VerzondenDatum"] = "2026-11-08", ["Herinnering.VerzondenTijd"] = "09:00", ["Herinnering.Kanaal"] = "Email",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        var noShow = await NietVerschenenAsync(begeleider, toewijzing, "2026-11-09 10:00");
        (await AfmeldingenAsync(begeleider, toewijzing)).Single(a => a.Id == noShow).Should().Match<Afmelding>(a => a.NoShow && a.Herinnerd == null && a.HerinneringUitleg == null);
        var pagina = await begeleider.GetStringAsync($"/Afwezigheid?Toewijzing={toewijzing}");
        pagina.Should().Contain("data-testid=\"herinnering\"").And.NotContain("data-testid=\"herinnerd\"");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_Dutch_message_and_another_organisations_toewijzing_gives_404()
    {
        var toewijzing = await GestarteToewijzingAsync("1992", "75750202", "consulent@voorneaanzee.demo", "administratie@opmaat.demo", "IB-BASIS", 1);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var na = await HerinnerAsync(opMaat, toewijzing, "2026-11-09 10:00", "2026-11-09 10:30");
        na.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await na.Content.ReadAsStringAsync()).Should().Contain("VerzondenDatum").And.Contain("vóór de afspraak");
        var pagina = await opMaat.PostFormAsync("/Afwezigheid?handler=Herinnering", new Dictionary<string, string>
        {
            ["Herinnering.ToewijzingId"] = toewijzing.ToString(), ["Herinnering.AfspraakDatum"] = "2026-11-09", ["Herinnering.AfspraakTijd"] = "10:00",
            ["Herinnering.VerzondenDatum"] = "2026-11-09", ["Herinnering.VerzondenTijd"] = "11:00", ["Herinnering.Kanaal"] = "Brief",
        });
        pagina.StatusCode.Should().Be(HttpStatusCode.OK);
        (await pagina.Content.ReadAsStringAsync()).Should().Contain("vóór de afspraak");

        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await HerinnerAsync(linde, toewijzing, "2026-11-09 10:00", "2026-11-08 10:00")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await linde.GetFromJsonAsync<List<Herinnering>>($"/api/afwezigheid/herinneringen?toewijzingId={toewijzing}")).Should().BeEmpty();
        factory.WithDb(db => db.Set<Maatwerk.Domain.Afwezigheid.Herinnering>().Count(h => h.ToewijzingId == toewijzing)).Should().Be(0, "niets opgeslagen");
    }
}
