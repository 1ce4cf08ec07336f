using System.Net;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verzoeken;

/// <summary>Verzoek om toewijzing (WMO315) from the provider, answered by the gemeente with a toewijzing (WMO301 carrying
/// the provider's reference) or an antwoordbericht (WMO319); all messages valid under the official XSD.</summary>
public sealed class VerzoekTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record VerzoekRow(Guid Id, string ReferentieAanbieder, string Status, string? RedenAfwijzing, Guid? ToewijzingId);

    private (Guid Contract, Guid Gemeente, string Bsn) Context(bool bekendeClient) => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        var contract = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
        var bsn = bekendeClient ? db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(9).First().Bsn : "111222333";
        return (contract, deventer, bsn);
    });

    private async Task<Guid> SubmitAsync(HttpClient aanbieder, bool bekendeClient)
    {
        var (contract, gemeente, bsn) = Context(bekendeClient);
        var response = await aanbieder.PostAsJsonAsync("/api/verzoeken", new
        {
            ContractId = contract, GemeenteId = gemeente, Bsn = bsn, Voornamen = "Karin", Achternaam = "Smit", Geboortedatum = "1958-03-02",
            Productcode = "PO-L", Ingangsdatum = factory.Vandaag.ToString("yyyy-MM-dd"), Einddatum = factory.Vandaag.AddMonths(6).ToString("yyyy-MM-dd"),
            Volume = 90, Eenheid = "01", Frequentie = "2", VerwijzerType = "02", VerwijzerNaam = "Huisartsenpraktijk De Brink",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private string LastXml(string soort) => factory.WithDb(db => db.Berichten.Where(b => b.Soort == soort).OrderByDescending(b => b.Ontvangen).First().Xml);

    [Fact]
    public async Task A_granted_request_becomes_a_toewijzing_with_the_providers_reference()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var id = await SubmitAsync(aanbieder, bekendeClient: true);
        var verzoek = await aanbieder.GetFromJsonAsync<VerzoekRow>($"/api/verzoeken/{id}");
        var xml315 = LastXml("WMO315");
        OfficialXsd.Errors(xml315).Should().BeEmpty();
        xml315.Should().Contain(verzoek!.ReferentieAanbieder);
        (await consulent.GetStringAsync("/api/verzoeken")).Should().Contain(id.ToString());

        (await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/toekennen", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var na = await consulent.GetFromJsonAsync<VerzoekRow>($"/api/verzoeken/{id}");
        na!.Status.Should().Be("Toegewezen");
        na.ToewijzingId.Should().NotBeNull();
        var xml301 = factory.WithDb(db => db.Berichten.Single(b => b.ToewijzingId == na.ToewijzingId && b.Soort == "WMO301").Xml);
        xml301.Should().Contain($"<wmo301:ReferentieAanbieder>{verzoek.ReferentieAanbieder}<");
        OfficialXsd.Errors(xml301).Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_request_is_answered_with_a_319_and_a_reason()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var id = await SubmitAsync(aanbieder, bekendeClient: false);
        (await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/antwoord", new { InOnderzoek = false })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var toekennen = await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/toekennen", new { });
        (await toekennen.Content.ReadAsStringAsync()).Should().Contain("registreer de cliënt eerst");
        (await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/antwoord", new { InOnderzoek = false, Reden = "8" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var xml319 = LastXml("WMO319");
        OfficialXsd.Errors(xml319).Should().BeEmpty();
        xml319.Should().Contain("<wmo319:VerzoekAntwoord>1<").And.Contain("<wmo319:RedenAfwijzingVerzoek>8<");
        (await aanbieder.GetFromJsonAsync<VerzoekRow>($"/api/verzoeken/{id}"))!.Status.Should().Be("Afgewezen");
        (await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/antwoord", new { InOnderzoek = true })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "already answered");
    }

    [Fact]
    public async Task Bad_requests_name_the_field_and_rule_and_other_providers_see_nothing()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (contract, gemeente, _) = Context(true);
        var voor = factory.WithDb(db => db.Verzoeken.Count());
        var response = await aanbieder.PostAsJsonAsync("/api/verzoeken", new
        {
            ContractId = contract, GemeenteId = gemeente, Bsn = "123456789", Voornamen = "", Achternaam = "Smit", Geboortedatum = "1958-03-02",
            Productcode = "BESTAAT-NIET", Ingangsdatum = "2026-12-01", VerwijzerType = "99",
        });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await response.Content.ReadAsStringAsync();
        tekst.Should().Contain("elfproef").And.Contain("Voornamen is verplicht").And.Contain("staat niet in uw contract").And.Contain("COD327");
        factory.WithDb(db => db.Verzoeken.Count()).Should().Be(voor);

        var zonderOmvang = await aanbieder.PostAsJsonAsync("/api/verzoeken", new
        {
            ContractId = contract, GemeenteId = gemeente, Bsn = "111222333", Voornamen = "Karin", Achternaam = "Smit", Geboortedatum = "1958-03-02",
            Productcode = "PO-L", Ingangsdatum = "2026-12-01", VerwijzerType = "02",
        });
        (await zonderOmvang.Content.ReadAsStringAsync()).Should().Contain("Volume").And.Contain("CD041", "a 315 with a product code carries its omvang");

        var id = await SubmitAsync(aanbieder, bekendeClient: false);
        var ander = await factory.LoggedInAsync("administratie@opmaat.demo");
        var smokkel = await aanbieder.PostAsJsonAsync("/api/verzoeken", new
        {
            Soort = "WMO317", TeWijzigenToewijzingId = Guid.NewGuid(), Status = "Toegewezen", ContractId = contract, GemeenteId = gemeente,
            Bsn = "111222333", Voornamen = "Karin", Achternaam = "Smit", Geboortedatum = "1958-03-02", Productcode = "PO-L",
            Ingangsdatum = "2026-12-01", Einddatum = "2027-05-31", Volume = 60, Eenheid = "01", Frequentie = "2", VerwijzerType = "02",
        });
        smokkel.StatusCode.Should().Be(HttpStatusCode.Created, await smokkel.Content.ReadAsStringAsync());
        var opgeslagen = (await smokkel.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        factory.WithDb(db => db.Verzoeken.Single(v => v.Id == opgeslagen)).Should().Match<Domain.Verzoeken.Verzoek>(v =>
            v.Soort == "WMO315" && v.TeWijzigenToewijzingId == null && v.Status == Domain.Verzoeken.VerzoekStatus.Ingediend);
        (await ander.GetAsync($"/api/verzoeken/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ander.GetAsync($"/Verzoeken/Details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_verzoek_om_wijziging_is_granted_with_a_changed_301()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (toewijzing, einde) = factory.WithDb(db =>
        {
            var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            var contract = db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id;
            var t = db.Toewijzingen.First(t => t.ContractId == contract && t.Status == Domain.Toewijzingen.ToewijzingStatus.Gestart);
            return (t.Id, t.Einddatum!.Value);
        });
        var nieuwEinde = einde.AddMonths(3);
        var zonderReden = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{toewijzing}/verzoek-om-wijziging", new { Einddatum = nieuwEinde.ToString("yyyy-MM-dd") });
        (await zonderReden.Content.ReadAsStringAsync()).Should().Contain("WJ758");
        var response = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{toewijzing}/verzoek-om-wijziging", new { Einddatum = nieuwEinde.ToString("yyyy-MM-dd"), RedenVerzoek = "2" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var xml317 = LastXml("WMO317");
        OfficialXsd.Errors(xml317).Should().BeEmpty();
        xml317.Should().Contain($"<wmo317:Einddatum>{nieuwEinde:yyyy-MM-dd}<");

        (await consulent.PostAsJsonAsync($"/api/verzoeken/{id}/toekennen", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var gewijzigd = factory.WithDb(db => db.Berichten.Where(b => b.ToewijzingId == toewijzing && b.Soort == "WMO301").OrderByDescending(b => b.Ontvangen).First().Xml);
        gewijzigd.Should().Contain("<wmo301:RedenWijziging>12<").And.Contain($"<wmo301:Einddatum>{nieuwEinde:yyyy-MM-dd}<").And.Contain("<wmo301:ReferentieAanbieder>VW");
        OfficialXsd.Errors(gewijzigd).Should().BeEmpty();
        factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == toewijzing).Einddatum).Should().Be(nieuwEinde);
    }
}
