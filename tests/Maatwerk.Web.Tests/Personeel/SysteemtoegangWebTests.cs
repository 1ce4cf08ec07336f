using System.Net;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Personeel;

/// <summary>DEV-Eis18-b over HTTP: De Linde's kwaliteit sees which of its platform users open client data without being a
/// person with a valid VOG in the staff register, under its Deventer contract (the Gooi contract does not ask it); linking
/// the user to a person with a VOG puts it in order. The gemeente does not see the report.</summary>
public sealed class SysteemtoegangWebTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Status(string Contract, bool Geldig, List<string> Problemen);
    private sealed record Systeemgebruiker(string Email, string Rol, string? Medewerker, bool Geldig, List<Status> VogStatus);

    [Fact]
    public async Task DEV_Eis18_b_users_who_open_client_data_need_a_linked_person_with_a_valid_VOG_under_Deventer()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var lijst = (await kwaliteit.GetFromJsonAsync<List<Systeemgebruiker>>("/api/personeel/systeemtoegang"))!;
        lijst.Select(g => g.Email).Should().BeEquivalentTo(["administratie@delinde.demo", "begeleider@delinde.demo", "kwaliteit@delinde.demo"]);
        var zelf = lijst.Single(g => g.Email == "kwaliteit@delinde.demo");
        zelf.Geldig.Should().BeFalse();
        zelf.VogStatus.Should().ContainSingle("only the Deventer contract asks it, not Gooi (BSD)")
            .Which.Problemen.Should().ContainSingle(p => p.Contains("niet als medewerker met een VOG") && p.EndsWith("(DEV-Eis18-b)"));

        // Link the user to a person with a VOG issued a month before the start: in order under DEV-Eis18-a/b/d.
        var gebruiker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "kwaliteit@delinde.demo").Id);
        var medewerker = await PersoneelTests.RegisterAsync(kwaliteit, new
        {
            Naam = "Petra Jansen", GebruikerId = gebruiker, Functie = "Kwaliteitsmedewerker", InDienst = "2025-06-01", Productcodes = "PO-B", Niveau = "Hbo",
            Diplomanummer = "HBO-2015-0042",
        });
        (await kwaliteit.PostAsJsonAsync($"/api/personeel/{medewerker}/vogs", new { Afgiftedatum = "2025-05-01", Nummer = "VOG-2025-118" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        zelf = (await kwaliteit.GetFromJsonAsync<List<Systeemgebruiker>>("/api/personeel/systeemtoegang"))!.Single(g => g.Email == "kwaliteit@delinde.demo");
        zelf.Medewerker.Should().Be("Petra Jansen");
        zelf.Geldig.Should().BeTrue(string.Join("; ", zelf.VogStatus.SelectMany(s => s.Problemen)));

        var pagina = await kwaliteit.GetStringAsync("/Personeel/Systeemtoegang");
        pagina.Should().Contain("Petra Jansen").And.Contain("begeleider@delinde.demo").And.Contain("niet gekoppeld").And.Contain("DEV-Eis18-b");

        // The gemeente and the aanbieder's begeleider do not see it.
        var gemeente = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await gemeente.GetAsync("/api/personeel/systeemtoegang")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gemeente.GetAsync("/Personeel/Systeemtoegang")).StatusCode.Should().NotBe(HttpStatusCode.OK);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        (await begeleider.GetAsync("/api/personeel/systeemtoegang")).StatusCode.Should().NotBe(HttpStatusCode.OK);
    }
}
