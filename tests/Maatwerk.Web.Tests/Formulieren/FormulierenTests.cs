using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Formulieren;

/// <summary>Forms for daily work (issue 13): a new toewijzing takes its dates from the chosen beschikking so the first
/// submit succeeds, shows the contract's unit, puts short messages at the field (and names every error above the form);
/// a beschikking without a client asks for the client; "Annuleren" goes back where the user came from; plan goals are
/// multi-line.</summary>
public sealed partial class FormulierenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private DateOnly Vandaag => factory.Vandaag;
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private (Guid Client, Guid Contract) DeventerLinde(int n) => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(n).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
    });

    [GeneratedRegex("""name="(?<naam>Invoer\.[A-Za-z]+)"[^>]*value="(?<waarde>[^"]*)"|<select[^>]*name="(?<naam>Invoer\.[A-Za-z]+)"[^>]*>(?:(?!</select>).)*?<option value="(?<waarde>[^"]*)" selected""", RegexOptions.Singleline)]
    private static partial Regex Velden();

    private static Dictionary<string, string> Formulier(string html) =>
        Velden().Matches(html).GroupBy(m => m.Groups["naam"].Value).ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups["waarde"].Value));

    [Fact]
    public async Task A_new_toewijzing_is_prefilled_from_the_beschikking_and_the_first_submit_succeeds()
    {
        var (client, contract) = DeventerLinde(11);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (ingang, einde) = (Vandaag.AddDays(10), Vandaag.AddMonths(6));
        var beschikking = await consulent.BeschikkingAsync(client, ingang, einde, "FORM-001");

        var url = $"/Toewijzingen/Nieuw?Client={client}&Contract={contract}&Beschikking={beschikking}";
        var html = await consulent.GetStringAsync(url);
        var velden = Formulier(html);
        velden["Invoer.Ingangsdatum"].Should().Be(D(ingang), "the toewijzing starts when the beschikking does");
        velden["Invoer.Einddatum"].Should().Be(D(einde));
        velden["Invoer.BeschikkingId"].Should().BeEquivalentTo(beschikking.ToString());
        html.Should().Contain("PO-B — Persoonlijke ondersteuning basis (eenheid: minuut)", "the contract allocates in minutes (iwmoEenheid 01)")
            .And.NotContain("per klokuur");
        html.Should().Contain("data-testid=\"annuleren\"");

        velden["Invoer.Productcode"] = "PO-B";
        velden["Invoer.Volume"] = "90";
        velden["Invoer.Eenheid"] = "01";
        velden["Invoer.Frequentie"] = "2";
        velden["Invoer.Spoed"] = "false";
        var verzonden = await consulent.PostFormAsync("/Toewijzingen/Nieuw", velden, url);
        verzonden.StatusCode.Should().Be(HttpStatusCode.Redirect, "the first submit succeeds: " + await verzonden.Content.ReadAsStringAsync());
        verzonden.Headers.Location!.OriginalString.Should().StartWith("/Toewijzingen/Details/");
    }

    [Fact]
    public async Task Errors_are_short_at_the_field_and_each_is_linked_above_the_form()
    {
        var (client, contract) = DeventerLinde(12);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var beschikking = await consulent.BeschikkingAsync(client, Vandaag, Vandaag.AddMonths(6), "FORM-002");
        var url = $"/Toewijzingen/Nieuw?Client={client}&Contract={contract}&Beschikking={beschikking}";
        var velden = Formulier(await consulent.GetStringAsync(url));
        velden["Invoer.Productcode"] = "PO-B";
        velden["Invoer.Ingangsdatum"] = D(Vandaag.AddDays(-1));
        velden["Invoer.Spoed"] = "false";

        var html = await (await consulent.PostFormAsync("/Toewijzingen/Nieuw", velden, url)).Content.ReadAsStringAsync();
        var fout = Regex.Match(html, """data-veld-fout="Invoer.Ingangsdatum"><p>(?<m>[^<]*)</p>""").Groups["m"].Value;
        WebUtility.HtmlDecode(fout).Should().Be($"Niet vóór de ingangsdatum van beschikking FORM-002: {Vandaag:dd-MM-yyyy}.");
        fout.Length.Should().BeLessThan(80, "a short message at the field");
        html.Should().Contain("data-testid=\"formulier-fouten\"").And.Contain("href=\"#Invoer_Ingangsdatum\"");
    }

    [Fact]
    public async Task A_beschikking_without_a_client_asks_for_the_client_and_marks_it()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await consulent.GetStringAsync("/Beschikkingen/Nieuw");
        html.Should().Contain("<select").And.Contain("name=\"Invoer.ClientId\"").And.Contain("Kies eerst de cliënt");
        html.Should().NotContain("/Clienten/Details/00000000-0000-0000-0000-000000000000", "Annuleren never leads to a 404");

        var zonder = await consulent.PostFormAsync("/Beschikkingen/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.ClientId"] = "", ["Invoer.Nummer"] = "FORM-003", ["Invoer.Besluitdatum"] = D(Vandaag), ["Invoer.Ingangsdatum"] = D(Vandaag),
            ["Invoer.Omschrijving"] = "Begeleiding",
        });
        var fout = await zonder.Content.ReadAsStringAsync();
        fout.Should().Contain("data-veld-fout=\"Invoer.ClientId\"", "the field that is wrong is marked").And.Contain("href=\"#Invoer_ClientId\"");
    }

    [Fact]
    public async Task Annuleren_goes_back_where_the_user_came_from_also_after_a_failed_submit()
    {
        var (client, _) = DeventerLinde(13);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var pad = $"/Beschikkingen/Nieuw?Client={client}";

        var vanLijst = new HttpRequestMessage(HttpMethod.Get, pad);
        vanLijst.Headers.Referrer = new Uri("http://localhost/Toewijzingen?status=open");
        var html = await (await consulent.SendAsync(vanLijst)).Content.ReadAsStringAsync();
        html.Should().Contain("href=\"/Toewijzingen?status=open\" data-testid=\"annuleren\"");

        var vreemd = new HttpRequestMessage(HttpMethod.Get, pad);
        vreemd.Headers.Referrer = new Uri("https://elders.example/phish");
        (await (await consulent.SendAsync(vreemd)).Content.ReadAsStringAsync())
            .Should().Contain($"href=\"/Clienten/Details/{client}\" data-testid=\"annuleren\"", "another site is never a way back; the client is");

        var mislukt = await consulent.PostFormAsync(pad, new Dictionary<string, string>
        {
            ["Invoer.ClientId"] = client.ToString(), ["Invoer.Nummer"] = "", ["Invoer.Besluitdatum"] = D(Vandaag), ["Invoer.Ingangsdatum"] = D(Vandaag),
            ["Invoer.Omschrijving"] = "", ["terug"] = "/Toewijzingen?status=open",
        });
        (await mislukt.Content.ReadAsStringAsync()).Should().Contain("href=\"/Toewijzingen?status=open\" data-testid=\"annuleren\"");
    }

    [Fact]
    public async Task Plan_goals_and_evaluation_answers_are_multi_line()
    {
        var toewijzing = factory.WithDb(db =>
        {
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            var contracten = db.Contracten.Where(c => c.AanbiederId == linde).Select(c => c.Id).ToList();
            return db.Toewijzingen.First(t => contracten.Contains(t.ContractId)).Id;
        });
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var plan = await aanbieder.GetStringAsync($"/Toewijzingen/Plan/{toewijzing}");
        plan.Should().MatchRegex("<textarea[^>]*rows=\"6\"[^>]*name=\"Invoer.Doelen\"").And.MatchRegex("<textarea[^>]*name=\"Invoer.Activiteiten\"");
    }
}
