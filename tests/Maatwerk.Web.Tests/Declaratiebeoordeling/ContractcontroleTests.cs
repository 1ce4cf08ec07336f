using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>The gemeente's checks beyond the toewijzing over HTTP: TR318 against the previous 323, a line more than 3
/// months after its period (DEV-Art8.13) for the beoordelaar, and the € 15 penalty per line in the ledger (DEV-Art8.8c).</summary>
public sealed class ContractcontroleTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Check(string Regel, string Retourcode, string Uitkomst, string Melding);
    private sealed record Regel(Guid Id, string ToewijzingNummer, DateOnly Begindatum, List<Check> Controles);
    private sealed record Details(Guid Id, string DeclaratieNummer, List<Regel> Regels);
    private sealed record Besluit(Guid Id, string Soort, string Aanbieder, string? DeclaratieNummer, int? Regels, long Bedrag, string Bron, bool Open);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A PO-B toewijzing from 1 June 2026 at De Linde with direct time on the given days.</summary>
    private async Task<string> ToewijzingAsync(params string[] dagen)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var ingang = new DateOnly(2026, 6, 1);
        var (client, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var org = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).Skip(1).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(client, ingang, ingang.AddMonths(12));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = D(ingang), Einddatum = D(ingang.AddMonths(12)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) })).StatusCode.Should().Be(HttpStatusCode.OK);
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        var tijd = await aanbieder.PostAsJsonAsync("/api/tijd", new { Regels = dagen.Select(d => new { ToewijzingId = id, MedewerkerId = medewerker, Datum = d, Begintijd = "06:00", Minuten = 60 }).ToArray() });
        tijd.StatusCode.Should().Be(HttpStatusCode.OK, await tijd.Content.ReadAsStringAsync());
        return factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer);
    }

    private async Task<Details> ReceiveAsync(HttpClient beoordelaar, string maand)
    {
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var xml = await linde.GetStringAsync($"/api/declaraties/xml?maand={maand}&gemeenteId={deventer}");
        var response = await beoordelaar.PostAsync("/api/iwmo/berichten", new StringContent(xml, System.Text.Encoding.UTF8, "application/xml"));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var identificatie = System.Xml.Linq.XDocument.Parse(xml).Descendants().First(e => e.Name.LocalName == "Identificatie").Value;
        var id = factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Identificatie == identificatie).Id);
        return (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{id}"))!;
    }

    [Fact]
    public async Task TR318_DEV_Art8_13_and_the_DEV_Art8_8c_penalty_ledger()
    {
        var nummer = await ToewijzingAsync("2026-06-16", "2026-10-14");
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");

        // October first; then a 323 over June: its DeclaratiePeriode lies before October (TR318, 8214).
        var oktober = await ReceiveAsync(beoordelaar, "2026-10-01");
        oktober.Regels.Single(r => r.ToewijzingNummer == nummer).Controles.Single(c => c.Regel == "TR318").Uitkomst.Should().Be("goed");
        var juni = await ReceiveAsync(beoordelaar, "2026-06-01");
        var regel = juni.Regels.Single(r => r.ToewijzingNummer == nummer);
        var tr318 = regel.Controles.Single(c => c.Regel == "TR318");
        (tr318.Uitkomst, tr318.Retourcode).Should().Be(("afwijzen", "8214"));

        // June, received 10 November: more than 3 months after the period (30 September) — the beoordelaar decides (AMB-16).
        var laat = regel.Controles.Single(c => c.Regel == "DEV-Art8.13");
        laat.Uitkomst.Should().Be("handmatig");
        laat.Melding.Should().Contain("30-09-2026");
        (await beoordelaar.GetStringAsync($"/Declaratiebeoordeling/Details/{juni.Id}")).Should().Contain("DEV-Art8.13").And.Contain("Boete opleggen");

        // The penalty: only with a reason; then € 15 × every line of the late declaration, in the ledger, open.
        var zonder = await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "" });
        zonder.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("AMB-19");
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Derde keer dit jaar te laat, eigen administratie." }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Nog eens voor dezelfde declaratie." }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var besluiten = (await beoordelaar.GetFromJsonAsync<List<Besluit>>("/api/declaratiebeoordeling/besluiten"))!;
        var boete = besluiten.Single(b => b.DeclaratieNummer == juni.DeclaratieNummer);
        (boete.Soort, boete.Bron, boete.Open).Should().Be(("boete", "DEV-Art8.8c", true));
        boete.Bedrag.Should().Be(1500L * juni.Regels.Count);
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling/Besluiten")).Should().Contain("DEV-Art8.8c").And.Contain(boete.Aanbieder);

        // The aanbieder cannot record decisions.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.PostAsJsonAsync($"/api/declaratiebeoordeling/{juni.Id}/boete", new { Reden = "Herhaald en toerekenbaar te laat." })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
