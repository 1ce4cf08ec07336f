using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Beheer;

/// <summary>A beheerder maintains organisations, contracts and users, through pages and API, with Dutch field errors.</summary>
public sealed class ManagementTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    [Fact]
    public async Task Organisation_with_a_bad_agb_code_is_refused_then_created()
    {
        var client = await factory.LoggedInAsync("beheer@deventer.demo");
        var bad = await client.PostFormAsync("/Organisaties/Bewerken", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Thuiszorg Salland", ["Invoer.Soort"] = "Aanbieder", ["Invoer.AgbCode"] = "1234", ["Invoer.RegioId"] = "",
        });
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("De AGB-code moet uit precies 8 cijfers bestaan.");
        factory.WithDb(db => db.Organisaties.Any(o => o.Naam == "Thuiszorg Salland")).Should().BeFalse();

        var ok = await client.PostAsJsonAsync("/api/organisaties", new { Naam = "Thuiszorg Salland", Soort = "Aanbieder", AgbCode = "75759999" });
        ok.StatusCode.Should().Be(HttpStatusCode.Created);
        var dup = await client.PostAsJsonAsync("/api/organisaties", new { Naam = "Kopie", Soort = "Aanbieder", AgbCode = "75759999" });
        dup.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Contract_for_an_unknown_profile_is_refused_then_created_with_a_real_profile()
    {
        var client = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var (deventer, samenVerder) = factory.WithDb(db => (db.Organisaties.Single(o => o.Gemeentecode == "0150").Id, db.Organisaties.Single(o => o.AgbCode == "75750303").Id));
        var bad = await client.PostAsJsonAsync("/api/contracten", new
        {
            Naam = "Proef", OpdrachtgeverId = deventer, AanbiederId = samenVerder, ProfielId = "onbekend", ProfielVersie = 1, Ingangsdatum = "2026-01-01", Einddatum = "2025-01-01",
        });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var text = await bad.Content.ReadAsStringAsync();
        text.Should().Contain("Het contractprofiel 'onbekend' bestaat niet.").And.Contain("De einddatum mag niet vóór de ingangsdatum liggen.");

        var ok = await client.PostAsJsonAsync("/api/contracten", new
        {
            Naam = "Deventer — Samen Verder", OpdrachtgeverId = deventer, AanbiederId = samenVerder, ProfielId = "deventer-wmo-2023", ProfielVersie = 1, Ingangsdatum = "2026-01-01",
        });
        ok.StatusCode.Should().Be(HttpStatusCode.Created);
        var samen = await factory.LoggedInAsync("administratie@samenverder.demo");
        (await samen.GetStringAsync("/Contracten")).Should().Contain("Deventer — Samen Verder");
    }

    [Fact]
    public async Task A_beheerder_creates_a_user_who_can_then_log_in_with_that_role()
    {
        var client = await factory.LoggedInAsync("beheer@deventer.demo");
        var linde = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750101").Id);
        var wrongRole = await client.PostFormAsync("/Gebruikers/Bewerken", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Kees Kok", ["Invoer.Email"] = "kees@delinde.demo", ["Invoer.OrganisatieId"] = linde.ToString(),
            ["Invoer.Rol"] = "Consulent", ["Invoer.Actief"] = "true", ["Invoer.Wachtwoord"] = "kort",
        });
        var html = await wrongRole.Content.ReadAsStringAsync();
        html.Should().Contain("past niet bij een organisatie van soort aanbieder").And.Contain("minstens 12 tekens");

        var created = await client.PostFormAsync("/Gebruikers/Bewerken", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Kees Kok", ["Invoer.Email"] = "Kees@DeLinde.demo", ["Invoer.OrganisatieId"] = linde.ToString(),
            ["Invoer.Rol"] = "Begeleider", ["Invoer.Actief"] = "true", ["Invoer.Wachtwoord"] = "een-lang-wachtwoord",
        });
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var kees = factory.NewClient();
        (await kees.LoginAsync("kees@delinde.demo", "een-lang-wachtwoord")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await kees.GetStringAsync("/")).Should().Contain("Kees Kok — Begeleider");
        var api = await client.GetStringAsync("/api/gebruikers");
        api.Should().Contain("kees@delinde.demo").And.NotContain("wachtwoordHash", "the API never shows password hashes");
    }
}
