using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Meldcode;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Maatwerk.Web.Tests.Meldcode;

/// <summary>The Meldcode over HTTP on the real app with the demo data (today is Tuesday 10 November 2026): trainings and the
/// report of who delivers care without one (IB-52a), the case register along the five steps with the Veilig Thuis decision
/// (IB-52a/b/c), only for the aanbieder's kwaliteit role, and the anonymised CSV export (IB-52c).</summary>
public sealed partial class MeldcodeTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string Linde = "kwaliteit@delinde.demo";
    private const string OpMaatKwaliteit = "kwaliteit@opmaat.test";

    private sealed record ZonderTraining(Guid MedewerkerId, string Naam, string Functie, DateOnly? LaatsteTraining, string Probleem, List<string> Bronnen);
    private sealed record Stap(int Nummer, string Naam, DateOnly? Datum, string? Notitie);
    private sealed record Casus(Guid Id, Guid Versie, Guid? ClientId, string Signalen, int BereikteStap, bool? MeldenBijVeiligThuis, DateOnly? VeiligThuisGemeldOp);

    /// <summary>A kwaliteit user at Begeleiding Op Maat (Voorne aan Zee contract); the demo has none.</summary>
    private async Task<HttpClient> OpMaatAsync()
    {
        factory.WithDb(db =>
        {
            if (!db.Gebruikers.Any(g => g.Email == OpMaatKwaliteit))
            {
                var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202");
                var gebruiker = new Gebruiker { Email = OpMaatKwaliteit, Naam = "Kwaliteit Op Maat", OrganisatieId = opMaat.Id, Rol = Rol.Kwaliteit };
                gebruiker.WachtwoordHash = new PasswordHasher<Gebruiker>().HashPassword(gebruiker, DemoData.Wachtwoord);
                db.Gebruikers.Add(gebruiker);
                db.SaveChanges();
            }
            return 0;
        });
        return await factory.LoggedInAsync(OpMaatKwaliteit);
    }

    private int AantalCasussen() => factory.WithDb(db => db.Set<MeldcodeCasus>().Count());

    [Fact]
    public async Task IB_52a_het_rapport_toont_wie_zorg_levert_zonder_training_en_een_training_registreren_haalt_hem_eruit()
    {
        var linde = await factory.LoggedInAsync(Linde);
        var rapport = (await linde.GetFromJsonAsync<List<ZonderTraining>>("/api/meldcode/zonder-training"))!;
        rapport.Select(r => r.Naam).Should().Equal(DemoMeldcode.ZonderTraining);
        (await linde.GetStringAsync("/Meldcode")).Should().Contain(DemoMeldcode.ZonderTraining).And.Contain("Geen meldcode-training geregistreerd");

        // Bad input: Dutch messages per field, nothing saved.
        var aantal = factory.WithDb(db => db.Set<MeldcodeTraining>().Count());
        var fout = await linde.PostAsJsonAsync("/api/meldcode/trainingen", new { MedewerkerId = rapport[0].MedewerkerId, Datum = "2026-11-11", Soort = "" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("kan niet in de toekomst liggen").And.Contain("Soort training is verplicht");
        factory.WithDb(db => db.Set<MeldcodeTraining>().Count()).Should().Be(aantal);

        // Through the page form.
        var pagina = await linde.PostFormAsync("/Meldcode/Training", new Dictionary<string, string>
        {
            ["Invoer.MedewerkerId"] = rapport[0].MedewerkerId.ToString(), ["Invoer.Datum"] = "2026-11-09",
            ["Invoer.Soort"] = "E-learning Meldcode (5 stappen)", ["Invoer.Bewijs"] = "Certificaat 123",
        });
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect, await pagina.Content.ReadAsStringAsync());
        (await linde.GetFromJsonAsync<List<ZonderTraining>>("/api/meldcode/zonder-training"))!.Should().BeEmpty();
        (await linde.GetStringAsync("/Meldcode")).Should().Contain("Iedereen die zorg levert heeft een geldige meldcode-training");
    }

    [Fact]
    public async Task IB_52a_onder_Voorne_aan_Zee_noemt_het_rapport_de_bepaling_en_een_andere_aanbieder_krijgt_404()
    {
        var opMaat = await OpMaatAsync();
        var rapport = (await opMaat.GetFromJsonAsync<List<ZonderTraining>>("/api/meldcode/zonder-training"))!;
        rapport.Select(r => r.Naam).Should().BeEquivalentTo(["Fatma Yilmaz", "Johan Smit"]);
        rapport.Should().OnlyContain(r => r.Bronnen.SequenceEqual(new[] { "IB-52a" }) && r.Probleem.Contains("(IB-52a)"));

        // De Linde's cases and people are not Op Maat's: 404, and a training for a Linde person is refused at the field.
        var lindeCasus = factory.WithDb(db => db.Set<MeldcodeCasus>().First().Id);
        (await opMaat.GetAsync($"/api/meldcode/casussen/{lindeCasus}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.PutAsJsonAsync($"/api/meldcode/casussen/{lindeCasus}", new { Signalen = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetAsync($"/Meldcode/Casus/{lindeCasus}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetFromJsonAsync<List<Casus>>("/api/meldcode/casussen"))!.Should().BeEmpty();
        var lindePersoon = factory.WithDb(db => db.Set<Domain.Personeel.Medewerker>().First(m => m.Naam == DemoMeldcode.ZonderTraining).Id);
        var fout = await opMaat.PostAsJsonAsync("/api/meldcode/trainingen", new { MedewerkerId = lindePersoon, Datum = "2026-11-09", Soort = "E-learning" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("kies een medewerker van uw organisatie");
    }

    [Fact]
    public async Task IB_52c_een_casus_volgt_de_vijf_stappen_op_volgorde_en_melden_vraagt_de_datum()
    {
        var linde = await factory.LoggedInAsync(Linde);
        var aantal = AantalCasussen();

        // A step dated before the previous one: a Dutch message at its field, nothing saved (API and page).
        var fout = await linde.PostAsJsonAsync("/api/meldcode/casussen", new { Signalen = "Signaal", Stap1Datum = "2026-11-02", Stap2Datum = "2026-11-01" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Stap2Datum").And.Contain("kan niet vóór die van stap 1");
        var pagina = await linde.PostFormAsync("/Meldcode/Casus", new Dictionary<string, string>
        {
            ["Invoer.Signalen"] = "Signaal", ["Invoer.Stap1Datum"] = "2026-11-02", ["Invoer.Stap3Datum"] = "2026-11-03",
        });
        pagina.StatusCode.Should().Be(HttpStatusCode.OK);
        (await pagina.Content.ReadAsStringAsync()).Should().Contain("pas worden gedateerd als stap 2 een datum heeft");
        AantalCasussen().Should().Be(aantal);

        // Register at step 1, then record the next steps; "melden" without its date is refused (IB-52b).
        var client = factory.WithDb(db => db.Set<MeldcodeCasus>().First(c => c.ClientId != null).ClientId);
        var response = await linde.PostAsJsonAsync("/api/meldcode/casussen", new { ClientId = client, Signalen = "Onrust bij de cliënt", Stap1Datum = "2026-11-02" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var casus = (await linde.GetFromJsonAsync<Casus>($"/api/meldcode/casussen/{id}"))!;
        casus.BereikteStap.Should().Be(1);
        var volledig = new
        {
            ClientId = client, Signalen = "Onrust bij de cliënt", Stap1Datum = "2026-11-02", Stap2Datum = "2026-11-03", Stap3Datum = "2026-11-04",
            Stap4Datum = "2026-11-05", Stap5Datum = "2026-11-06", MeldenBijVeiligThuis = true, Versie = casus.Versie,
        };
        fout = await linde.PutAsJsonAsync($"/api/meldcode/casussen/{id}", volledig);
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Datum melding bij Veilig Thuis is verplicht");
        (await linde.GetFromJsonAsync<Casus>($"/api/meldcode/casussen/{id}"))!.BereikteStap.Should().Be(1, "er is niets opgeslagen");
        (await linde.PutAsJsonAsync($"/api/meldcode/casussen/{id}", new { volledig.ClientId, volledig.Signalen, volledig.Stap1Datum, volledig.Stap2Datum,
            volledig.Stap3Datum, volledig.Stap4Datum, volledig.Stap5Datum, volledig.MeldenBijVeiligThuis, VeiligThuisGemeldOp = "2026-11-06", volledig.Versie }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        casus = (await linde.GetFromJsonAsync<Casus>($"/api/meldcode/casussen/{id}"))!;
        (casus.BereikteStap, casus.MeldenBijVeiligThuis, casus.VeiligThuisGemeldOp).Should().Be((5, true, new DateOnly(2026, 11, 6)));
        factory.WithDb(db => db.AuditRegels.Any(a => a.Entiteit == nameof(MeldcodeCasus) && a.EntiteitId == id.ToString())).Should().BeTrue("elke inzage staat in het auditlog");
        (await linde.GetStringAsync($"/Meldcode/Casus/{id}")).Should().Contain("Onrust bij de cliënt");
    }

    [Theory]
    [InlineData("administratie@delinde.demo")]
    [InlineData("begeleider@delinde.demo")]
    [InlineData("contractmanager@deventer.demo")]
    [InlineData("toezicht@deventer.demo")]
    public async Task Alleen_de_aandachtsfunctionaris_ziet_de_meldcode_andere_rollen_en_de_gemeente_krijgen_403(string email)
    {
        var client = await factory.LoggedInAsync(email);
        var casus = factory.WithDb(db => db.Set<MeldcodeCasus>().First().Id);
        (await client.GetAsync("/Meldcode")).Headers.Location?.ToString().Should().Contain("/Account/GeenToegang");
        (await client.GetAsync($"/Meldcode/Casus/{casus}")).Headers.Location?.ToString().Should().Contain("/Account/GeenToegang");
        (await client.GetAsync($"/api/meldcode/casussen/{casus}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/meldcode/export")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task IB_52c_de_geanonimiseerde_export_bevat_geen_gegevens_die_de_client_herkenbaar_maken()
    {
        var linde = await factory.LoggedInAsync(Linde);
        var (casus, client) = factory.WithDb(db =>
        {
            var c = db.Set<MeldcodeCasus>().First(x => x.ClientId != null && x.AfgeslotenOp != null);
            return (c, db.Clienten.Single(x => x.Id == c.ClientId));
        });
        foreach (var pad in new[] { "/api/meldcode/export", "/Meldcode?handler=Export" })
        {
            var response = await linde.GetAsync(pad);
            response.StatusCode.Should().Be(HttpStatusCode.OK, pad);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
            var regels = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(';')).ToList();
            regels[0].Should().Contain(["Bereikte stap", "Besluit melden bij Veilig Thuis", "Gemeld bij Veilig Thuis (maand)"]);
            regels.Should().OnlyContain(r => r.Length == regels[0].Length);
            var rijen = regels.Skip(1).Select(r => regels[0].Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
            rijen.Should().HaveCount(factory.WithDb(db => db.Set<MeldcodeCasus>().Count()));
            var gemeld = rijen.Single(r => r["Besluit melden bij Veilig Thuis"] == "ja" && r["Afgesloten (maand)"].Length > 0);
            gemeld["Bereikte stap"].Should().Be("5");
            gemeld["Gemeld bij Veilig Thuis (maand)"].Should().Be(casus.VeiligThuisGemeldOp!.Value.ToString("MM-yyyy", CultureInfo.InvariantCulture));
            rijen.Should().Contain(r => r["Bereikte stap"] == "3" && r["Besluit melden bij Veilig Thuis"] == "nog niet besloten");

            // None of the client's identifying values, no full dates, no free text.
            string[] herkenbaar =
            [
                client.Bsn, client.Achternaam, client.Voornamen.Split(' ')[0], client.Straat, client.Postcode, client.Woonplaats, client.Id.ToString(), casus.Id.ToString(),
                client.Geboortedatum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), client.Geboortedatum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                casus.Signalen[..20], casus.Stap1Notitie![..20],
            ];
            foreach (var waarde in herkenbaar.Where(w => !string.IsNullOrWhiteSpace(w)))
                csv.Should().NotContain(waarde);
            VolledigeDatum().IsMatch(csv).Should().BeFalse("alleen maand en jaar");
        }
    }

    [GeneratedRegex(@"\b\d{2}-\d{2}-\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex VolledigeDatum();
}
