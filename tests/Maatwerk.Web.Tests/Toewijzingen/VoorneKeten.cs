using System.Net;
using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>Test setup under the Voorne aan Zee contract with Op Maat (profile voorne-aan-zee-ib): a fresh client of
/// the gemeente and toewijzingen for it, issued and started over the API as users do.</summary>
internal sealed class VoorneKeten(MaatwerkFactory factory)
{
    public const string Consulent = "consulent@voorneaanzee.demo";
    public const string Aanbieder = "administratie@opmaat.demo";
    private static int _volgende = 400;

    public sealed record Bericht(Guid Id, string Soort, string Xml, bool Geldig, string? Retourcodes, Guid? Ontvanger);

    public DateOnly Vandaag => factory.Vandaag;

    public Guid Contract => factory.WithDb(db => db.Contracten.Single(c => c.ProfielId == "voorne-aan-zee-ib").Id);
    public Guid OpMaat => factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750202").Id);

    public Guid NewClient()
    {
        using var db = factory.NewDbContext();
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "1992").Id;
        var bsn = DemoData.TestBsns().Skip(Interlocked.Increment(ref _volgende)).First();
        var client = new Client
        {
            Bsn = bsn, Voornamen = "Wilhelmina", Achternaam = "Wlz-test", Geboortedatum = new DateOnly(1938, 3, 14), Straat = "Zeeweg",
            Huisnummer = "12", Postcode = "3231AB", Woonplaats = "Brielle", GemeenteId = gemeente,
        };
        db.Clienten.Add(client);
        db.SaveChanges();
        return client.Id;
    }

    public void SetWlzAanbieder(bool wlz)
    {
        using var db = factory.NewDbContext();
        db.Organisaties.Single(o => o.AgbCode == "75750202").IsWlzAanbieder = wlz;
        db.SaveChanges();
    }

    public async Task<Guid> IssueAsync(HttpClient consulent, Guid client, DateOnly ingang, DateOnly? einde = null)
    {
        var beschikking = await consulent.BeschikkingAsync(client, ingang, einde ?? Vandaag.AddMonths(11));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = Contract, Productcode = "IB-BASIS", Ingangsdatum = ingang.ToString("yyyy-MM-dd"),
            Einddatum = (einde ?? Vandaag.AddMonths(11)).ToString("yyyy-MM-dd"), Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    public static async Task StartAsync(HttpClient aanbieder, Guid id, DateOnly datum)
    {
        var response = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = datum.ToString("yyyy-MM-dd") });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Domain.Toewijzingen.Toewijzing Toewijzing(Guid id) => factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id));

    public List<Bericht> Berichten(Guid toewijzing) => factory.WithDb(db => db.Berichten.Where(b => b.ToewijzingId == toewijzing).OrderBy(b => b.Ontvangen)
        .Select(b => new Bericht(b.Id, b.Soort, b.Xml, b.Geldig, b.Retourcodes, b.OntvangerOrganisatieId)).ToList());

    public List<string> Gebeurtenissen(Guid toewijzing) => factory.WithDb(db => db.Gebeurtenissen.Where(g => g.ToewijzingId == toewijzing)
        .OrderBy(g => g.Moment).Select(g => g.Soort).ToList());

    /// <summary>The status of the obligation of <paramref name="regel"/> on a toewijzing, as the API shows it.</summary>
    public static async Task<List<string>> StatusAsync(HttpClient client, Guid toewijzing, string regel) =>
        (await client.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={toewijzing}"))!
            .Where(v => v["regel"].ToString() == regel).Select(v => v["status"].ToString()!).ToList();
}
