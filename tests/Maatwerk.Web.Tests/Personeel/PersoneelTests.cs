using System.Net;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Personeel;

/// <summary>The staff register over HTTP on the real app (today is Tuesday 10 November 2026): kwaliteit registers and edits a
/// person (Dutch messages at the field, nothing saved on bad input), makes them a client's fixed worker with a deputy
/// (DEV-Eis6-R10, IB-15a); the gemeente's contractmanager sees status only; another aanbieder sees nothing.</summary>
public sealed class PersoneelTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    internal sealed record Medewerker(Guid Id, string Naam, string Aanbieder, string Functie, List<string> Producten, string Niveau);

    internal static async Task<Guid> RegisterAsync(HttpClient client, object invoer)
    {
        var response = await client.PostAsJsonAsync("/api/personeel", invoer);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    internal static object Persoon(string naam, string inDienst = "2025-03-01", string producten = "PO-B") => new
    {
        Naam = naam, Functie = "Persoonlijk begeleider", InDienst = inDienst, Productcodes = producten, Niveau = "Mbo4",
        Diploma = "MBO 4 Maatschappelijke zorg", Diplomanummer = "MZ-2019-4411", Diplomadatum = "2019-07-01",
    };

    internal static Guid Toewijzing(MaatwerkFactory factory, string agb, string profiel) => factory.WithDb(db =>
    {
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == aanbieder && c.ProfielId == profiel).Select(c => c.Id).ToList();
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId) && t.Status == ToewijzingStatus.Gestart).OrderBy(t => t.Id).First().Id;
    });

    [Fact]
    public async Task Kwaliteit_registreert_een_medewerker_met_meldingen_op_het_veld_en_niets_opgeslagen_bij_foute_invoer()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var fout = await kwaliteit.PostFormAsync("/Personeel/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Fout Persoon", ["Invoer.Functie"] = "", ["Invoer.InDienst"] = "2025-01-01", ["Invoer.Niveau"] = "Hbo",
        });
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Functie is verplicht.");
        fout = await kwaliteit.PostFormAsync("/Personeel/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Fout Persoon", ["Invoer.Functie"] = "Begeleider", ["Invoer.InDienst"] = "2025-01-01", ["Invoer.Niveau"] = "Hbo",
            ["Invoer.Productcodes"] = "PO-B, ONBEKEND",
        });
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Onbekend product: ONBEKEND").And.Contain("IB-11");
        factory.WithDb(db => db.Set<Domain.Personeel.Medewerker>().Any(m => m.Naam == "Fout Persoon")).Should().BeFalse();

        var goed = await kwaliteit.PostFormAsync("/Personeel/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Ilse Formulier", ["Invoer.Functie"] = "Ambulant begeleider", ["Invoer.InDienst"] = "2025-01-01", ["Invoer.Niveau"] = "Hbo",
            ["Invoer.Productcodes"] = "po-b, PO-BP", ["Invoer.Diplomanummer"] = "SPH-2018-0042",
        });
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var details = await kwaliteit.GetStringAsync(goed.Headers.Location!.ToString());
        details.Should().Contain("Ilse Formulier").And.Contain("PO-B, PO-BP").And.Contain("SPH-2018-0042");
        (await kwaliteit.GetStringAsync("/Personeel")).Should().Contain("Ilse Formulier");
    }

    [Fact]
    public async Task Wijzigen_gebruikt_de_versie_en_weigert_een_verouderde_wijziging()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var id = await RegisterAsync(kwaliteit, Persoon("Wim Wijziging"));
        var versie = factory.WithDb(db => db.Set<Domain.Personeel.Medewerker>().Single(m => m.Id == id).Versie);
        var eerste = await kwaliteit.PutAsJsonAsync($"/api/personeel/{id}", new
        {
            Naam = "Wim Wijziging", Functie = "Teamleider", InDienst = "2025-03-01", Productcodes = "PO-B", Niveau = "Hbo", Diplomanummer = "X-1", Versie = versie,
        });
        eerste.StatusCode.Should().Be(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        var tweede = await kwaliteit.PutAsJsonAsync($"/api/personeel/{id}", new
        {
            Naam = "Wim Wijziging", Functie = "Coördinator", InDienst = "2025-03-01", Productcodes = "PO-B", Niveau = "Hbo", Diplomanummer = "X-1", Versie = versie,
        });
        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await kwaliteit.GetFromJsonAsync<Medewerker>($"/api/personeel/{id}"))!.Functie.Should().Be("Teamleider");
    }

    [Fact]
    public async Task De_contractmanager_ziet_status_zonder_nummers_en_een_andere_aanbieder_ziet_niets()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var id = await RegisterAsync(kwaliteit, Persoon("Greet Gemeentezicht"));

        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var lijst = await contractmanager.GetStringAsync("/api/personeel");
        lijst.Should().Contain("Greet Gemeentezicht").And.NotContain("MZ-2019-4411");
        (await contractmanager.GetAsync($"/api/personeel/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.GetAsync($"/Personeel/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.GetStringAsync("/Personeel")).Should().Contain("Greet Gemeentezicht").And.NotContain("MZ-2019-4411");

        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/api/personeel/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.GetStringAsync("/api/personeel")).Should().NotContain("Greet Gemeentezicht");
        (await opMaat.PutAsJsonAsync($"/api/personeel/{id}", Persoon("Overgenomen"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DEV_Eis6_R10_een_vaste_medewerker_en_een_andere_vervanger_per_toewijzing()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var vast = await RegisterAsync(kwaliteit, Persoon("Vera Vast", inDienst: "2026-10-01"));
        var vervanger = await RegisterAsync(kwaliteit, Persoon("Vincent Vervanger", inDienst: "2026-10-01"));
        await PersoneelVogs.AddValidAsync(kwaliteit, vast);
        await PersoneelVogs.AddValidAsync(kwaliteit, vervanger);
        var toewijzing = Toewijzing(factory, "75750101", "deventer-wmo-2023");

        var zelfde = await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = vast, VervangerId = vast, Vanaf = "2026-11-10" });
        zelfde.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zelfde.Content.ReadAsStringAsync()).Should().Contain("DEV-Eis6-R10");

        var goed = await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = vast, VervangerId = vervanger, Vanaf = "2026-11-10" });
        goed.StatusCode.Should().Be(HttpStatusCode.OK, await goed.Content.ReadAsStringAsync());
        (await kwaliteit.GetStringAsync($"/Personeel/Details/{vast}")).Should().Contain("vaste medewerker vanaf");
        (await kwaliteit.GetStringAsync($"/Personeel/Details/{vervanger}")).Should().Contain("vervanger vanaf");
        (await kwaliteit.GetStringAsync($"/Personeel/VasteMedewerker/{toewijzing}")).Should().Contain("Vera Vast");

        var anderen = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await anderen.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = vast, Vanaf = "2026-11-10" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

