using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>IB-27c over HTTP: an evaluation report reaches the gemeente only after the client consented; until then the
/// gemeente does not see it. Sharing registers the event the contract names (IB-27c, DEV-Eis4-b).</summary>
public sealed class EvaluatieDelenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private readonly VoorneKeten keten = new(factory);
    private DateOnly Vandaag => factory.Vandaag;
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private sealed record Evaluatie(Guid Id, DateOnly Datum, DateOnly? ToestemmingClientOp, DateOnly? GedeeldOp);

    [Fact]
    public async Task The_report_is_shared_only_with_the_clients_consent_and_then_the_gemeente_sees_it_IB_27c()
    {
        var consulent = await factory.LoggedInAsync(VoorneKeten.Consulent);
        var aanbieder = await factory.LoggedInAsync(VoorneKeten.Aanbieder);
        var id = await keten.IssueAsync(consulent, keten.NewClient(), Vandaag.AddDays(-60));
        await VoorneKeten.StartAsync(aanbieder, id, Vandaag.AddDays(-50));
        var antwoorden = new[] { "Wekelijks boodschappen samen, doel bijna bereikt", "Afschalen naar 60 minuten", "Buurvrouw helpt op dinsdag" };
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties", new { Datum = D(Vandaag.AddDays(-3)), Deelnemers = "cliënt", Antwoorden = antwoorden }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var evaluatie = (await aanbieder.GetFromJsonAsync<List<Evaluatie>>($"/api/toewijzingen/{id}/evaluaties"))!.Single();
        (await consulent.GetFromJsonAsync<List<Evaluatie>>($"/api/toewijzingen/{id}/evaluaties")).Should().BeEmpty("not shared yet");
        (await consulent.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().NotContain("Buurvrouw helpt op dinsdag");

        var zonder = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties/{evaluatie.Id}/delen", new { });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("ToestemmingClientOp").And.Contain("IB-27c");
        (await consulent.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties/{evaluatie.Id}/delen", new { ToestemmingClientOp = D(Vandaag) }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "the gemeente does not share the provider's report");

        var pagina = await aanbieder.PostFormAsync($"/Toewijzingen/Details/{id}?handler=EvaluatieDelen",
            new Dictionary<string, string> { ["evaluatieId"] = evaluatie.Id.ToString(), ["toestemmingOp"] = D(Vandaag.AddDays(-2)) }, $"/Toewijzingen/Details/{id}");
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var gedeeld = (await consulent.GetFromJsonAsync<List<Evaluatie>>($"/api/toewijzingen/{id}/evaluaties"))!.Single();
        (gedeeld.ToestemmingClientOp, gedeeld.GedeeldOp).Should().Be((Vandaag.AddDays(-2), Vandaag));
        (await consulent.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().Contain("Buurvrouw helpt op dinsdag").And.Contain("Gedeeld met de gemeente");
        keten.Gebeurtenissen(id).Should().Contain("evaluatieverslag-verzonden");

        var nogmaals = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties/{evaluatie.Id}/delen", new { ToestemmingClientOp = D(Vandaag) });
        (await nogmaals.Content.ReadAsStringAsync()).Should().Contain("al op");
    }
}
