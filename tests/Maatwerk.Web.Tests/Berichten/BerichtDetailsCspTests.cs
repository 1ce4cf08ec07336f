using System.Net;
using System.Text.Json;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Berichten;

/// <summary>Issue 13, readable messages: the message page has no inline style (the strict CSP blocked it and the
/// outline rendered flat); the nesting comes from a stylesheet.</summary>
public sealed class BerichtDetailsCspTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task De_berichtpagina_heeft_geen_style_attribuut()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var lijst = await client.GetFromJsonAsync<List<JsonElement>>("/api/iwmo/berichten?grootte=5");
        lijst.Should().NotBeEmpty();
        var response = await client.GetAsync($"/Berichten/Details/{lijst![0].GetProperty("id").GetString()}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"inhoud\"").And.Contain("class=\"diepte-1\"").And.NotContain("style=");
        (await client.GetAsync("/css/berichten.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
