using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Startpagina;

/// <summary>Issue 13: the start page of every role is a work queue — items that link to where they are done, most urgent
/// first, counts equal to the Verplichtingen page with the same filter, and an empty queue saying so in Dutch.</summary>
public sealed partial class WerkvoorraadTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static string Bak(string html, string sleutel)
    {
        var start = html.IndexOf($"data-testid=\"werkbak-{sleutel}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, $"the start page shows the queue '{sleutel}'");
        var einde = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..einde];
    }

    private static int Aantal(string bak) => int.Parse(AantalPattern().Match(bak).Groups[1].Value);

    private static List<string> Links(string bak) => LinkPattern().Matches(bak).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static async Task<int> TotaalAsync(HttpClient client, string lijst)
    {
        var api = "/api" + lijst.Replace("/Verplichtingen", "/verplichtingen/", StringComparison.Ordinal);
        var response = await client.GetAsync(api);
        response.EnsureSuccessStatusCode();
        (await client.GetAsync(lijst)).StatusCode.Should().Be(HttpStatusCode.OK);
        return int.Parse(response.Headers.GetValues("X-Total-Count").Single());
    }

    [Fact]
    public async Task The_administratie_sees_its_obligation_queues_with_the_counts_of_the_verplichtingen_page()
    {
        var client = await factory.LoggedInAsync("administratie@delinde.demo");
        var html = await client.GetStringAsync("/");
        foreach (var d in VerplichtingenWerkbron.Definities.Where(d => d.Rol == Domain.Gebruikers.Rol.Administratie))
        {
            var bak = Bak(html, d.Sleutel);
            var teLaat = await TotaalAsync(client, VerplichtingenWerkbron.Lijst(d, Domain.Verplichtingen.VerplichtingStatus.TeLaat));
            var open = await TotaalAsync(client, VerplichtingenWerkbron.Lijst(d, Domain.Verplichtingen.VerplichtingStatus.Open));
            Aantal(bak).Should().Be(teLaat + open, $"queue {d.Sleutel} counts what /Verplichtingen shows with its filter");
            if (teLaat + open == 0)
                bak.Should().Contain("data-testid=\"leeg\"").And.Contain(WebUtility.HtmlEncode(d.Leeg));
        }
        Aantal(Bak(html, "acceptatie")).Should().BeGreaterThan(0, "the demo has toewijzingen waiting for acceptance");
        Bak(html, "acceptatie").Should().Contain("geldt als aanvaard na");
    }

    [Fact]
    public async Task Queue_items_are_ordered_overdue_first_then_by_deadline_and_link_to_where_they_are_done()
    {
        var client = await factory.LoggedInAsync("administratie@delinde.demo");
        var html = await client.GetStringAsync("/");
        foreach (var sleutel in new[] { "acceptatie", "contact", "start" })
        {
            var bak = Bak(html, sleutel);
            var items = ItemPattern().Matches(bak).Select(m => (TeLaat: m.Groups[1].Value.Length > 0, Datum: DateOnly.Parse(m.Groups[2].Value[..10]))).ToList();
            var verwacht = items.OrderBy(i => i.TeLaat ? 0 : 1).ThenBy(i => i.Datum).ToList();
            items.Should().Equal(verwacht, $"queue {sleutel} is sorted by urgency");
            foreach (var link in Links(bak).Where(l => l.StartsWith("/Toewijzingen/Details/", StringComparison.Ordinal)).Take(2))
                (await client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        Links(Bak(html, "acceptatie")).Should().Contain(l => l.StartsWith("/Toewijzingen/Details/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_consulent_sees_requests_refusals_wlz_and_ending_toewijzingen()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await client.GetStringAsync("/");
        foreach (var sleutel in new[] { "verzoeken", "weigeringen", "wlz", "aflopend" })
            Bak(html, sleutel).Should().NotBeNullOrEmpty();
        var verzoeken = Bak(html, "verzoeken");
        if (Aantal(verzoeken) > 0)
            Links(verzoeken).Should().Contain(l => l.StartsWith("/Verzoeken/Details/", StringComparison.Ordinal));
        else
            verzoeken.Should().Contain("Geen verzoeken die op antwoord wachten.");
        var aflopend = Bak(html, "aflopend");
        foreach (var link in Links(aflopend).Where(l => l.StartsWith("/Toewijzingen/Details/", StringComparison.Ordinal)).Take(1))
            (await client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().NotContain("werkbak-acceptatie", "a gemeente does not accept its own toewijzingen");
    }

    [Fact]
    public async Task The_toezichthouder_sees_the_reports_addressed_to_it_and_no_clients_tile()
    {
        var html = await (await factory.LoggedInAsync("toezicht@deventer.demo")).GetStringAsync("/");
        Bak(html, "meldingen-aan-toezicht").Should().NotBeNullOrEmpty();
        html.Should().NotContain("data-testid=\"aantal-clienten\"", "the toezichthouder has no clients menu");
    }

    [Fact]
    public async Task The_beheerder_sees_locked_accounts_and_users_without_two_factor_authentication()
    {
        var html = await (await factory.LoggedInAsync("beheer@deventer.demo")).GetStringAsync("/");
        Bak(html, "geblokkeerd").Should().Contain("Geen geblokkeerde accounts.");
        var zonder = Bak(html, "zonder-2fa");
        Aantal(zonder).Should().BeGreaterThan(0, "the demo accounts have no TOTP");
        Links(zonder).Should().OnlyContain(l => l.StartsWith("/Gebruikers/Bewerken/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_contractmanager_sees_providers_ranked_by_overdue_obligations_and_a_trend_chart_without_inline_script()
    {
        var client = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var html = await client.GetStringAsync("/");
        var bak = Bak(html, "aanbieders-te-laat");
        var aantallen = TeLaatPattern().Matches(bak).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        aantallen.Should().BeInDescendingOrder();
        foreach (var (link, aantal) in Links(bak).Zip(aantallen).Take(2))
            (await TotaalAsync(client, link)).Should().Be(aantal);
        html.Should().Contain("id=\"trend-grafiek\"").And.Contain("data-trend=").And.Contain("/js/werkbak.js");
        InlineScriptPattern().IsMatch(html).Should().BeFalse("the CSP allows no inline script");
    }

    [Fact]
    public async Task The_begeleider_and_the_oco_coordinator_and_kwaliteit_get_their_queues()
    {
        var begeleider = await (await factory.LoggedInAsync("begeleider@delinde.demo")).GetStringAsync("/");
        Bak(begeleider, "mijn-clienten").Should().NotBeNullOrEmpty();
        Bak(begeleider, "registratielijsten").Should().NotBeNullOrEmpty();
        var oco = await (await factory.LoggedInAsync("administratie@kompas.demo")).GetStringAsync("/");
        Links(Bak(oco, "clientondersteuning")).Should().Contain(l => l.StartsWith("/Clientondersteuning/Melding?id=", StringComparison.Ordinal));
        var kwaliteit = await (await factory.LoggedInAsync("kwaliteit@delinde.demo")).GetStringAsync("/");
        Bak(kwaliteit, "klachten").Should().NotBeNullOrEmpty();
        begeleider.Should().NotContain("werkbak-clientondersteuning", "De Linde has no OCO contract");
    }

    [GeneratedRegex("data-testid=\"aantal\" data-aantal=\"(\\d+)\"")]
    private static partial Regex AantalPattern();

    [GeneratedRegex("class=\"utrecht-link werkbak__link\" href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("class=\"werkbak__item( werkbak__item--telaat)?\"[\\s\\S]*?<time datetime=\"([^\"]+)\"")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("werkbak__betreft\">(\\d+) te laat")]
    private static partial Regex TeLaatPattern();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScriptPattern();
}
