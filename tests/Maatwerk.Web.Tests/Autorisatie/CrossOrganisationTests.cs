using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Autorisatie;

/// <summary>Requests that guess other organisations' ids get 404, never data.</summary>
public sealed class CrossOrganisationTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid OrgId(string naam) => factory.WithDb(db => db.Organisaties.Single(o => o.Naam == naam).Id);

    /// <summary>A client of the given aanbieder that the other aanbieder has no toewijzing for.</summary>
    private (Guid ClientId, Guid ToewijzingId) ClientOnlyOf(string aanbieder, string ander) => factory.WithDb(db =>
    {
        var eigen = db.Contracten.Where(c => c.AanbiederId == OrgId(aanbieder)).Select(c => c.Id).ToList();
        var anders = db.Contracten.Where(c => c.AanbiederId == OrgId(ander)).Select(c => c.Id).ToList();
        var metAnder = db.Toewijzingen.Where(t => anders.Contains(t.ContractId)).Select(t => t.ClientId).ToList();
        var t = db.Toewijzingen.AsEnumerable().First(t => eigen.Contains(t.ContractId) && !metAnder.Contains(t.ClientId));
        return (t.ClientId, t.Id);
    });

    [Fact]
    public async Task A_provider_cannot_open_another_providers_client_or_toewijzing()
    {
        var (clientId, toewijzingId) = ClientOnlyOf("Zorggroep De Linde", "Begeleiding Op Maat B.V.");
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/Clienten/Details/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/api/clienten/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/Toewijzingen/Details/{toewijzingId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/api/toewijzingen/{toewijzingId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var list = await opMaat.GetStringAsync("/api/clienten");
        list.Should().NotContain(clientId.ToString());

        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetAsync($"/Clienten/Details/{clientId}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_gemeente_cannot_open_clients_of_another_gemeente()
    {
        var voorneClient = factory.WithDb(db => db.Clienten.First(c => c.GemeenteId == OrgId("Gemeente Voorne aan Zee")).Id);
        var deventer = await factory.LoggedInAsync("consulent@deventer.demo");
        (await deventer.GetAsync($"/Clienten/Details/{voorneClient}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.GetAsync($"/Clienten/Bewerken/{voorneClient}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.GetAsync($"/api/clienten/{voorneClient}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var put = await deventer.PutAsJsonAsync($"/api/clienten/{voorneClient}", new { Bsn = "999990019", Achternaam = "Overschreven" });
        put.StatusCode.Should().Be(HttpStatusCode.NotFound);
        factory.WithDb(db => db.Clienten.Single(c => c.Id == voorneClient).Achternaam).Should().NotBe("Overschreven");
    }

    [Fact]
    public async Task A_regio_sees_the_residents_of_its_member_gemeenten_only()
    {
        var regio = OrgId("Regio Gooi en Vechtstreek");
        var expected = factory.WithDb(db =>
        {
            var leden = db.Organisaties.Where(o => o.RegioId == regio).Select(o => o.Id).ToList();
            return db.Clienten.Count(c => leden.Contains(c.GemeenteId));
        });
        var client = await factory.LoggedInAsync("consulent@gooivecht.demo");
        var clienten = await client.GetAllPagesAsync<Dictionary<string, object>>("/api/clienten"); // paged since issue 9
        clienten!.Count.Should().Be(expected).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task Contracts_and_users_of_other_organisations_stay_hidden()
    {
        var voorneContract = factory.WithDb(db => db.Contracten.First(c => c.OpdrachtgeverId == OrgId("Gemeente Voorne aan Zee")).Id);
        var kompasUser = factory.WithDb(db => db.Gebruikers.First(g => g.OrganisatieId == OrgId("Cliëntondersteuning Kompas")).Id);
        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        (await beheer.GetAsync($"/api/contracten/{voorneContract}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await beheer.GetAsync($"/Contracten/Bewerken/{voorneContract}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await beheer.GetAsync($"/api/gebruikers/{kompasUser}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await beheer.GetAsync($"/Gebruikers/Bewerken/{kompasUser}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var gebruikers = await kwaliteit.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/gebruikers");
        var linde = OrgId("Zorggroep De Linde").ToString();
        gebruikers!.Should().OnlyContain(g => g["organisatieId"].ToString() == linde);
    }

    [Fact]
    public async Task A_provider_cannot_open_another_providers_messages()
    {
        var linde = OrgId("Zorggroep De Linde");
        var bericht = factory.WithDb(db => db.Berichten.First(b => b.OntvangerOrganisatieId == linde).Id);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/Berichten/Details/{bericht}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/Berichten/Details/{bericht}?handler=Xml")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/api/iwmo/berichten/{bericht}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetStringAsync("/api/iwmo/berichten")).Should().NotContain(bericht.ToString());
        var eigen = await factory.LoggedInAsync("administratie@delinde.demo");
        (await eigen.GetAsync($"/Berichten/Details/{bericht}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void The_demo_messages_are_valid_iwmo_and_accepted()
    {
        var berichten = factory.WithDb(db => db.Berichten.ToList());
        berichten.Should().NotBeEmpty();
        berichten.Should().OnlyContain(b => b.Geldig, "the demo data is sent through the same checks as live messages");
        foreach (var b in berichten.Take(20))
            OfficialXsd.Errors(b.Xml).Should().BeEmpty(b.Soort);
    }

    [Fact]
    public async Task Random_ids_are_not_found()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var id = Guid.NewGuid();
        foreach (var path in new[] { $"/Clienten/Details/{id}", $"/api/clienten/{id}", $"/api/toewijzingen/{id}", $"/api/contracten/{id}", $"/Toewijzingen/Details/{id}" })
            (await client.GetAsync(path)).StatusCode.Should().Be(HttpStatusCode.NotFound, path);
    }

    [Fact]
    public async Task A_provider_cannot_register_or_change_clients()
    {
        var client = await factory.LoggedInAsync("administratie@delinde.demo");
        var gemeente = OrgId("Gemeente Deventer");
        var post = await client.PostAsJsonAsync("/api/clienten", new { Bsn = "999990019", GemeenteId = gemeente });
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/Clienten/Bewerken")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
