using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Lijsten;

/// <summary>Lists that scale (issue 9, item 6): every list API pages on the server with the total in X-Total-Count and
/// a Link header, searches (BSN exact, name part case-insensitive, toewijzingnummer), filters, sorts by urgency by
/// default, answers a bad query value with a Dutch message naming the parameter, and exports the whole filtered list
/// as CSV for Dutch Excel within the user's data scope, with an audit line. On SQLite and PostgreSQL, on the pinned clock.</summary>
public sealed class LijstenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Verplichting(Guid Id, DateOnly Deadline, string Status, Guid ContractId, Guid? ClientId);
    private sealed record Client(Guid Id, string Bsn, string Achternaam, string Voornamen, Guid GemeenteId);
    private sealed record Toewijzing(Guid Id, string ToewijzingNummer, Guid ClientId, Guid ContractId, string Status);

    private Guid Deventer => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);

    private static async Task<(List<T> Items, int Totaal, string? Link)> PageAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        var totaal = int.Parse(response.Headers.GetValues("X-Total-Count").Single());
        var link = response.Headers.TryGetValues("Link", out var l) ? l.Single() : null;
        return ((await response.Content.ReadFromJsonAsync<List<T>>())!, totaal, link);
    }

    private static Task<List<T>> GetAllAsync<T>(HttpClient client, string url) => client.GetAllPagesAsync<T>(url);

    [Fact]
    public async Task The_obligations_api_pages_with_a_total_and_links_and_puts_overdue_first_then_the_nearest_deadline()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var alles = await GetAllAsync<Verplichting>(consulent, "/api/verplichtingen");
        alles.Should().HaveCountGreaterThan(10);
        alles.Select(v => v.Id).Should().OnlyHaveUniqueItems("pages never overlap");

        static int Rang(string status) => status == "TeLaat" ? 0 : status == "Open" ? 1 : 2;
        alles.Select(v => (Rang(v.Status), v.Deadline)).Should().BeInAscendingOrder(Comparer<(int, DateOnly)>.Default,
            "the default order is te laat first, then open, each by nearest deadline");
        alles.First().Status.Should().Be("TeLaat", "the demo has overdue obligations for Deventer");

        var (pagina2, totaal, link) = await PageAsync<Verplichting>(consulent, "/api/verplichtingen?grootte=5&pagina=2");
        totaal.Should().Be(alles.Count);
        pagina2.Select(v => v.Id).Should().Equal(alles.Skip(5).Take(5).Select(v => v.Id));
        link.Should().Contain("rel=\"next\"").And.Contain("rel=\"prev\"").And.Contain("pagina=3").And.Contain("grootte=5");

        var (laatste, _, _) = await PageAsync<Verplichting>(consulent, "/api/verplichtingen?grootte=200&sortering=deadline-aflopend");
        laatste.Select(v => v.Deadline).Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task The_obligations_api_filters_by_status_and_searches_by_client_and_toewijzingnummer()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var teLaat = await GetAllAsync<Verplichting>(consulent, "/api/verplichtingen?status=TeLaat");
        teLaat.Should().NotBeEmpty().And.OnlyContain(v => v.Status == "TeLaat");

        var metClient = teLaat.First(v => v.ClientId != null);
        var client = factory.WithDb(db => db.Clienten.Single(c => c.Id == metClient.ClientId));
        var (opBsn, _, _) = await PageAsync<Verplichting>(consulent, $"/api/verplichtingen?grootte=200&zoek={client.Bsn[..4]}.{client.Bsn[4..6]}.{client.Bsn[6..]}");
        opBsn.Should().Contain(v => v.Id == metClient.Id).And.OnlyContain(v => v.ClientId == client.Id, "a BSN matches exactly, also written with dots");

        var toewijzing = factory.WithDb(db => db.Toewijzingen.First(t => t.ClientId == client.Id));
        var (opNummer, _, _) = await PageAsync<Verplichting>(consulent, $"/api/verplichtingen?grootte=200&zoek={toewijzing.ToewijzingNummer}");
        opNummer.Should().NotBeEmpty();
        factory.WithDb(db => opNummer.All(v => db.Verplichtingen.Single(x => x.Id == v.Id).ToewijzingId == toewijzing.Id || v.ClientId != null))
            .Should().BeTrue();
    }

    [Fact]
    public async Task Clients_are_found_by_exact_bsn_and_by_part_of_the_name_in_any_case()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var deventer = Deventer;
        var voorbeeld = factory.WithDb(db => db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Achternaam).First());

        var (opBsn, totaal, _) = await PageAsync<Client>(consulent, $"/api/clienten?zoek={voorbeeld.Bsn}");
        opBsn.Should().ContainSingle().Which.Id.Should().Be(voorbeeld.Id);
        totaal.Should().Be(1);
        (await PageAsync<Client>(consulent, $"/api/clienten?zoek={voorbeeld.Bsn[..8]}")).Items.Should().NotContain(c => c.Id == voorbeeld.Id,
            "a BSN is matched exactly, not as a part");

        var deel = voorbeeld.Achternaam.Length > 4 ? voorbeeld.Achternaam[1..4] : voorbeeld.Achternaam;
        var (opNaam, _, _) = await PageAsync<Client>(consulent, $"/api/clienten?grootte=200&zoek={Uri.EscapeDataString(deel.ToUpperInvariant())}");
        opNaam.Should().Contain(c => c.Id == voorbeeld.Id, "a name matches on a part, whatever its case");
        opNaam.Should().OnlyContain(c => (c.Achternaam + " " + c.Voornamen).Contains(deel, StringComparison.OrdinalIgnoreCase));

        var alle = await GetAllAsync<Client>(consulent, "/api/clienten");
        alle.Should().HaveCount(factory.WithDb(db => db.Clienten.Count(c => c.GemeenteId == deventer)))
            .And.OnlyContain(c => c.GemeenteId == deventer);
        alle.Select(c => c.Achternaam).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Toewijzingen_are_found_by_number_filtered_by_status_and_listed_newest_first()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var alle = await GetAllAsync<Toewijzing>(aanbieder, "/api/toewijzingen");
        alle.Should().NotBeEmpty();
        var linde = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);
        var eigen = factory.WithDb(db => db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList());
        alle.Should().OnlyContain(t => eigen.Contains(t.ContractId));

        var een = alle[^1];
        (await PageAsync<Toewijzing>(aanbieder, $"/api/toewijzingen?zoek={een.ToewijzingNummer}")).Items.Should().ContainSingle().Which.Id.Should().Be(een.Id);
        var gestart = await GetAllAsync<Toewijzing>(aanbieder, "/api/toewijzingen?status=Gestart");
        gestart.Should().OnlyContain(t => t.Status == "Gestart");
        gestart.Should().HaveCount(alle.Count(t => t.Status == "Gestart"));
    }

    [Theory]
    [InlineData("/api/clienten?grootte=abc", "grootte")]
    [InlineData("/api/clienten?grootte=201", "grootte")]
    [InlineData("/api/verplichtingen?pagina=0", "pagina")]
    [InlineData("/api/verplichtingen?status=Misschien", "status")]
    [InlineData("/api/verplichtingen?contract=geen-id", "contract")]
    [InlineData("/api/toewijzingen?sortering=willekeurig", "sortering")]
    [InlineData("/api/iwmo/berichten?map=zijkant", "map")]
    [InlineData("/api/verzoeken?status=Foo", "status")]
    public async Task A_bad_query_value_is_refused_with_a_dutch_message_naming_the_parameter(string url, string parameter)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var response = await consulent.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain($"De parameter '{parameter}'").And.Contain("\"" + parameter + "\"");
    }

    [Fact]
    public async Task A_list_page_shows_the_pager_with_the_total_and_a_bad_value_as_a_dutch_message()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var deventer = Deventer;
        var totaal = factory.WithDb(db => db.Clienten.Count(c => c.GemeenteId == deventer));
        totaal.Should().BeGreaterThan(2);
        var html = await consulent.GetStringAsync("/Clienten?grootte=2");
        html.Should().Contain($"1–2 van {totaal}").And.Contain("data-testid=\"pager-volgende\"").And.Contain("/api/clienten/export");
        Regex.Matches(html, "href=\"/Clienten/Details/").Count.Should().Be(2);

        var volgende = await consulent.GetStringAsync("/Clienten?grootte=2&pagina=2");
        volgende.Should().Contain($"3–4 van {totaal}").And.Contain("data-testid=\"pager-vorige\"");

        var fout = await consulent.GetAsync("/Verplichtingen?grootte=999");
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("De parameter &#x27;grootte&#x27; moet een geheel getal van 1 tot en met 200 zijn");

        foreach (var pagina in new[] { "/Verplichtingen", "/Toewijzingen", "/Berichten", "/Verzoeken" })
            (await consulent.GetStringAsync(pagina)).Should().Contain("data-testid=\"pager-omschrijving\"", pagina);
    }

    [Fact]
    public async Task The_client_export_is_a_dutch_excel_csv_of_the_whole_filtered_list_and_is_audited()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var deventer = Deventer;
        var response = await consulent.GetAsync("/api/clienten/export?grootte=1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain("clienten-2026-11-10.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads UTF-8 only with a byte-order mark");
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        regels[0].Should().Be("Achternaam;Tussenvoegsel;Voornamen;BSN;Geboortedatum;Straat;Huisnummer;Postcode;Woonplaats");
        regels.Length.Should().Be(1 + factory.WithDb(db => db.Clienten.Count(c => c.GemeenteId == deventer)), "the whole list, not one page");
        regels[1].Split(';')[4].Should().MatchRegex(@"^\d{2}-\d{2}-\d{4}$", "dates as dd-MM-yyyy");

        var bsn = factory.WithDb(db => db.Clienten.First(c => c.GemeenteId == deventer).Bsn);
        var gezocht = await consulent.GetStringAsync($"/api/clienten/export?zoek={bsn}");
        gezocht.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.Contain(r => r.Contains(bsn));

        factory.WithDb(db => db.AuditRegels.Count(a => a.Actie == AuditAction.Exporteren && a.Entiteit == "Clienten" && a.Gebruiker == "consulent@deventer.demo"))
            .Should().BeGreaterThanOrEqualTo(2, "each export of personal data is written to the audit trail");
        factory.WithDb(db => db.AuditRegels.Any(a => a.Actie == AuditAction.Exporteren && a.EntiteitId == $"zoek={bsn}")).Should().BeTrue();
    }

    [Fact]
    public async Task A_provider_exports_only_its_own_rows()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@opmaat.demo");
        var opMaat = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750202").Id);
        var eigen = factory.WithDb(db => db.Contracten.Where(c => c.AanbiederId == opMaat).Select(c => c.Id).ToList());
        var nummers = factory.WithDb(db => db.Toewijzingen.Where(t => eigen.Contains(t.ContractId)).Select(t => t.ToewijzingNummer).ToList());
        var anderen = factory.WithDb(db => db.Toewijzingen.Where(t => !eigen.Contains(t.ContractId)).Select(t => t.ToewijzingNummer).ToList());

        var csv = (await CsvAsync(aanbieder, "/api/toewijzingen/export")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        csv[0].Should().StartWith("Toewijzingnummer;Cliënt;BSN;Contract;");
        csv.Skip(1).Select(r => r.Split(';')[0]).Should().BeEquivalentTo(nummers);
        csv.Should().NotContain(r => anderen.Contains(r.Split(';')[0]));

        var verplichtingen = (await CsvAsync(aanbieder, "/api/verplichtingen/export")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        verplichtingen.Length.Should().Be(1 + factory.WithDb(db => db.Verplichtingen.Count(v => eigen.Contains(v.ContractId))));
        verplichtingen[0].Should().Be("Deadline;Status;Verplichting;Bron;Wie;Soort;Contract;Cliënt;Toewijzing");

        (await aanbieder.GetAsync("/api/clienten/export")).StatusCode.Should().Be(HttpStatusCode.OK);
        var clienten = (await CsvAsync(aanbieder, "/api/clienten/export")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var zichtbaar = factory.WithDb(db => db.Clienten.Where(c => db.Toewijzingen.Any(t => t.ClientId == c.Id && eigen.Contains(t.ContractId))).Select(c => c.Bsn).ToList());
        clienten.Skip(1).Select(r => r.Split(';')[3]).Should().BeEquivalentTo(zichtbaar, "a provider sees only clients with a toewijzing under its own contracts");

        static async Task<string> CsvAsync(HttpClient c, string url)
        {
            var r = await c.GetAsync(url);
            r.StatusCode.Should().Be(HttpStatusCode.OK, url);
            return Encoding.UTF8.GetString((await r.Content.ReadAsByteArrayAsync())[3..]);
        }
    }

    [Fact]
    public async Task Messages_requests_and_the_audit_trail_page_and_export_as_well()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (berichten, totaal, _) = await PageAsync<Dictionary<string, object>>(consulent, "/api/iwmo/berichten?map=uit&grootte=3");
        totaal.Should().BeGreaterThan(0);
        berichten.Should().HaveCountLessThanOrEqualTo(3);
        (await consulent.GetAsync("/api/iwmo/berichten/export?map=uit")).Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var (_, verzoeken, _) = await PageAsync<Dictionary<string, object>>(consulent, "/api/verzoeken");
        verzoeken.Should().BeGreaterThanOrEqualTo(0);
        (await consulent.GetAsync("/api/verzoeken/export")).StatusCode.Should().Be(HttpStatusCode.OK);

        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        var (audit, auditTotaal, _) = await PageAsync<Dictionary<string, object>>(beheer, "/api/audit?grootte=10&zoek=beheer@deventer");
        auditTotaal.Should().BeGreaterThan(0, "the beheerder's own login is in the trail");
        audit.Should().HaveCountLessThanOrEqualTo(10);
        var csv = await beheer.GetStringAsync("/api/audit/export?actie=inloggen");
        csv.TrimStart('\uFEFF').Should().StartWith("Moment;Gebruiker;Handeling;Gegeven;Id");
    }
}