/// <summary>VOG per contract over HTTP (issue 14): a VOG too old at the employment start refuses making the person a
/// fixed worker with the clause (DEV-Eis18-a 12 months), the renewal becomes an obligation (MR-42, DEV-Eis18-d).</summary>
public sealed class VogTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task DEV_Eis18_a_een_te_oude_VOG_maakt_geen_vaste_medewerker_en_de_vernieuwing_is_een_verplichting()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var id = await PersoneelTests.RegisterAsync(kwaliteit, PersoneelTests.Persoon("Otto Oud", inDienst: "2026-10-01"));
        await PersoneelVogs.AddValidAsync(kwaliteit, id, afgifte: "2025-09-01");
        var toewijzing = PersoneelTests.Toewijzing(factory, "75750101", "deventer-wmo-2023");

        var response = await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = id, Vanaf = "2026-11-10" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ouder dan 12 maanden").And.Contain("DEV-Eis18-a").And.Contain("vaste medewerker");
        (await kwaliteit.GetStringAsync($"/Personeel/Details/{id}")).Should().Contain("niet inzetbaar").And.Contain("DEV-Eis18-a");

        await PersoneelVogs.AddValidAsync(kwaliteit, id, afgifte: "2026-09-20");
        (await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = id, Vanaf = "2026-11-10" }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        factory.WithDb(db => db.Verplichtingen.Any(v => v.OnderwerpSoort == "medewerker" && v.OnderwerpId == id && v.RegelId == "MR-42"
            && v.Deadline == new DateOnly(2029, 9, 20))).Should().BeTrue();
    }
}

/// <summary>Recording a VOG that every contract accepts (issued this month, profile 45 with risk areas 08 and 12, assessed by the gemeente).</summary>
internal static class PersoneelVogs
{
    public static async Task AddValidAsync(HttpClient client, Guid medewerker, string afgifte = "2026-09-20")
    {
        var response = await client.PostAsJsonAsync($"/api/personeel/{medewerker}/vogs", new
        {
            Afgiftedatum = afgifte, Nummer = "VOG-123", Screeningsprofiel = "45", Risicogebieden = "08, 12", BeoordeeldDoorGemeenteOp = "2026-09-25",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
