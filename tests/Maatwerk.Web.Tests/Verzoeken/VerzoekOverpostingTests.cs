using System.Net;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verzoeken;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verzoeken;

/// <summary>The verzoek endpoints bind request records (VerzoekInvoer, WijzigingsverzoekInvoer), not the Verzoek entity:
/// fields the platform sets (id, version, soort, status, reference, answer, linked toewijzing, date) are ignored when posted.</summary>
public sealed class VerzoekOverpostingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private static readonly Guid GeposteId = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid GeposteVersie = Guid.Parse("99999999-8888-7777-6666-555555555555");

    private (Guid Contract, Guid Gemeente) DeventerLinde() => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id, deventer);
    });

    private static Guid Id(HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>().GetAwaiter().GetResult()!["id"];

    [Fact]
    public async Task Posting_platform_fields_with_a_verzoek_om_toewijzing_changes_nothing_of_them()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (contract, gemeente) = DeventerLinde();
        var andereToewijzing = factory.WithDb(db => db.Toewijzingen.First().Id);
        var response = await aanbieder.PostAsJsonAsync("/api/verzoeken", new
        {
            Id = GeposteId, Versie = GeposteVersie, Soort = "WMO317", Status = "Toegewezen", TeWijzigenToewijzingId = andereToewijzing,
            ToewijzingId = andereToewijzing, RedenVerzoek = "1", RedenAfwijzing = "3", ReferentieAanbieder = "GESMOKKELD", Ingediend = "2020-01-01",
            ContractId = contract, GemeenteId = gemeente, Bsn = "111222333", Voornamen = "Karin", Achternaam = "Smit", Geboortedatum = "1958-03-02",
            Productcode = "PO-L", Ingangsdatum = "2026-12-01", Einddatum = "2027-05-31", Volume = 60, Eenheid = "01", Frequentie = "2", VerwijzerType = "02",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = Id(response);

        id.Should().NotBe(GeposteId);
        var verzoek = factory.WithDb(db => db.Verzoeken.Single(v => v.Id == id));
        verzoek.Versie.Should().NotBe(GeposteVersie);
        verzoek.Soort.Should().Be("WMO315");
        verzoek.Status.Should().Be(VerzoekStatus.Ingediend);
        verzoek.TeWijzigenToewijzingId.Should().BeNull();
        verzoek.ToewijzingId.Should().BeNull();
        verzoek.RedenVerzoek.Should().BeNull();
        verzoek.RedenAfwijzing.Should().BeNull();
        verzoek.ReferentieAanbieder.Should().StartWith("VZ").And.NotBe("GESMOKKELD");
        verzoek.Ingediend.Should().NotBe(new DateOnly(2020, 1, 1));
        verzoek.Voornamen.Should().Be("Karin", "what the aanbieder may enter is taken over");
        factory.WithDb(db => db.Verzoeken.Any(v => v.Id == GeposteId)).Should().BeFalse();
    }

    [Fact]
    public async Task Posting_another_client_contract_or_toewijzing_with_a_verzoek_om_wijziging_changes_nothing_of_them()
    {
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (contract, _) = DeventerLinde();
        var (toewijzing, einde, bsn, ander) = factory.WithDb(db =>
        {
            var t = db.Toewijzingen.First(t => t.ContractId == contract && t.Status == ToewijzingStatus.Gestart);
            var client = db.Clienten.Single(c => c.Id == t.ClientId);
            var andere = db.Toewijzingen.First(o => o.Id != t.Id && o.ClientId != t.ClientId);
            return (t, t.Einddatum!.Value, client.Bsn, andere);
        });
        var response = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{toewijzing.Id}/verzoek-om-wijziging", new
        {
            Einddatum = einde.AddMonths(2).ToString("yyyy-MM-dd"), RedenVerzoek = "1",
            Id = GeposteId, Versie = GeposteVersie, Soort = "WMO315", Status = "Toegewezen", TeWijzigenToewijzingId = ander.Id, ToewijzingId = ander.Id,
            ContractId = ander.ContractId, GemeenteId = Guid.NewGuid(), Bsn = "111222333", Voornamen = "Gesmokkeld", Achternaam = "Gesmokkeld",
            Productcode = "GESMOKKELD", Eenheid = "99", Frequentie = "9", ReferentieAanbieder = "GESMOKKELD",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = Id(response);

        id.Should().NotBe(GeposteId);
        var verzoek = factory.WithDb(db => db.Verzoeken.Single(v => v.Id == id));
        verzoek.Versie.Should().NotBe(GeposteVersie);
        verzoek.Soort.Should().Be("WMO317");
        verzoek.Status.Should().Be(VerzoekStatus.Ingediend);
        verzoek.TeWijzigenToewijzingId.Should().Be(toewijzing.Id, "the toewijzing comes from the URL");
        verzoek.ToewijzingId.Should().BeNull();
        verzoek.ContractId.Should().Be(toewijzing.ContractId);
        verzoek.Bsn.Should().Be(bsn);
        verzoek.Voornamen.Should().NotBe("Gesmokkeld");
        verzoek.Productcode.Should().Be(toewijzing.Productcode ?? toewijzing.Productcategorie);
        verzoek.Eenheid.Should().Be(toewijzing.Eenheid);
        verzoek.ReferentieAanbieder.Should().StartWith("VW");
        verzoek.Einddatum.Should().Be(einde.AddMonths(2));
    }
}
