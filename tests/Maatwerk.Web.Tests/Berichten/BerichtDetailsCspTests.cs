using System.Net;
using System.Text.Json;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Berichten;

/// <summary>Issue 13, readable messages: the message page shows the message in Dutch sections (header, client,
/// products) with decoded codes and dd-mm-jjjj dates, the raw XML in a &lt;details&gt;, and no inline style (the strict
/// CSP blocked it); the layout comes from a stylesheet.</summary>
public sealed class BerichtDetailsCspTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private async Task<string> PageOfAsync(HttpClient client, string query)
    {
        var lijst = await client.GetFromJsonAsync<List<JsonElement>>($"/api/iwmo/berichten?{query}&grootte=5");
        lijst.Should().NotBeEmpty();
        var response = await client.GetAsync($"/Berichten/Details/{lijst![0].GetProperty("id").GetString()}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task De_berichtpagina_heeft_geen_style_attribuut()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await PageOfAsync(client, "map=in");
        html.Should().Contain("data-testid=\"inhoud\"").And.Contain("class=\"bericht-sectie\"").And.NotContain("style=");
        (await client.GetAsync("/css/berichten.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_toewijzing_leest_als_nederlandse_secties_met_de_xml_apart()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var html = await PageOfAsync(client, "map=uit&soort=WMO301");

        html.Should().Contain("<h3 class=\"utrecht-heading-3\">Header</h3>").And.Contain("<h3 class=\"utrecht-heading-3\">Cliënt</h3>")
            .And.Contain("Toegewezen product");
        html.Should().Contain("WMO301 Toewijzing Wmo-ondersteuning").And.Contain("<span class=\"code\"> (414)</span>");
        html.Should().Contain("Gemeente Deventer", "the afzender is named");
        html.Should().MatchRegex(@"<dt>Geslacht</dt>\s*<dd>(Mannelijk|Vrouwelijk|Onbekend)<span class=""code""> \(\d\)</span>");
        html.Should().MatchRegex(@"<dt>Omvang</dt>\s*<dd>\d+ (minuut|minuten|uur|etmaal|etmalen|dagde|stuk|euro)");
        html.Should().MatchRegex(@"<dt>Ingangsdatum</dt>\s*<dd>\d{2}-\d{2}-\d{4}<");
        html.Should().Contain("<details class=\"bericht-xml\">").And.Contain("&lt;wmo301:Bericht");
        html.Should().Contain("data-testid=\"retour-inhoud\"").And.Contain("Retourcode");
    }
}
