using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;
using static Maatwerk.Web.Tests.Declaraties.Declareren;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>A toewijzing with a Budget instead of an Omvang (iWmo CD075/CD077): issued by the consulent, carried in the
/// WMO301, and checked by the provider's pre-flight (TR369, retour 9369).</summary>
public sealed class DeclaratieBudgetTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Deventer = "0150";

    [Fact]
    public async Task A_budget_goes_out_in_the_301_in_eurocents_without_an_Omvang_CD077()
    {
        var (id, _) = await BudgetToewijzingAsync(2, 2500.50m);
        var xml = factory.WithDb(db => db.Berichten.Single(b => b.ToewijzingId == id && b.Soort == "WMO301").Xml);
        OfficialXsd.Errors(xml).Should().BeEmpty();
        xml.Should().Contain(">250050</").And.NotContain("Omvang>");
        factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).Budget).Should().Be(2500.50m);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        (await consulent.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().Contain("Budget").And.Contain("2.500,50");
    }

    [Theory]
    [InlineData(null, null, "Einddatum", "CD075")]
    [InlineData("2026-12-31", 60, "Budget", "CD077")]
    [InlineData("2026-12-31", null, "Budget", "LDT_Budget", 1_000_000)]
    public async Task A_budget_needs_an_end_date_and_no_Omvang(string? einde, int? volume, string veld, string regel, int budget = 500)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (client, contract) = ClientEnContract(3);
        var ingang = new DateOnly(2026, 10, 1);
        var beschikking = await consulent.BeschikkingAsync(client, ingang, new DateOnly(2026, 12, 31));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = D(ingang), Einddatum = einde,
            Volume = volume, Eenheid = volume is null ? null : "01", Frequentie = volume is null ? null : "2", Budget = (decimal)budget, BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain(veld).And.Contain(regel);
    }

    [Fact]
    public async Task The_pre_flight_refuses_a_line_over_the_budget_TR369()
    {
        var (krap, krapNummer) = await BudgetToewijzingAsync(4, 50m);
        var (ruim, ruimNummer) = await BudgetToewijzingAsync(5, 1000m);
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        foreach (var id in new[] { krap, ruim })
        {
            var start = await opMaat.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = "2026-10-01" });
            start.StatusCode.Should().Be(HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
            await factory.RegisterAsync(opMaat, id, "administratie@opmaat.demo", (id == krap ? "2026-10-06" : "2026-10-07", "10:00", 60));
        }

        var oktober = await opMaat.VoorbereidingAsync(factory.Gemeente(Deventer), "2026-10-01");

        oktober.Bezwaren.Should().ContainSingle(b => b.Toewijzing == krapNummer && b.Code == "TR369" && b.Blokkeert)
            .Which.Melding.Should().Contain("€ 50,00");
        oktober.Regels.Should().NotContain(r => r.ToewijzingNummer == krapNummer);
        oktober.Regels.Should().ContainSingle(r => r.ToewijzingNummer == ruimNummer);
        oktober.Bezwaren.Should().NotContain(b => b.Toewijzing == ruimNummer && b.Code == "TR369");
    }

    private (Guid Client, Guid Contract) ClientEnContract(int client) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == Deventer).Id;
        var org = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
        return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).Skip(client).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
    });

    private async Task<(Guid Id, string Nummer)> BudgetToewijzingAsync(int client, decimal budget)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (clientId, contract) = ClientEnContract(client);
        var (ingang, einde) = (new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        var beschikking = await consulent.BeschikkingAsync(clientId, ingang, einde);
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = clientId, ContractId = contract, Productcode = "PO-B", Ingangsdatum = D(ingang), Einddatum = D(einde), Budget = budget, BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        return (id, factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer));
    }
}
