using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>IB-27a/b over HTTP: the aanbieder prints a letter telling the client the toewijzing ends (with advice to
/// request an extension at the gemeente) and registers that the client was informed, which meets IB-27a.</summary>
public sealed class EindeIndicatieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private readonly VoorneKeten keten = new(factory);
    private DateOnly Vandaag => factory.Vandaag;
    private static string Nl(DateOnly d) => d.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));

    private async Task<(Guid Id, DateOnly Einde)> RunningToewijzingAsync(HttpClient consulent, HttpClient aanbieder)
    {
        var einde = Vandaag.AddMonths(5);
        var id = await keten.IssueAsync(consulent, keten.NewClient(), Vandaag.AddDays(-30), einde);
        await VoorneKeten.StartAsync(aanbieder, id, Vandaag.AddDays(-20));
        return (id, einde);
    }

    [Fact]
    public async Task IB_27a_b_the_aanbieder_prints_the_letter_registers_the_notice_and_the_obligation_is_met()
    {
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var (id, einde) = await RunningToewijzingAsync(consulent, aanbieder);
        (await VoorneKeten.StatusAsync(aanbieder, id, "IB-27a")).Should().Equal("Open");

        var details = await aanbieder.GetStringAsync($"/Toewijzingen/Details/{id}");
        details.Should().Contain($"/Toewijzingen/EindeIndicatie/{id}").And.Contain("Cliënt informeren over einde indicatie")
            .And.Contain($"{Nl(einde.AddMonths(-2))} (IB-27a)");
        var url = $"/Toewijzingen/EindeIndicatie/{id}";
        var brief = await aanbieder.GetStringAsync(url);
        brief.Should().Contain("data-testid=\"brief\"").And.Contain("Wilhelmina Wlz-test").And.Contain("Zeeweg 12").And.Contain("3231AB Brielle")
            .And.Contain("Individuele begeleiding basis").And.Contain(Nl(einde)).And.Contain("Begeleiding Op Maat B.V.")
            .And.Contain("verlenging aan bij Gemeente Voorne aan Zee").And.Contain("/css/brief.css");

        var response = await aanbieder.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Invoer.Datum"] = Vandaag.ToString("yyyy-MM-dd"), ["Invoer.Wijze"] = "brief", ["Invoer.Verlengingsadvies"] = "true",
            ["Invoer.Toelichting"] = "Brief meegegeven na het gesprek",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await VoorneKeten.StatusAsync(aanbieder, id, "IB-27a")).Should().Equal("Voldaan");
        var na = await aanbieder.GetStringAsync($"/Toewijzingen/Details/{id}");
        na.Should().Contain($"Einde indicatie {einde:dd-MM-yyyy}; cliënt per brief geïnformeerd; advies over verlengingsaanvraag bij de gemeente gegeven (IB-27b)");
        var api = await aanbieder.GetFromJsonAsync<Dictionary<string, object>>($"/api/toewijzingen/{id}/einde-indicatie");
        api!["informerenUiterlijk"].ToString().Should().Be(einde.AddMonths(-2).ToString("yyyy-MM-dd"));
        api["meldingen"].ToString().Should().Contain("Brief meegegeven");
    }

    [Fact]
    public async Task Bad_input_and_a_second_notice_for_the_same_end_date_are_refused_until_the_end_date_changes()
    {
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var (id, einde) = await RunningToewijzingAsync(consulent, aanbieder);
        var pad = $"/api/toewijzingen/{id}/client-geinformeerd-einde";
        int Aantal() => keten.Gebeurtenissen(id).Count(s => s == "client-geinformeerd-einde");

        var toekomst = await aanbieder.PostAsJsonAsync(pad, new { Datum = Vandaag.AddDays(1).ToString("yyyy-MM-dd"), Wijze = "brief" });
        toekomst.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await toekomst.Content.ReadAsStringAsync()).Should().Contain("Datum").And.Contain("toekomst");
        var wijze = await aanbieder.PostAsJsonAsync(pad, new { Datum = Vandaag.ToString("yyyy-MM-dd"), Wijze = "sms" });
        (await wijze.Content.ReadAsStringAsync()).Should().Contain("Wijze").And.Contain("brief, gesprek of e-mail");
        Aantal().Should().Be(0);

        (await aanbieder.PostAsJsonAsync(pad, new { Datum = Vandaag.ToString("yyyy-MM-dd"), Wijze = "gesprek", Verlengingsadvies = true }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var tweede = await aanbieder.PostAsJsonAsync(pad, new { Datum = Vandaag.ToString("yyyy-MM-dd"), Wijze = "email" });
        tweede.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tweede.Content.ReadAsStringAsync()).Should().Contain("al geïnformeerd over de einddatum").And.Contain(einde.ToString("dd-MM-yyyy"));
        Aantal().Should().Be(1);

        var verlengd = einde.AddMonths(6);
        (await consulent.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Wijzigen", new { Datum = verlengd.ToString("yyyy-MM-dd"), Reden = "04" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await aanbieder.PostAsJsonAsync(pad, new { Datum = Vandaag.ToString("yyyy-MM-dd"), Wijze = "email" })).StatusCode.Should().Be(HttpStatusCode.OK);
        Aantal().Should().Be(2);
    }

    [Fact]
    public async Task Only_the_aanbieder_of_a_running_toewijzing_informs_the_client_others_get_404()
    {
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var (id, _) = await RunningToewijzingAsync(consulent, aanbieder);
        var invoer = new { Datum = Vandaag.ToString("yyyy-MM-dd"), Wijze = "brief" };
        foreach (var email in new[] { VoorneKeten.Consulent, "administratie@delinde.demo", "begeleider@delinde.demo" })
        {
            var gebruiker = await factory.LoggedInAsync(email);
            (await gebruiker.GetAsync($"/Toewijzingen/EindeIndicatie/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
            (await gebruiker.PostAsJsonAsync($"/api/toewijzingen/{id}/client-geinformeerd-einde", invoer)).StatusCode.Should().Be(HttpStatusCode.NotFound, email);
        }
        (await consulent.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().NotContain($"/Toewijzingen/EindeIndicatie/{id}");

        var nietGestart = await keten.IssueAsync(consulent, keten.NewClient(), Vandaag.AddDays(-3));
        (await aanbieder.GetAsync($"/Toewijzingen/EindeIndicatie/{nietGestart}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var fout = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{nietGestart}/client-geinformeerd-einde", invoer);
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Status").And.Contain("zorg voor deze toewijzing loopt niet");
        keten.Gebeurtenissen(id).Should().NotContain("client-geinformeerd-einde");
    }
}
