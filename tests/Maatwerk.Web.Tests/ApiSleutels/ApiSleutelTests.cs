using System.Net;
using System.Security.Cryptography;
using System.Text;
using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.ApiSleutels;

/// <summary>Issue 13, "An API for other systems": API keys per organisation with scopes, hashed at rest, every call
/// audited as that key, revocable; the browser cookie keeps working beside them.</summary>
public sealed class ApiSleutelTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private const string BeheerDeventer = "beheer@deventer.demo";
    private const string BeheerDeLinde = "kwaliteit@delinde.demo";

    private Guid OrgId(string naam) => factory.WithDb(db => db.Organisaties.Single(o => o.Naam == naam).Id);

    [Fact]
    public async Task Een_geldige_sleutel_leest_de_berichten_van_de_eigen_organisatie_zoals_die_rol()
    {
        var nieuw = await factory.CreateKeyAsync(BeheerDeventer, "Consulent", "berichten:lezen");
        var viaSleutel = await factory.WithKey(nieuw.Sleutel).GetAsync("/api/iwmo/berichten?grootte=200");
        viaSleutel.StatusCode.Should().Be(HttpStatusCode.OK);
        var viaCookie = await (await factory.LoggedInAsync("consulent@deventer.demo")).GetAsync("/api/iwmo/berichten?grootte=200");
        viaCookie.StatusCode.Should().Be(HttpStatusCode.OK, "de cookie van de browser blijft werken");
        viaSleutel.Headers.GetValues("X-Total-Count").Single().Should().Be(viaCookie.Headers.GetValues("X-Total-Count").Single());
        int.Parse(viaSleutel.Headers.GetValues("X-Total-Count").Single()).Should().BeGreaterThan(0);

        using var xApiKey = factory.NewClient();
        xApiKey.DefaultRequestHeaders.Add("X-Api-Key", nieuw.Sleutel);
        (await xApiKey.GetAsync("/api/iwmo/berichten")).StatusCode.Should().Be(HttpStatusCode.OK, "X-Api-Key werkt ook");
    }

    [Fact]
    public async Task De_sleutel_wordt_alleen_als_hash_bewaard_en_elke_aanroep_staat_in_het_auditlog()
    {
        var nieuw = await factory.CreateKeyAsync(BeheerDeventer, "Consulent", "verplichtingen:lezen");
        (await factory.WithKey(nieuw.Sleutel).GetAsync("/api/verplichtingen")).StatusCode.Should().Be(HttpStatusCode.OK);

        var opgeslagen = factory.WithDb(db => db.Set<ApiSleutel>().Single(s => s.Id == nieuw.Id));
        opgeslagen.Hash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nieuw.Sleutel))));
        opgeslagen.Hash.Should().NotContain(nieuw.Sleutel[opgeslagen.Prefix.Length..]);
        opgeslagen.LaatstGebruikt.Should().NotBeNull();
        factory.WithDb(db => db.AuditRegels.Where(a => a.Actie == AuditAction.ApiAanroep && a.Gebruiker.Contains(opgeslagen.Prefix)).Select(a => a.EntiteitId).ToList())
            .Should().Contain("GET /api/verplichtingen");

        var lijst = await (await factory.LoggedInAsync(BeheerDeventer)).GetStringAsync("/api/apisleutels");
        lijst.Should().Contain(opgeslagen.Prefix).And.NotContain(nieuw.Sleutel).And.NotContain(opgeslagen.Hash);
    }

    [Fact]
    public async Task Een_ingetrokken_sleutel_krijgt_401()
    {
        var nieuw = await factory.CreateKeyAsync(BeheerDeventer, "Consulent", "berichten:lezen");
        var client = factory.WithKey(nieuw.Sleutel);
        (await client.GetAsync("/api/iwmo/berichten")).StatusCode.Should().Be(HttpStatusCode.OK);
        var beheer = await factory.LoggedInAsync(BeheerDeventer);
        (await beheer.PostAsync($"/api/apisleutels/{nieuw.Id}/intrekking", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var response = await client.GetAsync("/api/iwmo/berichten");
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).Should().Contain("ingetrokken");
        (await factory.WithKey(nieuw.Sleutel + "x").GetAsync("/api/iwmo/berichten")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_sleutel_van_een_andere_organisatie_ziet_geen_gegevens()
    {
        var voorneClient = factory.WithDb(db => db.Clienten.First(c => c.GemeenteId == OrgId("Gemeente Voorne aan Zee")).Id);
        var deventer = await factory.CreateKeyAsync(BeheerDeventer, "Consulent", "clienten:lezen");
        (await factory.WithKey(deventer.Sleutel).GetAsync($"/api/clienten/{voorneClient}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var opMaatToewijzing = factory.WithDb(db =>
        {
            var opMaat = db.Contracten.Where(c => c.AanbiederId == OrgId("Begeleiding Op Maat B.V.")).Select(c => c.Id).ToList();
            return db.Toewijzingen.First(t => opMaat.Contains(t.ContractId)).Id;
        });
        var linde = await factory.CreateKeyAsync(BeheerDeLinde, "Administratie", "toewijzingen:lezen");
        var client = factory.WithKey(linde.Sleutel);
        (await client.GetAsync($"/api/toewijzingen/{opMaatToewijzing}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetStringAsync("/api/toewijzingen?grootte=200")).Should().NotContain(opMaatToewijzing.ToString());
    }

    [Fact]
    public async Task Zonder_de_scope_geeft_de_api_403_met_de_naam_van_de_scope()
    {
        var nieuw = await factory.CreateKeyAsync(BeheerDeventer, "Consulent", "berichten:lezen");
        var client = factory.WithKey(nieuw.Sleutel);
        var clienten = await client.GetAsync("/api/clienten");
        clienten.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await clienten.Content.ReadAsStringAsync()).Should().Contain("clienten:lezen");
        (await client.PostAsync("/api/iwmo/berichten", new StringContent("<x/>", Encoding.UTF8, "application/xml"))).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "schrijven vraagt berichten:schrijven");
        (await client.GetAsync("/api/gebruikers")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "een sleutel beheert geen gebruikers");
        (await client.GetAsync("/api/apisleutels")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "een sleutel beheert geen sleutels");
        (await client.GetAsync("/Clienten")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "een sleutel opent geen pagina's");
    }

    [Fact]
    public async Task Een_ongeldige_sleutel_aanvraag_wordt_geweigerd_met_nederlandse_meldingen()
    {
        var beheer = await factory.LoggedInAsync(BeheerDeventer);
        var response = await beheer.PostAsJsonAsync("/api/apisleutels", new { Naam = "", Rol = "Beheerder", Scopes = new[] { "alles:lezen" } });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await response.Content.ReadAsStringAsync();
        tekst.Should().Contain("Naam is verplicht").And.Contain("beheerrol").And.Contain("alles:lezen");
        (await beheer.PostAsJsonAsync("/api/apisleutels", new { Naam = "x", Rol = "Administratie", Scopes = new[] { "berichten:lezen" } }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "een gemeente heeft geen administratie-rol");
    }

    [Fact]
    public async Task Beheer_maakt_een_sleutel_op_de_pagina_en_ziet_hem_een_keer()
    {
        var beheer = await factory.LoggedInAsync(BeheerDeventer);
        var response = await beheer.PostFormAsync("/ApiSleutels", new Dictionary<string, string>
        {
            ["Invoer.Naam"] = "Zaaksysteem", ["Invoer.Rol"] = "Consulent", ["Invoer.Scopes"] = "verzoeken:lezen",
        });
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"nieuwe-sleutel\"").And.Contain("Zaaksysteem");
        var sleutel = System.Text.RegularExpressions.Regex.Match(html, @"mwk_[0-9a-f]{8}\.[A-Za-z0-9_-]{43}").Value;
        sleutel.Should().NotBeEmpty();
        (await beheer.GetStringAsync("/ApiSleutels")).Should().NotContain(sleutel).And.Contain("Zaaksysteem");
        (await factory.WithKey(sleutel).GetAsync("/api/verzoeken")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class ApiSleutelRateLimitTests(LowRateLimitFactory factory) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task Boven_de_limiet_per_sleutel_volgt_429_met_een_nederlandse_melding()
    {
        var nieuw = await factory.CreateKeyAsync("beheer@deventer.demo", "Consulent", "verplichtingen:lezen");
        var client = factory.WithKey(nieuw.Sleutel);
        for (var i = 0; i < LowRateLimitFactory.Limiet; i++)
            (await client.GetAsync("/api/verplichtingen")).StatusCode.Should().Be(HttpStatusCode.OK);
        var teVeel = await client.GetAsync("/api/verplichtingen");
        teVeel.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await teVeel.Content.ReadAsStringAsync()).Should().Contain("Te veel aanroepen");
        teVeel.Headers.RetryAfter.Should().NotBeNull();
        var ander = await factory.CreateKeyAsync("beheer@deventer.demo", "Consulent", "verplichtingen:lezen");
        (await factory.WithKey(ander.Sleutel).GetAsync("/api/verplichtingen")).StatusCode.Should().Be(HttpStatusCode.OK, "de limiet geldt per sleutel");
        (await (await factory.LoggedInAsync("consulent@deventer.demo")).GetAsync("/api/verplichtingen")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
