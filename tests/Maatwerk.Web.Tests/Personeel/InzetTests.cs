using System.Net;
using Maatwerk.Web.Tests.Support;
using Maatwerk.Web.Tests.Tijdregistraties;

namespace Maatwerk.Web.Tests.Personeel;

/// <summary>The VOG check at time registration over HTTP (issue 14, <c>InzetCheck</c>): time of a person in the staff register
/// (linked to the platform user who delivered it) is held against the VOG policy of the toewijzing's contract. Under Deventer
/// no VOG at all refuses the registration (DEV-Eis18-a: no deployment without a VOG); a VOG past its renewal saves with a
/// warning naming DEV-Eis18-d (the care was delivered).</summary>
public sealed class InzetTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private sealed record Opgeslagen(int Aangemaakt, List<Guid> Ids, List<string> Waarschuwingen);

    /// <summary>Links the kwaliteit user of De Linde to a new person in the staff register (so the administratie can register
    /// time on that user's behalf); returns the person's id and the user's id.</summary>
    private async Task<(Guid Medewerker, Guid Gebruiker)> GekoppeldeMedewerkerAsync(HttpClient kwaliteit, string naam)
    {
        var gebruiker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "kwaliteit@delinde.demo").Id);
        var id = await PersoneelTests.RegisterAsync(kwaliteit, new
        {
            Naam = naam, GebruikerId = gebruiker, Functie = "Persoonlijk begeleider", InDienst = "2023-01-02", Productcodes = "PO-B", Niveau = "Mbo4",
            Diplomanummer = "MZ-2018-0101",
        });
        return (id, gebruiker);
    }

    private static object Regel(Guid toewijzing, Guid medewerker, DateOnly dag, string begin) =>
        new { Regels = new[] { new { ToewijzingId = toewijzing, MedewerkerId = medewerker, Datum = D(dag), Begintijd = begin, Minuten = 60 } } };

    [Fact]
    public async Task DEV_Eis18_a_tijd_van_een_medewerker_zonder_VOG_wordt_geweigerd_en_een_verouderde_VOG_waarschuwt_met_DEV_Eis18_d()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(7);
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var (medewerker, gebruiker) = await GekoppeldeMedewerkerAsync(kwaliteit, "Zeger Zonder");
        var dag = factory.Vandaag.AddDays(-1);
        var voor = factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count());

        // No VOG at all: refused with the clause, at the field, nothing saved.
        var geweigerd = await administratie.PostAsJsonAsync("/api/tijd", Regel(toewijzing, gebruiker, dag, "09:00"));
        geweigerd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var melding = await geweigerd.Content.ReadAsStringAsync();
        melding.Should().Contain("Zeger Zonder heeft op 09-11-2026 geen VOG").And.Contain("niet geregistreerd").And.Contain("DEV-Eis18-a")
            .And.Contain("regels[0].MedewerkerId");
        factory.WithDb(db => db.Set<Domain.Tijdregistraties.Tijdregistratie>().Count()).Should().Be(voor);

        // A VOG issued before the start (within DEV-Eis18-a's 12 months) but not renewed within 36 months (DEV-Eis18-d): saved, with a warning.
        var vog = await kwaliteit.PostAsJsonAsync($"/api/personeel/{medewerker}/vogs", new { Afgiftedatum = "2022-12-01", Nummer = "VOG-2022-77" });
        vog.StatusCode.Should().Be(HttpStatusCode.Created, await vog.Content.ReadAsStringAsync());
        var opgeslagen = await administratie.PostAsJsonAsync("/api/tijd", Regel(toewijzing, gebruiker, dag, "09:00"));
        opgeslagen.StatusCode.Should().Be(HttpStatusCode.OK, await opgeslagen.Content.ReadAsStringAsync());
        var antwoord = (await opgeslagen.Content.ReadFromJsonAsync<Opgeslagen>())!;
        antwoord.Aangemaakt.Should().Be(1);
        antwoord.Waarschuwingen.Should().ContainSingle(w => w.Contains("uiterlijk 01-12-2025 vernieuwd") && w.Contains("(DEV-Eis18-d)"));
        antwoord.Waarschuwingen.Should().NotContain(w => w.Contains("DEV-Eis18-a"), "de VOG was bij indiensttreding niet ouder dan 12 maanden");

        // On the page the warning shows in the message after saving.
        var pagina = await administratie.PostFormAsync("/Tijdregistraties", new Dictionary<string, string>
        {
            ["Invoer.ToewijzingId"] = toewijzing.ToString(), ["Invoer.MedewerkerId"] = gebruiker.ToString(), ["Invoer.Datum"] = D(dag),
            ["Invoer.Begintijd"] = "13:00", ["Invoer.Minuten"] = "30", ["Invoer.Contactwijze"] = "Persoonlijk", ["Invoer.Soort"] = "Direct",
        });
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect, await pagina.Content.ReadAsStringAsync());
        (await administratie.GetStringAsync(pagina.Headers.Location!.ToString())).Should().Contain("DEV-Eis18-d");
    }

    [Fact]
    public async Task De_demodata_heeft_personeel_met_vaste_medewerkers_en_een_verlopen_VOG_onder_DEV_Eis18_d()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var lijst = await kwaliteit.GetStringAsync("/Personeel");
        lijst.Should().Contain("Sanne Bakker").And.Contain("Gerrit Mulder").And.NotContain("Fatma Yilmaz", "Op Maat's people are not De Linde's");
        var gerrit = factory.WithDb(db => db.Set<Domain.Personeel.Medewerker>().Single(m => m.Naam == "Gerrit Mulder").Id);
        (await kwaliteit.GetStringAsync($"/Personeel/Details/{gerrit}")).Should().Contain("niet inzetbaar").And.Contain("DEV-Eis18-d").And.Contain("BSD-40a");
        (await kwaliteit.GetStringAsync("/Personeel/VasteMedewerkers")).Should().Contain("Sanne Bakker");
        // The renewal of the expired VOG is an overdue obligation (MR-42, DEV-Eis18-d).
        factory.WithDb(db => db.Verplichtingen.Any(v => v.OnderwerpSoort == "medewerker" && v.OnderwerpId == gerrit && v.RegelId == "MR-42"
            && v.Status == Domain.Verplichtingen.VerplichtingStatus.TeLaat)).Should().BeTrue();
    }

    [Fact]
    public async Task DEV_B4_Q_PO_tijd_en_vaste_medewerker_op_PO_B_met_MBO_3_waarschuwen_met_de_bepaling()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(8);
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var gebruiker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        var id = await PersoneelTests.RegisterAsync(kwaliteit, new
        {
            Naam = "Mats Mbo", GebruikerId = gebruiker, Functie = "Begeleider", InDienst = "2026-10-01", Productcodes = "PO-L", Niveau = "Mbo3",
            Diplomanummer = "MZ-2024-3003",
        });
        await PersoneelVogs.AddValidAsync(kwaliteit, id);

        var tijd = await administratie.PostAsJsonAsync("/api/tijd", Regel(toewijzing, gebruiker, factory.Vandaag.AddDays(-1), "10:00"));
        tijd.StatusCode.Should().Be(HttpStatusCode.OK, await tijd.Content.ReadAsStringAsync());
        (await tijd.Content.ReadFromJsonAsync<Opgeslagen>())!.Waarschuwingen
            .Should().ContainSingle(w => w.Contains("Mats Mbo heeft kwalificatieniveau MBO 3") && w.Contains("minimaal MBO 4") && w.Contains("(DEV-B4-Q-PO)"));

        var vast = await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = id, Vanaf = D(factory.Vandaag) });
        vast.StatusCode.Should().Be(HttpStatusCode.OK, await vast.Content.ReadAsStringAsync());
        (await vast.Content.ReadAsStringAsync()).Should().Contain("DEV-B4-Q-PO");
    }
}
