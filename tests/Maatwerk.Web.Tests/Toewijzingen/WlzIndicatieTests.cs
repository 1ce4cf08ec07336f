using System.Net;
using Maatwerk.Domain.Calendar;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>IB-34a/b/c over HTTP: the consulent registers a Wlz indication; every running toewijzing of the client
/// gets a gewijzigde 301 with reden 06 and the stop date of the contract (in working days), atomically; the
/// obligations IB-34a/b are met; the weekly Wlz check is an organisation-level event.</summary>
public sealed class WlzIndicatieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private readonly VoorneKeten keten = new(factory);
    private DateOnly Vandaag => factory.Vandaag;
    private static DateOnly PlusWerkdagen(DateOnly d, int n) => new WerkdagCalendar().AddWerkdagen(d, n);

    [Fact]
    public async Task IB_34b_the_consulent_confirms_on_the_page_and_each_toewijzing_gets_a_valid_changed_301_with_reden_06()
    {
        keten.SetWlzAanbieder(false);
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var client = keten.NewClient();
        var gestart = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-30));
        await VoorneKeten.StartAsync(aanbieder, gestart, Vandaag.AddDays(-20));
        var verzonden = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-10));
        var afgifte = Vandaag.AddDays(-10);
        var verwacht = PlusWerkdagen(Vandaag, 5);

        (await consulent.GetStringAsync($"/Clienten/Details/{client}")).Should().Contain($"/Clienten/Wlz/{client}");
        var voorstelUrl = $"/Clienten/Wlz/{client}?Afgiftedatum={afgifte:yyyy-MM-dd}&ZichtbaarOp={Vandaag:yyyy-MM-dd}";
        var pagina = await consulent.GetStringAsync(voorstelUrl);
        pagina.Should().Contain("data-testid=\"wlz-voorstel\"").And.Contain($"value=\"{verwacht:yyyy-MM-dd}\"").And.Contain("IB-34b")
            .And.NotContain("data-testid=\"terugwerkend\"");

        var response = await consulent.PostFormAsync($"/Clienten/Wlz/{client}", new Dictionary<string, string>
        {
            ["Afgiftedatum"] = afgifte.ToString("yyyy-MM-dd"), ["ZichtbaarOp"] = Vandaag.ToString("yyyy-MM-dd"),
            [$"Stopdatums[{gestart}]"] = verwacht.ToString("yyyy-MM-dd"), [$"Stopdatums[{verzonden}]"] = verwacht.ToString("yyyy-MM-dd"),
        }, tokenFrom: voorstelUrl);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());

        var inbox = await aanbieder.GetStringAsync("/Berichten?Map=in");
        foreach (var id in new[] { gestart, verzonden })
        {
            var t = keten.Toewijzing(id);
            t.Einddatum.Should().Be(verwacht);
            t.RedenWijziging.Should().Be("06");
            var gewijzigd = keten.Berichten(id).Last();
            gewijzigd.Soort.Should().Be("WMO301");
            gewijzigd.Ontvanger.Should().Be(keten.OpMaat);
            gewijzigd.Xml.Should().Contain("<wmo301:RedenWijziging>06</wmo301:RedenWijziging>").And.Contain($"<wmo301:Einddatum>{verwacht:yyyy-MM-dd}<");
            OfficialXsd.Errors(gewijzigd.Xml).Should().BeEmpty();
            gewijzigd.Geldig.Should().BeTrue(gewijzigd.Retourcodes);
            inbox.Should().Contain(gewijzigd.Id.ToString());
            keten.Gebeurtenissen(id).Should().Contain(["wlz-indicatie-zichtbaar", "stopdatum-vastgesteld"]).And.NotContain("wlz-indicatie-afgegeven");
            (await VoorneKeten.StatusAsync(consulent, id, "IB-34b")).Should().Equal("Voldaan");
        }
    }

    [Fact]
    public async Task IB_34a_beheer_marks_the_aanbieder_as_Wlz_aanbieder_and_the_stop_counts_from_the_issue_date()
    {
        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        var opMaat = keten.OpMaat;
        (await beheer.GetStringAsync($"/Organisaties/Bewerken/{opMaat}")).Should().Contain("name=\"Invoer.IsWlzAanbieder\"");
        var org = await beheer.GetFromJsonAsync<Dictionary<string, object>>($"/api/organisaties/{opMaat}");
        var put = await beheer.PutAsJsonAsync($"/api/organisaties/{opMaat}", new
        {
            Naam = org!["naam"].ToString(), Soort = "Aanbieder", AgbCode = "75750202", IsWlzAanbieder = true, Versie = org["versie"].ToString(),
        });
        put.StatusCode.Should().Be(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        factory.WithDb(db => db.Organisaties.Single(o => o.Id == opMaat).IsWlzAanbieder).Should().BeTrue();

        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var client = keten.NewClient();
        var id = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-5));
        var afgifte = Vandaag.AddDays(-1);
        var verwacht = PlusWerkdagen(afgifte, 5);
        var voorstel = await consulent.GetFromJsonAsync<List<Dictionary<string, object>>>(
            $"/api/clienten/{client}/wlz-indicatie/voorstel?afgiftedatum={afgifte:yyyy-MM-dd}&zichtbaarOp={Vandaag:yyyy-MM-dd}");
        voorstel!.Should().ContainSingle();
        voorstel![0]["voorgesteldeStopdatum"].ToString().Should().Be(verwacht.ToString("yyyy-MM-dd"));
        voorstel[0]["gebeurtenis"].ToString().Should().Be("wlz-indicatie-afgegeven");
        voorstel[0]["bron"].ToString().Should().Be("IB-34a");

        var response = await consulent.PostAsJsonAsync($"/api/clienten/{client}/wlz-indicatie",
            new { Afgiftedatum = afgifte.ToString("yyyy-MM-dd"), ZichtbaarOp = Vandaag.ToString("yyyy-MM-dd") });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"waarschuwing\":null");
        keten.Toewijzing(id).Einddatum.Should().Be(verwacht);
        keten.Gebeurtenissen(id).Should().Contain("wlz-indicatie-afgegeven");
        (await VoorneKeten.StatusAsync(consulent, id, "IB-34a")).Should().Equal("Voldaan");
        (await VoorneKeten.StatusAsync(consulent, id, "IB-27a")).Should().NotContain("TeLaat",
            "the shortened end became known today: informing the client is due today, not overdue since two months ago");

        var gemeente = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150"));
        var fout = await beheer.PutAsJsonAsync($"/api/organisaties/{gemeente.Id}", new
        {
            Naam = gemeente.Naam, Soort = "Gemeente", Gemeentecode = "0150", IsWlzAanbieder = true, Versie = gemeente.Versie,
        });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("IsWlzAanbieder").And.Contain("Alleen een aanbieder");
        keten.SetWlzAanbieder(false);
    }

    [Fact]
    public async Task IB_A11_a_retroactive_stop_is_allowed_with_a_dutch_warning_to_check_delivered_care()
    {
        keten.SetWlzAanbieder(false);
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var client = keten.NewClient();
        var id = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-60));
        var afgifte = Vandaag.AddDays(-40);
        var verwacht = PlusWerkdagen(afgifte, 5);
        var url = $"/Clienten/Wlz/{client}?Afgiftedatum={afgifte:yyyy-MM-dd}";
        (await consulent.GetStringAsync(url)).Should().Contain("data-testid=\"terugwerkend\"").And.Contain("IB-A11");

        var response = await consulent.PostFormAsync($"/Clienten/Wlz/{client}",
            new Dictionary<string, string> { ["Afgiftedatum"] = afgifte.ToString("yyyy-MM-dd") }, tokenFrom: url);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        keten.Toewijzing(id).Einddatum.Should().Be(verwacht);
        var details = await consulent.GetStringAsync(response.Headers.Location!.OriginalString);
        details.Should().Contain("data-testid=\"waarschuwing\"").And.Contain("Controleer de zorg die na de stopdatum is geleverd of gedeclareerd (IB-A11)");
        var bericht = keten.Berichten(id).Last();
        OfficialXsd.Errors(bericht.Xml).Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_field_and_rule_and_nothing_is_saved_not_even_for_the_other_toewijzing()
    {
        keten.SetWlzAanbieder(false);
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var client = keten.NewClient();
        var vroeg = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-30));
        var laat = await keten.IssueAsync(consulent, client, Vandaag.AddDays(-30));
        await VoorneKeten.StartAsync(aanbieder, laat, Vandaag);
        var berichtenVoor = keten.Berichten(vroeg).Count + keten.Berichten(laat).Count;
        var eindeVoor = keten.Toewijzing(vroeg).Einddatum;

        async Task<string> Fout(object invoer)
        {
            var r = await consulent.PostAsJsonAsync($"/api/clienten/{client}/wlz-indicatie", invoer);
            r.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            return await r.Content.ReadAsStringAsync();
        }
        (await Fout(new { Afgiftedatum = Vandaag.AddDays(1).ToString("yyyy-MM-dd") })).Should().Contain("Afgiftedatum").And.Contain("toekomst");
        (await Fout(new { Afgiftedatum = Vandaag.AddDays(-3).ToString("yyyy-MM-dd"), ZichtbaarOp = Vandaag.AddDays(-4).ToString("yyyy-MM-dd") }))
            .Should().Contain("ZichtbaarOp").And.Contain("vóór de afgiftedatum");
        // A stop date before the start of care of one toewijzing: neither is changed (atomic).
        var stop = Vandaag.AddDays(-5).ToString("yyyy-MM-dd");
        (await Fout(new { Afgiftedatum = Vandaag.AddDays(-10).ToString("yyyy-MM-dd"), Stopdatums = new Dictionary<Guid, string> { [vroeg] = stop, [laat] = stop } }))
            .Should().Contain($"Stopdatums[{laat}]").And.Contain("vóór de start van de zorg");
        (await Fout(new { Afgiftedatum = Vandaag.ToString("yyyy-MM-dd"), Stopdatums = new Dictionary<Guid, string> { [Guid.NewGuid()] = stop } }))
            .Should().Contain("geen lopende toewijzing van deze cliënt");

        keten.Toewijzing(vroeg).Einddatum.Should().Be(eindeVoor);
        keten.Toewijzing(vroeg).RedenWijziging.Should().BeNull();
        (keten.Berichten(vroeg).Count + keten.Berichten(laat).Count).Should().Be(berichtenVoor);
        keten.Gebeurtenissen(vroeg).Should().NotContain("stopdatum-vastgesteld");
    }

    [Fact]
    public async Task Only_a_consulent_of_the_clients_gemeente_may_register_others_get_404()
    {
        var client = keten.NewClient();
        var invoer = new { Afgiftedatum = Vandaag.ToString("yyyy-MM-dd") };
        foreach (var email in new[] { "consulent@deventer.demo", VoorneKeten.Aanbieder, "begeleider@delinde.demo" })
        {
            var gebruiker = await factory.LoggedInAsync(email);
            (await gebruiker.GetAsync($"/Clienten/Wlz/{client}")).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
            (await gebruiker.PostAsJsonAsync($"/api/clienten/{client}/wlz-indicatie", invoer)).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
            (await gebruiker.GetAsync($"/api/clienten/{client}/wlz-indicatie/voorstel?afgiftedatum={Vandaag:yyyy-MM-dd}")).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
        }
        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        (await beheer.PostAsJsonAsync($"/api/clienten/{client}/wlz-indicatie", invoer)).IsSuccessStatusCode.Should().BeFalse();
        var deventer = await factory.LoggedInAsync("consulent@deventer.demo");
        (await (await factory.LoggedInAsync(VoorneKeten.Aanbieder)).GetAsync("/Verplichtingen/WlzControle")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.PostAsJsonAsync("/api/wlz-controle", new { Datum = Vandaag.ToString("yyyy-MM-dd") })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "Deventer's contracts do not ask for the weekly Wlz check");
    }

    [Fact]
    public async Task IB_34c_the_weekly_check_is_an_organisation_level_event_under_the_contract_and_starts_the_next_week()
    {
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var contract = keten.Contract;
        var client = keten.NewClient();
        (await consulent.GetStringAsync($"/Clienten/Wlz/{client}")).Should().Contain("/Verplichtingen/WlzControle");
        (await consulent.GetStringAsync("/Verplichtingen")).Should().Contain("/Verplichtingen/WlzControle");
        (await consulent.GetStringAsync("/Verplichtingen/WlzControle")).Should().Contain("Wekelijkse Wlz-controle uitgevoerd").And.Contain("Individuele begeleiding Voorne aan Zee");
        var toekomst = await consulent.PostAsJsonAsync("/api/wlz-controle", new { Datum = Vandaag.AddDays(1).ToString("yyyy-MM-dd") });
        toekomst.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await toekomst.Content.ReadAsStringAsync()).Should().Contain("Datum").And.Contain("toekomst");

        var gisteren = await consulent.PostAsJsonAsync("/api/wlz-controle", new { Datum = Vandaag.AddDays(-1).ToString("yyyy-MM-dd") });
        gisteren.StatusCode.Should().Be(HttpStatusCode.OK, await gisteren.Content.ReadAsStringAsync());
        var response = await consulent.PostFormAsync("/Verplichtingen/WlzControle",
            new Dictionary<string, string> { ["Datum"] = Vandaag.ToString("yyyy-MM-dd") });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var controle = factory.WithDb(db => db.Gebeurtenissen.Where(g => g.ContractId == contract && g.Soort == "wlz-controle").ToList()
            .OrderBy(g => g.Moment).Last());
        controle.ClientId.Should().BeNull();
        controle.ToewijzingId.Should().BeNull();
        var ib34c = await consulent.GetAllPagesAsync<Dictionary<string, object>>($"/api/verplichtingen?contract={contract}"); // paged since issue 9
        ib34c!.Where(v => v["regel"].ToString() == "IB-34c").Should().Contain(v =>
            v["status"].ToString() == "Open" && v["deadline"].ToString() == Vandaag.AddDays(7).ToString("yyyy-MM-dd"));
        ib34c!.Where(v => v["regel"].ToString() == "IB-34c").Should().Contain(v => v["status"].ToString() == "Voldaan"
            && v["deadline"].ToString() == Vandaag.AddDays(6).ToString("yyyy-MM-dd") && v["bewijsGebeurtenisId"].ToString() == controle.Id.ToString(),
            "today's check meets the obligation that yesterday's check started");
    }
}
