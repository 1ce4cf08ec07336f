using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Afwezigheid;

/// <summary>Cancellations and no-shows over HTTP on the real app (today is Tuesday 10 November 2026): the contract decides
/// what is a no-show (IB-21a/b, DEV-B2-NoShow), thresholds in rolling windows (IB-22b, IB-23) and the report to Toegang
/// (DEV-Eis28-a) become obligations that registering the letter or the report meets, at most one no-show unit per month
/// is declarable (DEV-Eis28-b); the gemeente reads its own residents' no-shows, others see nothing.</summary>
public sealed class AfwezigheidTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Verplichting(string RegelId, string Bron, string Omschrijving, DateOnly Deadline, bool Onverwijld, string Status);
    private sealed record Afmelding(Guid Id, Guid ToewijzingId, bool NoShow, string Uitleg, string? Bron, bool? Declarabel, string? DeclarabelUitleg, List<Verplichting> Verplichtingen);
    private sealed record Venster(int Drempel, int VensterDagen, string Gevolg, string Bron, int Aantal, bool Bereikt);
    private sealed record ClientRow(Guid ClientId, string Client, int NoShows, List<Venster> Vensters, List<Afmelding> Afmeldingen);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A started toewijzing of a client of <paramref name="gemeentecode"/> with the aanbieder of <paramref name="agb"/>.</summary>
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

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid toewijzing, string gepland, string? afgemeld, string reden = "Anders")
    {
        var g = DateTime.Parse(gepland, System.Globalization.CultureInfo.InvariantCulture);
        DateTime? a = afgemeld is null ? null : DateTime.Parse(afgemeld, System.Globalization.CultureInfo.InvariantCulture);
        var response = await client.PostAsJsonAsync("/api/afwezigheid", new
        {
            ToewijzingId = toewijzing, GeplandDatum = D(DateOnly.FromDateTime(g)), GeplandTijd = g.ToString("HH:mm"),
            AfgemeldDatum = a is { } x ? D(DateOnly.FromDateTime(x)) : null, AfgemeldTijd = a?.ToString("HH:mm"), Door = "Client", Reden = reden,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static async Task<ClientRow> OverviewAsync(HttpClient client, Guid toewijzing) =>
        (await client.GetFromJsonAsync<List<ClientRow>>($"/api/afwezigheid?toewijzingId={toewijzing}"))!.Single();

    [Fact]
    public async Task Voorne_no_shows_in_rolling_windows_call_for_a_warning_and_informing_the_gemeente_and_the_letter_meets_it()
    {
        var toewijzing = await GestarteToewijzingAsync("1992", "75750202", "consulent@voorneaanzee.demo", "administratie@opmaat.demo", "IB-BASIS", 0);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");

        var oktober = await RegisterAsync(opMaat, toewijzing, "2026-10-14 10:00", null);
        var ziek = await RegisterAsync(opMaat, toewijzing, "2026-11-02 10:00", "2026-11-02 08:00", "Ziekte");
        var vandaag = await RegisterAsync(opMaat, toewijzing, "2026-11-10 09:00", "2026-11-10 07:30");
        var overzicht = await OverviewAsync(opMaat, toewijzing);
        overzicht.Afmeldingen.Single(a => a.Id == ziek).Should().Match<Afmelding>(a => !a.NoShow && a.Bron == "IB-21b");
        var nu = overzicht.Afmeldingen.Single(a => a.Id == vandaag);
        nu.NoShow.Should().BeTrue();
        nu.Bron.Should().Be("IB-21a");
        nu.Uitleg.Should().Contain("minder dan 24 uur");
        overzicht.Vensters.Should().Contain(v => v.VensterDagen == 28 && v.Aantal == 2 && v.Bereikt, "14 oktober t/m 10 november is 28 dagen, over het maandeinde");
        nu.Verplichtingen.Should().ContainSingle(v => v.RegelId == "IB-22b-brief").Which.Status.Should().Be("Open");
        nu.Verplichtingen.Should().NotContain(v => v.RegelId == "IB-23-melding", "2 no-shows in 42 dagen is onder de drempel van IB-23");

        // A cancellation registered late (1 October) makes 3 in 42 days: the gemeente must be informed (IB-23).
        await RegisterAsync(opMaat, toewijzing, "2026-10-01 10:00", "2026-10-01 09:00");
        nu = (await OverviewAsync(opMaat, toewijzing)).Afmeldingen.Single(a => a.Id == vandaag);
        nu.Verplichtingen.Should().ContainSingle(v => v.RegelId == "IB-23-melding").Which.Bron.Should().Be("IB-23");

        var brief = await opMaat.PostAsJsonAsync($"/api/afwezigheid/{vandaag}/afhandeling", new { Soort = "no-show-waarschuwing-verzonden" });
        brief.StatusCode.Should().Be(HttpStatusCode.OK, await brief.Content.ReadAsStringAsync());
        nu = (await OverviewAsync(opMaat, toewijzing)).Afmeldingen.Single(a => a.Id == vandaag);
        nu.Verplichtingen.Single(v => v.RegelId == "IB-22b-brief").Status.Should().Be("Voldaan");
        nu.Verplichtingen.Single(v => v.RegelId == "IB-23-melding").Status.Should().Be("Open");
        (await opMaat.GetStringAsync("/Verplichtingen")).Should().Contain("IB-23");

        // Not a no-show: nothing to report.
        (await opMaat.PostAsJsonAsync($"/api/afwezigheid/{ziek}/afhandeling", new { Soort = "no-show-gemeld" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // The gemeente reads its own residents' no-shows; another gemeente and another aanbieder see nothing.
        var voorne = await factory.LoggedInAsync("consulent@voorneaanzee.demo");
        (await OverviewAsync(voorne, toewijzing)).NoShows.Should().Be(3);
        (await (await factory.LoggedInAsync("consulent@deventer.demo")).GetFromJsonAsync<List<ClientRow>>($"/api/afwezigheid?toewijzingId={toewijzing}")).Should().BeEmpty();
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetFromJsonAsync<List<ClientRow>>($"/api/afwezigheid?toewijzingId={toewijzing}")).Should().BeEmpty();
        (await linde.PostAsJsonAsync($"/api/afwezigheid/{oktober}/afhandeling", new { Soort = "no-show-gemeld" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await voorne.PostAsJsonAsync($"/api/afwezigheid/{oktober}/afhandeling", new { Soort = "no-show-gemeld" })).StatusCode.Should().Be(HttpStatusCode.NotFound, "de gemeente leest, registreert niet");
    }

    [Fact]
    public async Task Deventer_the_begeleider_registers_a_no_show_on_the_page_reports_it_to_Toegang_and_only_one_unit_per_month_is_declarable()
    {
        var toewijzing = await GestarteToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B", 0);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        (await begeleider.GetStringAsync("/Afwezigheid")).Should().Contain("Afmelding registreren").And.Contain(toewijzing.ToString());
        var post = await begeleider.PostFormAsync("/Afwezigheid", new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzing.ToString(), ["Invoer.GeplandDatum"] = "2026-11-10", ["Invoer.GeplandTijd"] = "08:00",
            ["Invoer.AfgemeldDatum"] = "2026-11-10", ["Invoer.AfgemeldTijd"] = "07:00", ["Invoer.Door"] = "Vertegenwoordiger", ["Invoer.Reden"] = "Anders",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        var tweede = await RegisterAsync(begeleider, toewijzing, "2026-11-03 10:00", null);
        var ziekOpDeDag = await RegisterAsync(begeleider, toewijzing, "2026-11-04 10:00", "2026-11-04 07:00", "Ziekte");

        var pagina = await begeleider.GetStringAsync($"/Afwezigheid?Toewijzing={toewijzing}");
        pagina.Should().Contain("DEV-B2-NoShow").And.Contain("DEV-Eis28-a").And.Contain("hoogstens 1 per toewijzing per kalendermaand");
        var overzicht = await OverviewAsync(begeleider, toewijzing);
        overzicht.Afmeldingen.Single(a => a.Id == ziekOpDeDag).NoShow.Should().BeFalse("ziekte op de dag zelf gemeld (DEV-B2-NoShow)");
        overzicht.Afmeldingen.Single(a => a.Id == tweede).Declarabel.Should().BeTrue("de eerste no-show van november");
        var negen = overzicht.Afmeldingen.Single(a => a.NoShow && a.Id != tweede);
        negen.Declarabel.Should().BeFalse();
        negen.DeclarabelUitleg.Should().Contain("DEV-Eis28-b");
        var melden = negen.Verplichtingen.Single(v => v.RegelId == "MR-17");
        melden.Bron.Should().Be("DEV-Eis28-a");
        melden.Status.Should().Be("Open", "dinsdag 08:00 + 24 uur, binnen kantooruren: woensdag 09:00");
        overzicht.Afmeldingen.Single(a => a.Id == tweede).Verplichtingen.Single(v => v.RegelId == "MR-17").Status.Should().Be("TeLaat");

        var gemeld = await begeleider.PostFormAsync($"/Afwezigheid?handler=Afhandeling&Toewijzing={toewijzing}",
            new Dictionary<string, string> { ["id"] = negen.Id.ToString(), ["soort"] = "no-show-gemeld" });
        gemeld.StatusCode.Should().Be(HttpStatusCode.Redirect, await gemeld.Content.ReadAsStringAsync());
        (await OverviewAsync(begeleider, toewijzing)).Afmeldingen.Single(a => a.Id == negen.Id).Verplichtingen.Single(v => v.RegelId == "MR-17").Status.Should().Be("Voldaan");
    }

    [Fact]
    public async Task A_cancellation_is_corrected_or_deleted_audited_with_its_old_values_and_the_obligations_follow()
    {
        var toewijzing = await GestarteToewijzingAsync("1992", "75750202", "consulent@voorneaanzee.demo", "administratie@opmaat.demo", "IB-BASIS", 1);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var eerste = await RegisterAsync(opMaat, toewijzing, "2026-10-20 10:00", null);
        var tweede = await RegisterAsync(opMaat, toewijzing, "2026-11-09 10:00", "2026-11-09 08:00");
        var overzicht = await OverviewAsync(opMaat, toewijzing);
        overzicht.Afmeldingen.Single(a => a.Id == tweede).Verplichtingen.Should().ContainSingle(v => v.RegelId == "IB-22b-brief", "2 no-shows in 28 days (IB-22b)");

        // The second was cancelled in time after all (two days ahead): no longer a no-show, and the warning obligation goes.
        var wijzig = await opMaat.PutAsJsonAsync($"/api/afwezigheid/{tweede}", new
        {
            ToewijzingId = toewijzing, GeplandDatum = "2026-11-09", GeplandTijd = "10:00", AfgemeldDatum = "2026-11-07", AfgemeldTijd = "09:00", Door = "Client", Reden = "Anders",
        });
        wijzig.StatusCode.Should().Be(HttpStatusCode.OK, await wijzig.Content.ReadAsStringAsync());
        overzicht = await OverviewAsync(opMaat, toewijzing);
        overzicht.Afmeldingen.Single(a => a.Id == tweede).Should().Match<Afmelding>(a => !a.NoShow && a.Verplichtingen.Count == 0);
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.OnderwerpId == tweede)).Should().Be(0);
        var audit = factory.WithDb(db => db.AuditRegels.Where(r => r.EntiteitId == tweede.ToString() && r.Actie == "wijzigen").ToList());
        audit.Should().ContainSingle().Which.Wijzigingen.Should().Contain("AfgemeldOp");

        // Moving it back into the last 24 hours makes it a no-show again, with the obligation.
        (await opMaat.PutAsJsonAsync($"/api/afwezigheid/{tweede}", new
        {
            ToewijzingId = toewijzing, GeplandDatum = "2026-11-09", GeplandTijd = "10:00", AfgemeldDatum = "2026-11-09", AfgemeldTijd = "08:00", Door = "Client", Reden = "Anders",
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await OverviewAsync(opMaat, toewijzing)).Afmeldingen.Single(a => a.Id == tweede).Verplichtingen.Should().ContainSingle(v => v.RegelId == "IB-22b-brief");

        // Bad input names the field and changes nothing; the toewijzing of a cancellation does not change.
        var fout = await opMaat.PutAsJsonAsync($"/api/afwezigheid/{tweede}", new { ToewijzingId = toewijzing, GeplandDatum = "2026-11-09", GeplandTijd = "10:00", AfgemeldDatum = "2026-11-12", Door = "Client", Reden = "Anders" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("AfgemeldDatum").And.Contain("toekomst");
        (await opMaat.PutAsJsonAsync($"/api/afwezigheid/{tweede}", new { ToewijzingId = Guid.NewGuid(), GeplandDatum = "2026-11-09", GeplandTijd = "10:00", Door = "Client", Reden = "Anders" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Deleting the first (registered in error): its events go, the window drops under the threshold, the audit keeps it.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.DeleteAsync($"/api/afwezigheid/{eerste}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another aanbieder's id gives 404");
        (await opMaat.DeleteAsync($"/api/afwezigheid/{eerste}")).StatusCode.Should().Be(HttpStatusCode.OK);
        overzicht = await OverviewAsync(opMaat, toewijzing);
        overzicht.Afmeldingen.Should().ContainSingle(a => a.Id == tweede).Which.Verplichtingen.Should().BeEmpty("one no-show in 28 days is under the threshold");
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.OnderwerpId == eerste)).Should().Be(0);
        factory.WithDb(db => db.AuditRegels.Single(r => r.EntiteitId == eerste.ToString() && r.Actie == "verwijderen")).Wijzigingen.Should().StartWith("Was:");

        // The edit page shows the cancellation and saves through the same rules.
        var pagina = await opMaat.GetStringAsync($"/Afwezigheid/Bewerken/{tweede}");
        pagina.Should().Contain("Afmelding wijzigen").And.Contain("2026-11-09");
        var post = await opMaat.PostFormAsync($"/Afwezigheid/Bewerken/{tweede}", new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzing.ToString(), ["Invoer.GeplandDatum"] = "2026-11-09", ["Invoer.GeplandTijd"] = "10:00",
            ["Invoer.AfgemeldDatum"] = "2026-11-09", ["Invoer.AfgemeldTijd"] = "08:00", ["Invoer.Door"] = "Client", ["Invoer.Reden"] = "Ziekte",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        (await OverviewAsync(opMaat, toewijzing)).Afmeldingen.Single(a => a.Id == tweede).Should().Match<Afmelding>(a => !a.NoShow && a.Bron == "IB-21b");
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_naming_the_field_and_nothing_is_stored()
    {
        var toewijzing = await GestarteToewijzingAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B", 1);
        var admin = await factory.LoggedInAsync("administratie@delinde.demo");
        var response = await admin.PostAsJsonAsync("/api/afwezigheid", new { ToewijzingId = toewijzing, GeplandDatum = "2026-11-12", GeplandTijd = "10:00" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("AfgemeldDatum").And.Contain("niet in de toekomst");
        var buiten = await admin.PostAsJsonAsync("/api/afwezigheid", new { ToewijzingId = toewijzing, GeplandDatum = "2025-01-01", GeplandTijd = "10:00" });
        (await buiten.Content.ReadAsStringAsync()).Should().Contain("GeplandDatum").And.Contain("buiten de toewijzing");
        (await admin.GetFromJsonAsync<List<ClientRow>>($"/api/afwezigheid?toewijzingId={toewijzing}")).Should().BeEmpty();
    }
}
