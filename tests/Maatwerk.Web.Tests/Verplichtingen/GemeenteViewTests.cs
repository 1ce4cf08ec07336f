using System.Net;
using Maatwerk.Infrastructure.Clienten;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verplichtingen;

/// <summary>A gemeente sees the obligations of its own residents only (issue 9, lists that scale): each obligation
/// carries its client's gemeente, so the view filters on one indexed column; when a regio moves a client to another
/// member gemeente, the obligations move with the client.</summary>
public sealed class GemeenteViewTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public void Every_obligation_about_a_client_carries_that_clients_gemeente_a_melding_its_own_and_the_others_none()
    {
        var (metClient, fout, zonderClient) = factory.WithDb(db =>
        {
            var rijen = db.Verplichtingen.Select(v => new { v.ClientId, v.GemeenteId, v.OnderwerpId }).ToList();
            var gemeenten = db.Clienten.ToDictionary(c => c.Id, c => c.GemeenteId);
            // An OCO melding has no client but its own gemeente (issue 15, MeldingGemeenteTests).
            var meldingen = db.Set<Domain.Clientondersteuning.Melding>().ToDictionary(m => m.Id, m => m.GemeenteId);
            return (rijen.Count(r => r.ClientId is not null),
                rijen.Count(r => r.ClientId is { } c ? r.GemeenteId != gemeenten[c]
                    : r.OnderwerpId is { } o && meldingen.TryGetValue(o, out var g) ? r.GemeenteId != g : r.GemeenteId is not null),
                rijen.Count(r => r.ClientId is null));
        });
        metClient.Should().BeGreaterThan(0);
        zonderClient.Should().BeGreaterThan(0);
        fout.Should().Be(0);
    }

    [Fact]
    public async Task A_gemeente_counts_the_obligations_of_its_own_residents_and_the_organisation_wide_ones()
    {
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var expected = factory.WithDb(db =>
        {
            var contracten = db.Contracten.Where(c => c.OpdrachtgeverId == deventer).Select(c => c.Id).ToList();
            var inwoners = db.Clienten.Where(c => c.GemeenteId == deventer).Select(c => (Guid?)c.Id).ToList();
            return db.Verplichtingen.Count(v => contracten.Contains(v.ContractId) && (v.ClientId == null || inwoners.Contains(v.ClientId)));
        });
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var response = await consulent.GetAsync("/api/verplichtingen?grootte=1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        int.Parse(response.Headers.GetValues("X-Total-Count").Single()).Should().Be(expected).And.BeGreaterThan(0);
    }

    [Fact]
    public async Task When_a_regio_moves_a_client_to_another_member_gemeente_the_obligations_move_along()
    {
        var (client, naar) = factory.WithDb(db =>
        {
            var regio = db.Organisaties.Single(o => o.Naam == "Regio Gooi en Vechtstreek").Id;
            var leden = db.Organisaties.Where(o => o.RegioId == regio).Select(o => o.Id).ToList();
            var metVerplichtingen = db.Verplichtingen.Where(v => v.ClientId != null).Select(v => v.ClientId!.Value).Distinct().ToList();
            var c = db.Clienten.AsEnumerable().First(c => leden.Contains(c.GemeenteId) && metVerplichtingen.Contains(c.Id));
            return (c, leden.First(l => l != c.GemeenteId));
        });
        var regioConsulent = await factory.LoggedInAsync("consulent@gooivecht.demo");
        var put = await regioConsulent.PutAsJsonAsync($"/api/clienten/{client.Id}", ClientInput.From(client) with { GemeenteId = naar });
        put.StatusCode.Should().Be(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());

        factory.WithDb(db => db.Verplichtingen.Where(v => v.ClientId == client.Id).Select(v => v.GemeenteId).Distinct().ToList())
            .Should().Equal(naar);
        var lijst = await regioConsulent.GetAllPagesAsync<Dictionary<string, object>>($"/api/verplichtingen?client={client.Id}");
        lijst.Should().NotBeEmpty("the regio still sees the client in its new member gemeente");
    }
}
