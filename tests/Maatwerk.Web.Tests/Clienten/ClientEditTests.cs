using System.Net;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clienten;

public sealed class ClientEditTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid DeventerClient(int skip = 0) => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        return db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(skip).First().Id;
    });

    private Dictionary<string, string> Form(Guid id) => factory.WithDb(db =>
    {
        var c = db.Clienten.Single(x => x.Id == id);
        return new Dictionary<string, string>
        {
            ["Invoer.Versie"] = c.Versie.ToString(), ["Invoer.Bsn"] = c.Bsn, ["Invoer.Voornamen"] = c.Voornamen,
            ["Invoer.Tussenvoegsel"] = c.Tussenvoegsel ?? "", ["Invoer.Achternaam"] = c.Achternaam,
            ["Invoer.Geboortedatum"] = c.Geboortedatum.ToString("yyyy-MM-dd"), ["Invoer.Straat"] = c.Straat,
            ["Invoer.Huisnummer"] = c.Huisnummer, ["Invoer.Postcode"] = c.Postcode, ["Invoer.Woonplaats"] = c.Woonplaats,
            ["Invoer.Telefoon"] = c.Telefoon ?? "", ["Invoer.GemeenteId"] = c.GemeenteId.ToString(),
        };
    });

    [Fact]
    public async Task An_invalid_bsn_is_refused_at_the_field_and_nothing_is_saved()
    {
        var id = DeventerClient();
        var before = factory.WithDb(db => db.Clienten.Single(c => c.Id == id));
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var form = Form(id);
        form["Invoer.Bsn"] = "123456789";
        form["Invoer.Achternaam"] = "Gewijzigd";
        var response = await client.PostFormAsync($"/Clienten/Bewerken/{id}", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-veld-fout=\"Invoer.Bsn\"").And.Contain("Het BSN voldoet niet aan de elfproef.");
        var after = factory.WithDb(db => db.Clienten.Single(c => c.Id == id));
        after.Achternaam.Should().Be(before.Achternaam);
        after.Bsn.Should().Be(before.Bsn);
        after.Versie.Should().Be(before.Versie);
    }

    [Fact]
    public async Task A_valid_change_is_saved_and_audited()
    {
        var id = DeventerClient(1);
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var form = Form(id);
        form["Invoer.Achternaam"] = "Veldkamp";
        form["Invoer.Postcode"] = "7411 ab";
        var response = await client.PostFormAsync($"/Clienten/Bewerken/{id}", form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = factory.WithDb(db => db.Clienten.Single(c => c.Id == id));
        saved.Achternaam.Should().Be("Veldkamp");
        saved.Postcode.Should().Be("7411AB");
        factory.WithDb(db => db.AuditRegels.Count(a => a.EntiteitId == id.ToString() && a.Actie == AuditAction.Wijzigen && a.Gebruiker == "consulent@deventer.demo"))
            .Should().Be(1);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept()
    {
        var id = DeventerClient(2);
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var first = Form(id);
        var second = Form(id); // both users opened the same version
        first["Invoer.Achternaam"] = "Eerste";
        second["Invoer.Achternaam"] = "Tweede";

        (await client.PostFormAsync($"/Clienten/Bewerken/{id}", first)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var response = await client.PostFormAsync($"/Clienten/Bewerken/{id}", second);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Iemand anders heeft dit gegeven intussen gewijzigd");
        factory.WithDb(db => db.Clienten.Single(c => c.Id == id).Achternaam).Should().Be("Eerste");
    }

    [Fact]
    public async Task Reading_a_client_is_written_to_the_audit_trail()
    {
        var id = DeventerClient(3);
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var before = factory.WithDb(db => db.AuditRegels.Count(a => a.EntiteitId == id.ToString() && a.Actie == AuditAction.Lezen));
        (await client.GetAsync($"/Clienten/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/clienten/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = factory.WithDb(db => db.AuditRegels.Where(a => a.EntiteitId == id.ToString() && a.Actie == AuditAction.Lezen).ToList());
        lines.Should().HaveCount(before + 2);
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        lines.Should().OnlyContain(a => a.Gebruiker == "consulent@deventer.demo" && a.OrganisatieId == deventer && a.Entiteit == "Client");

        var beheer = await factory.LoggedInAsync("beheer@deventer.demo");
        (await beheer.GetStringAsync("/Audit")).Should().Contain(id.ToString()).And.Contain("Ingezien");
    }

    [Fact]
    public void The_audit_trail_is_append_only()
    {
        using var db = factory.NewDbContext();
        var regel = db.AuditRegels.First();
        regel.Actie = "vervalst";
        var act = () => db.SaveChanges();
        act.Should().Throw<InvalidOperationException>().WithMessage("*alleen aan te vullen*");
    }

    [Fact]
    public async Task The_api_refuses_invalid_clients_with_dutch_messages_per_field()
    {
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var gemeente = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var before = factory.WithDb(db => db.Clienten.Count());
        var response = await client.PostAsJsonAsync("/api/clienten", new
        {
            Bsn = "123456789", Voornamen = "Piet", Achternaam = "", Geboortedatum = "1960-01-01", Straat = "Markt",
            Huisnummer = "1", Postcode = "12AB", Woonplaats = "Deventer", GemeenteId = gemeente,
        });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<ValidationBody>();
        body!.Errors["Bsn"].Should().ContainSingle("Het BSN voldoet niet aan de elfproef.");
        body.Errors.Should().ContainKeys("Achternaam", "Postcode");
        factory.WithDb(db => db.Clienten.Count()).Should().Be(before);

        var duplicate = await client.PostAsJsonAsync("/api/clienten", new
        {
            Bsn = factory.WithDb(db => db.Clienten.First(c => c.GemeenteId == gemeente).Bsn), Voornamen = "Piet", Achternaam = "Pietersen",
            Geboortedatum = "1960-01-01", Straat = "Markt", Huisnummer = "1", Postcode = "7411 AB", Woonplaats = "Deventer", GemeenteId = gemeente,
        });
        duplicate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadFromJsonAsync<ValidationBody>())!.Errors["Bsn"].Should().ContainSingle("Er staat al een cliënt met dit BSN bij deze gemeente ingeschreven.");

        var ok = await client.PostAsJsonAsync("/api/clienten", new
        {
            Bsn = "111222333", Voornamen = "Piet", Achternaam = "Pietersen", Geboortedatum = "1960-01-01", Straat = "Markt",
            Huisnummer = "1", Postcode = "7411 AB", Woonplaats = "Deventer", GemeenteId = gemeente,
        });
        ok.StatusCode.Should().Be(HttpStatusCode.Created);
        factory.WithDb(db => db.Clienten.Count()).Should().Be(before + 1);
    }

    [Fact]
    public async Task The_api_refuses_a_stale_version_with_409()
    {
        var id = DeventerClient(4);
        var client = await factory.LoggedInAsync("consulent@deventer.demo");
        var current = await client.GetFromJsonAsync<Dictionary<string, object>>($"/api/clienten/{id}");
        var body = new Dictionary<string, object>(current!) { ["achternaam"] = "Api-wijziging" };
        (await client.PutAsJsonAsync($"/api/clienten/{id}", body)).StatusCode.Should().Be(HttpStatusCode.OK);
        body["achternaam"] = "Verouderd";
        (await client.PutAsJsonAsync($"/api/clienten/{id}", body)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        factory.WithDb(db => db.Clienten.Single(c => c.Id == id).Achternaam).Should().Be("Api-wijziging");
    }

    private sealed record ValidationBody(Dictionary<string, string[]> Errors);
}
