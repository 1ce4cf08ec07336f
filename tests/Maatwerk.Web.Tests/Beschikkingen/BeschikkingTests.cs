using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Beschikkingen;

/// <summary>The consulent records a beschikking and issues toewijzingen from it; a toewijzing lies within the
/// beschikking's period. Beschikkingen are the gemeente's: an aanbieder neither sees nor records them.</summary>
public sealed class BeschikkingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
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

    private static object Toewijzing(Guid client, Guid contract, Guid beschikking, DateOnly ingang, DateOnly einde) => new
    {
        ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = D(ingang), Einddatum = D(einde),
        Volume = 60, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
    };

    [Fact]
    public async Task A_toewijzing_carries_out_a_recorded_beschikking_within_its_period()
    {
        var (client, contract) = DeventerLinde(3);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var response = await consulent.PostAsJsonAsync("/api/beschikkingen", new
        {
            ClientId = client, Nummer = "WMO-2026-0042", Besluitdatum = D(Vandaag), Ingangsdatum = D(Vandaag), Einddatum = D(Vandaag.AddMonths(6)),
            Omschrijving = "Persoonlijke ondersteuning basis, 2 uur per week",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var beschikking = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];

        var teLang = await consulent.PostAsJsonAsync("/api/toewijzingen", Toewijzing(client, contract, beschikking, Vandaag, Vandaag.AddMonths(7)));
        teLang.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await teLang.Content.ReadAsStringAsync()).Should().Contain("Einddatum").And.Contain("beschikking WMO-2026-0042");
        var teVroeg = await consulent.PostAsJsonAsync("/api/toewijzingen", Toewijzing(client, contract, beschikking, Vandaag.AddDays(-1), Vandaag.AddMonths(6)));
        (await teVroeg.Content.ReadAsStringAsync()).Should().Contain("Ingangsdatum").And.Contain("vóór de ingangsdatum van beschikking");
        var vreemd = await consulent.PostAsJsonAsync("/api/toewijzingen", Toewijzing(DeventerLinde(4).Client, contract, beschikking, Vandaag, Vandaag.AddMonths(6)));
        (await vreemd.Content.ReadAsStringAsync()).Should().Contain("BeschikkingId").And.Contain("beschikking van deze cliënt");

        var goed = await consulent.PostAsJsonAsync("/api/toewijzingen", Toewijzing(client, contract, beschikking, Vandaag, Vandaag.AddMonths(6)));
        goed.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await goed.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id)).Should().Match<Domain.Toewijzingen.Toewijzing>(t => t.BeschikkingId == beschikking && t.BeschikkingNummer == "WMO-2026-0042");

        var pagina = await consulent.GetStringAsync($"/Clienten/Details/{client}");
        pagina.Should().Contain("WMO-2026-0042").And.Contain("Persoonlijke ondersteuning basis, 2 uur per week");
    }

    [Fact]
    public async Task Bad_beschikkingen_are_refused_naming_the_field_and_providers_see_none()
    {
        var (client, _) = DeventerLinde(5);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var fout = await consulent.PostAsJsonAsync("/api/beschikkingen", new
        {
            ClientId = client, Nummer = "", Besluitdatum = D(Vandaag.AddDays(1)), Ingangsdatum = D(Vandaag), Einddatum = D(Vandaag.AddDays(-1)), Omschrijving = "",
        });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Nummer").And.Contain("Besluitdatum").And.Contain("Einddatum").And.Contain("Omschrijving");
        var eerste = new { ClientId = client, Nummer = "B-1", Besluitdatum = D(Vandaag), Ingangsdatum = D(Vandaag), Omschrijving = "Schoon huis" };
        (await consulent.PostAsJsonAsync("/api/beschikkingen", eerste)).StatusCode.Should().Be(HttpStatusCode.Created);
        var dubbel = await consulent.PostAsJsonAsync("/api/beschikkingen", eerste);
        (await dubbel.Content.ReadAsStringAsync()).Should().Contain("al een beschikking met nummer B-1");

        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        (await aanbieder.PostAsJsonAsync("/api/beschikkingen", eerste with { Nummer = "B-2" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await aanbieder.GetFromJsonAsync<List<object>>($"/api/clienten/{client}/beschikkingen")).Should().BeEmpty();
        (await aanbieder.GetAsync("/Beschikkingen/Nieuw?Client=" + client)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_new_toewijzing_form_preselects_the_client_and_asks_for_the_beschikking()
    {
        var (client, contract) = DeventerLinde(6);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var pagina = await consulent.GetStringAsync($"/Toewijzingen/Nieuw?Client={client}");
        pagina.Should().MatchRegex($"(?i)<option value=\"{client}\" selected>", "the client chosen on the client page stays chosen (also when SQLite formats ids in upper case)");

        var zonder = await consulent.PostFormAsync("/Toewijzingen/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.ClientId"] = client.ToString(), ["Invoer.ContractId"] = contract.ToString(), ["Invoer.Productcode"] = "PO-B",
            ["Invoer.Ingangsdatum"] = D(Vandaag),
        }, $"/Toewijzingen/Nieuw?Client={client}&Contract={contract}");
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("Kies de beschikking die deze toewijzing uitvoert");
    }
}
