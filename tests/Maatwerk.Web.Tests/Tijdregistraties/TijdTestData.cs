using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Tijdregistraties;

/// <summary>Started Deventer toewijzingen for De Linde, made through the API as consulent and aanbieder would.</summary>
public static class TijdTestData
{
    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A Deventer toewijzing for De Linde (PO-B unless said otherwise), started <paramref name="startOp"/> days ago;
    /// each <paramref name="clientNummer"/> takes another client of Deventer.</summary>
    public static async Task<Guid> GestarteToewijzingAsync(this MaatwerkFactory factory, int clientNummer, int startOp = 20, string product = "PO-B")
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var vandaag = factory.Vandaag;
        var (client, contract) = factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(clientNummer).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(client, vandaag.AddDays(-60), vandaag.AddMonths(10));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = D(vandaag.AddDays(-60)), Einddatum = D(vandaag.AddMonths(10)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var start = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(vandaag.AddDays(-startOp)) });
        start.StatusCode.Should().Be(HttpStatusCode.OK, await start.Content.ReadAsStringAsync());
        return id;
    }
}
