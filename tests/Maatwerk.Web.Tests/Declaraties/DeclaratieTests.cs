using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>The month's WMO323 from registered time: pre-flight, valid under the official XSD, sent once to the gemeente's
/// inbox as an outgoing Bericht; a product without a tariff is blocked in the pre-flight.</summary>
public sealed class DeclaratieTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Regel(string ToewijzingNummer, string Productcode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid, long ProductTarief, long IngediendBedrag);
    private sealed record Bezwaar(string Toewijzing, string Code, string Melding, bool Blokkeert);
    private sealed record Voorbereiding(string Gemeente, long Totaal, bool KanVerzenden, string? VerzondenNummer, List<Regel> Regels, List<Bezwaar> Bezwaren, List<string> BerichtFouten);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private async Task<(Guid Toewijzing, string Nummer)> GestartAsync(string gemeentecode, string agb, string consulentEmail, string aanbiederEmail, string product, DateOnly ingang)
    {
        var consulent = await factory.LoggedInAsync(consulentEmail);
        var aanbieder = await factory.LoggedInAsync(aanbiederEmail);
        var (client, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
            var org = db.Organisaties.Single(o => o.AgbCode == agb).Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(client, ingang, ingang.AddMonths(12));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = D(ingang), Einddatum = D(ingang.AddMonths(12)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) })).StatusCode.Should().Be(HttpStatusCode.OK);
        return (id, factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer));
    }

    private Guid Gemeente(string code) => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == code).Id);

    [Fact]
    public async Task The_administratie_builds_October_sees_the_preflight_and_sends_a_valid_323_once()
    {
        // A toewijzing that starts on 12 October: the line's period is clipped (TR387).
        var (toewijzing, nummer) = await GestartAsync("0150", "75750101", "consulent@deventer.demo", "administratie@delinde.demo", "PO-B", new DateOnly(2026, 10, 12));
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var tijd = await administratie.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new object[]
            {
                new { ToewijzingId = toewijzing, MedewerkerId = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id), Datum = "2026-10-13", Begintijd = "09:00", Minuten = 90 },
                new { ToewijzingId = toewijzing, MedewerkerId = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id), Datum = "2026-10-20", Begintijd = "09:00", Minuten = 65 },
                new { ToewijzingId = toewijzing, MedewerkerId = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id), Datum = "2026-10-20", Begintijd = "11:00", Minuten = 30, Soort = "Indirect" },
            },
        });
        tijd.StatusCode.Should().Be(HttpStatusCode.OK, await tijd.Content.ReadAsStringAsync());

        var deventer = Gemeente("0150");
        var v = (await administratie.GetFromJsonAsync<Voorbereiding>($"/api/declaraties/voorbereiding?maand=2026-10-01&gemeenteId={deventer}"))!;
        v.BerichtFouten.Should().BeEmpty();
        var regel = v.Regels.Single(r => r.ToewijzingNummer == nummer);
        (regel.Begindatum, regel.Einddatum).Should().Be((new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 31)));
        (regel.GeleverdVolume, regel.Eenheid, regel.ProductTarief, regel.IngediendBedrag).Should().Be((155L, "01", 104L, 16120L));
        v.Bezwaren.Should().Contain(b => b.Toewijzing == nummer && b.Code == "DEV-Art8.3" && !b.Blokkeert);
        v.KanVerzenden.Should().BeTrue();

        var pagina = await administratie.GetStringAsync($"/Declaraties?Maand=2026-10&Gemeente={deventer}");
        pagina.Should().Contain("Pre-flight").And.Contain(nummer).And.Contain("€ 161,20").And.Contain("Verzenden naar Gemeente Deventer");

        var xml = await administratie.GetStringAsync($"/api/declaraties/xml?maand=2026-10-01&gemeenteId={deventer}");
        OfficialXsd.Errors(xml).Should().BeEmpty();
        xml.Should().Contain("<wmo323:GeleverdVolume>155<").And.Contain("<iwmo:Begindatum>2026-10-12<");

        var verzenden = await administratie.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-10-01", GemeenteId = deventer });
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());
        var bericht = factory.WithDb(db => db.Berichten.Where(b => b.Soort == "WMO323").OrderByDescending(b => b.Ontvangen).First());
        bericht.OntvangerOrganisatieId.Should().Be(deventer);
        bericht.Geldig.Should().BeTrue(bericht.Retourcodes);
        OfficialXsd.Errors(bericht.Xml).Should().BeEmpty();
        // The gemeente sees it in its inbox.
        var declaraties = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await declaraties.GetStringAsync("/api/iwmo/berichten")).Should().Contain(bericht.Id.ToString());

        // The registrations of the sent month stay as they were declared.
        var week = await administratie.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/tijd?week=2026-10-13");
        var gedeclareerd = week.GetProperty("regels").EnumerateArray().First(r => r.GetProperty("toewijzingId").GetGuid() == toewijzing);
        var wijzig = await administratie.PutAsJsonAsync($"/api/tijd/{gedeclareerd.GetProperty("id").GetGuid()}", new
        {
            ToewijzingId = toewijzing, MedewerkerId = gedeclareerd.GetProperty("medewerkerId").GetGuid(), Datum = "2026-10-13", Begintijd = "09:00", Minuten = 120,
        });
        wijzig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wijzig.Content.ReadAsStringAsync()).Should().Contain("al gedeclareerd").And.Contain("IV085");
        (await administratie.DeleteAsync($"/api/tijd/{gedeclareerd.GetProperty("id").GetGuid()}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var opnieuw = await administratie.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-10-01", GemeenteId = deventer });
        opnieuw.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await opnieuw.Content.ReadAsStringAsync()).Should().Contain("al verzonden").And.Contain("TR389");
    }

    [Fact]
    public async Task Without_a_tariff_the_preflight_blocks_the_line_naming_product_and_date()
    {
        var (toewijzing, nummer) = await GestartAsync("1992", "75750202", "consulent@voorneaanzee.demo", "administratie@opmaat.demo", "IB-BASIS", new DateOnly(2026, 9, 1));
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "administratie@opmaat.demo").Id);
        (await opMaat.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = toewijzing, MedewerkerId = medewerker, Datum = "2026-10-06", Begintijd = "10:00", Minuten = 60 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var voorne = Gemeente("1992");
        var v = (await opMaat.GetFromJsonAsync<Voorbereiding>($"/api/declaraties/voorbereiding?maand=2026-10-01&gemeenteId={voorne}"))!;
        v.Regels.Should().NotContain(r => r.ToewijzingNummer == nummer);
        // IB-BASIS does not fit iWmo's 5 characters and Voorne has mapped no code: both reasons are listed.
        v.Bezwaren.Should().Contain(b => b.Toewijzing == nummer && b.Code == "CD080");
        v.Bezwaren.Should().ContainSingle(b => b.Toewijzing == nummer && b.Code == "TR418" && b.Blokkeert).Which.Melding.Should().Contain("IB-BASIS").And.Contain("01-10-2026");
        var verzenden = await opMaat.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-10-01", GemeenteId = voorne });
        verzenden.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await verzenden.Content.ReadAsStringAsync()).Should().Contain("niets te declareren");
        // De Linde has no toewijzing in Voorne aan Zee: not its gemeente.
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.GetAsync($"/api/declaraties/voorbereiding?maand=2026-10-01&gemeenteId={voorne}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
