using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>The charts of the OCO-4.7 report: the submitted report's page carries its figures in a data attribute that a
/// static script draws with Chart.js (no inline script, strict CSP); the attribute holds exactly the report's figures.</summary>
public sealed class RapportageGrafiekTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    [Fact]
    public async Task De_grafiek_van_de_rapportage_toont_de_cijfers_van_de_rapportage_OCO_4_7()
    {
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var ingediend = await coordinator.PostAsJsonAsync("/api/oco-rapportages", new { GemeenteId = Voorne, Van = "2026-01-01", Tot = "2026-06-30", Trends = "Grafiek." });
        ingediend.StatusCode.Should().Be(HttpStatusCode.Created, await ingediend.Content.ReadAsStringAsync());
        var id = (await ingediend.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];

        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var pagina = await gemeente.GetAsync($"/Clientondersteuning/Rapportages/Details?id={id}");
        var html = await pagina.Content.ReadAsStringAsync();
        pagina.Headers.GetValues("Content-Security-Policy").Single().Should().NotContain("unsafe-inline");
        html.Should().Contain("/js/oco-rapportage.js").And.Contain("/lib/chartjs/chart.umd.min.js");
        Regex.IsMatch(html, @"<script(?![^>]*\bsrc=)[^>]*>").Should().BeFalse("the charts come from a static script, not an inline one");

        var attribuut = Regex.Match(html, "data-rapportage=\"([^\"]*)\"").Groups[1].Value;
        var data = JsonDocument.Parse(WebUtility.HtmlDecode(attribuut)).RootElement;
        var tabel = Regex.Matches(html, "data-onderdeel=\"(\\w)\"><td class=\"utrecht-table__cell\">\\w</td><td class=\"utrecht-table__cell\">([^<]*)</td><td class=\"utrecht-table__cell\">([^<]*)</td>")
            .Select(m => (Onderdeel: m.Groups[1].Value, Omschrijving: WebUtility.HtmlDecode(m.Groups[2].Value), Waarde: m.Groups[3].Value)).ToList();
        tabel.Should().NotBeEmpty();

        var aantallen = data.GetProperty("aantallen");
        var labels = aantallen.GetProperty("labels").EnumerateArray().Select(l => l.GetString()!).ToList();
        var waarden = aantallen.GetProperty("waarden").EnumerateArray().Select(w => w.GetInt32()).ToList();
        labels.Should().Contain(l => l.StartsWith("(a) ")).And.Contain(l => l.StartsWith("(f) "));
        foreach (var (label, waarde) in labels.Zip(waarden))
        {
            var rij = tabel.Single(t => label == $"({t.Onderdeel}) {t.Omschrijving}");
            rij.Waarde.Should().Be(waarde.ToString(), $"{label} in the chart equals the table");
        }
        var domeinen = data.GetProperty("levensdomeinen");
        var h = tabel.Where(t => t.Onderdeel == "h").ToList();
        domeinen.GetProperty("waarden").EnumerateArray().Select(w => w.GetInt32().ToString()).Should().Equal(h.Select(t => t.Waarde));
    }
}
