using System.Net;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisatiebewijzen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;

namespace Maatwerk.Web.Tests.Organisatiebewijzen;

/// <summary>Insurance, quality certificates and VOG rechtspersoon over HTTP on the real app (today is Tuesday 10 November
/// 2026; issue 14): kwaliteit at De Linde registers and edits them (Dutch messages at the field, nothing saved on bad
/// input), a cover below the contract's minimum warns with the clause (DEV-B2-Ins, BSD-50), the expiry is an obligation
/// that a renewal meets (MR-73-verlengen, BSD-50-verlengen, BSD-61), the gemeente's contractmanager sees per contract only
/// status and validity, and another aanbieder gets 404.</summary>
public sealed class OrganisatiebewijzenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    internal sealed record Bewijs(Guid Id, string Soort, string Uitgever, string? Nummer, DateOnly? GeldigTot, Guid Versie, List<string> Waarschuwingen);
    internal sealed record SoortStatus(string Soort, string Bron, string Status, DateOnly? GeldigTot, List<string> Waarschuwingen);
    internal sealed record ContractStatus(Guid ContractId, string Contract, string Aanbieder, List<SoortStatus> Bewijzen);

    private static object Polis(string vanaf, string tot, decimal perAanspraak = 2_500_000, decimal perJaar = 5_000_000, string soort = "Bedrijfsaansprakelijkheid") => new
    {
        Soort = soort, Uitgever = "Centraal Beheer", Nummer = "AVB-TEST-1", BedragPerAanspraak = perAanspraak, BedragPerJaar = perJaar, GeldigVanaf = vanaf, GeldigTot = tot,
    };

    private static async Task<Guid> RegisterAsync(HttpClient client, object invoer)
    {
        var response = await client.PostAsJsonAsync("/api/organisatiebewijzen", invoer);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private List<VastgelegdeVerplichting> Verplichtingen(Guid bewijs) =>
        factory.WithDb(db => db.Verplichtingen.Where(v => v.OnderwerpId == bewijs).ToList());

    [Fact]
    public async Task Kwaliteit_registreert_een_polis_met_meldingen_op_het_veld_en_de_vervaldatum_is_een_verplichting()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        (await kwaliteit.GetAsync("/Organisatiebewijzen/Nieuw")).StatusCode.Should().Be(HttpStatusCode.OK);
        var fout = await kwaliteit.PostFormAsync("/Organisatiebewijzen/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Soort"] = "Bedrijfsaansprakelijkheid", ["Invoer.Uitgever"] = "", ["Invoer.GeldigVanaf"] = "2026-11-01", ["Invoer.Nummer"] = "FOUT-1",
        });
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        var tekst = await fout.Content.ReadAsStringAsync();
        tekst.Should().Contain("Uitgever is verplicht");
        fout = await kwaliteit.PostFormAsync("/Organisatiebewijzen/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Soort"] = "Bedrijfsaansprakelijkheid", ["Invoer.Uitgever"] = "Allianz", ["Invoer.GeldigVanaf"] = "2026-11-01", ["Invoer.Nummer"] = "FOUT-1",
        });
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Geldig tot (vervaldatum) is verplicht voor een verzekering of certificaat.");
        factory.WithDb(db => db.Set<Organisatiebewijs>().Any(b => b.Nummer == "FOUT-1")).Should().BeFalse();

        var goed = await kwaliteit.PostFormAsync("/Organisatiebewijzen/Nieuw", new Dictionary<string, string>
        {
            ["Invoer.Soort"] = "Bedrijfsaansprakelijkheid", ["Invoer.Uitgever"] = "Allianz", ["Invoer.Nummer"] = "AZ-PAGINA-1", ["Invoer.GeldigVanaf"] = "2026-11-01",
            ["Invoer.GeldigTot"] = "2027-10-31", ["Invoer.BedragPerAanspraak"] = "2500000", ["Invoer.BedragPerJaar"] = "5000000",
        });
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect, await goed.Content.ReadAsStringAsync());
        var id = factory.WithDb(db => db.Set<Organisatiebewijs>().Single(b => b.Nummer == "AZ-PAGINA-1").Id);

        // Under Deventer (DEV-B2-Ins) and Gooi en Vechtstreek (BSD-50) the policy must be renewed before it expires.
        var verplichtingen = Verplichtingen(id);
        verplichtingen.Select(v => v.RegelId).Should().BeEquivalentTo(["MR-73-verlengen", "BSD-50-verlengen"]);
        verplichtingen.Should().OnlyContain(v => v.Deadline == new DateOnly(2027, 10, 30) && v.Status == VerplichtingStatus.Open);

        var pagina = await kwaliteit.GetStringAsync("/Organisatiebewijzen");
        pagina.Should().Contain("AZ-PAGINA-1").And.Contain("Allianz");
    }

    [Fact]
    public async Task Een_te_lage_dekking_waarschuwt_met_de_bepaling_van_elk_contract()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var id = await RegisterAsync(kwaliteit, Polis("2026-11-01", "2027-10-31", perAanspraak: 1_000_000, perJaar: 2_000_000));
        var bewijs = await kwaliteit.GetFromJsonAsync<Bewijs>($"/api/organisatiebewijzen/{id}");
        bewijs!.Waarschuwingen.Should().Contain(w => w.Contains("DEV-B2-Ins") && w.Contains("per aanspraak"))
            .And.Contain(w => w.Contains("BSD-50") && w.Contains("€ 2.500.000"));
        (await kwaliteit.GetStringAsync("/Organisatiebewijzen")).Should().Contain("lager dan het minimum");
    }

    [Fact]
    public async Task Een_verlenging_voldoet_de_verplichting_van_de_vorige_polis_en_wijzigen_verplaatst_de_termijn()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        // De Linde's demo policy runs until July 2027; this one continues it, and the next one continues this one.
        var oud = await RegisterAsync(kwaliteit, Polis("2027-01-01", "2027-12-31", soort: "Beroepsaansprakelijkheid"));
        Verplichtingen(oud).Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Open);
        var nieuw = await RegisterAsync(kwaliteit, Polis("2028-01-01", "2028-12-31", soort: "Beroepsaansprakelijkheid"));
        Verplichtingen(oud).Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Voldaan);
        Verplichtingen(nieuw).Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Open && v.Deadline == new DateOnly(2028, 12, 30));

        var versie = factory.WithDb(db => db.Set<Organisatiebewijs>().Single(b => b.Id == nieuw).Versie);
        var eerste = await kwaliteit.PutAsJsonAsync($"/api/organisatiebewijzen/{nieuw}", new
        {
            Soort = "Beroepsaansprakelijkheid", Uitgever = "Centraal Beheer", BedragPerAanspraak = 2_500_000, BedragPerJaar = 5_000_000,
            GeldigVanaf = "2028-01-01", GeldigTot = "2029-01-31", Versie = versie,
        });
        eerste.StatusCode.Should().Be(HttpStatusCode.OK, await eerste.Content.ReadAsStringAsync());
        Verplichtingen(nieuw).Should().OnlyContain(v => v.Deadline == new DateOnly(2029, 1, 30));
        var tweede = await kwaliteit.PutAsJsonAsync($"/api/organisatiebewijzen/{nieuw}", new
        {
            Soort = "Beroepsaansprakelijkheid", Uitgever = "Overschreven", GeldigVanaf = "2028-01-01", GeldigTot = "2029-01-31", Versie = versie,
        });
        tweede.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var andereSoort = await kwaliteit.PutAsJsonAsync($"/api/organisatiebewijzen/{nieuw}", new
        {
            Soort = "Kwaliteitscertificaat", Uitgever = "Kiwa", GeldigVanaf = "2028-01-01", GeldigTot = "2029-01-31",
        });
        andereSoort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await andereSoort.Content.ReadAsStringAsync()).Should().Contain("kan niet worden gewijzigd");
    }

    [Fact]
    public async Task DEV_Eis18_g_de_VOG_rechtspersoon_voldoet_de_eerste_contractering_en_start_de_vernieuwing()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var response = await kwaliteit.PostAsJsonAsync("/api/organisatiebewijzen", new { Soort = "VogRechtspersoon", Uitgever = "Justis", Nummer = "VOG-RP-TEST", GeldigVanaf = "2026-11-09" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        factory.WithDb(db =>
        {
            var deventer = db.Contracten.Where(c => c.ProfielId == "deventer-wmo-2023").Select(c => c.Id).ToList();
            return db.Verplichtingen.Any(v => v.RegelId == "MR-43b" && deventer.Contains(v.ContractId) && v.Deadline == new DateOnly(2029, 11, 9));
        }).Should().BeTrue("MR-43b: elke 3 jaar vernieuwen");
    }

    [Fact]
    public async Task De_contractmanager_ziet_per_contract_alleen_status_en_geldigheid()
    {
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var status = (await contractmanager.GetFromJsonAsync<List<ContractStatus>>("/api/organisatiebewijzen/status"))!;
        status.Select(s => s.Aanbieder).Should().BeEquivalentTo(["Zorggroep De Linde", "Begeleiding Op Maat B.V."]);
        var linde = status.Single(s => s.Aanbieder == "Zorggroep De Linde");
        linde.Bewijzen.Select(b => b.Soort).Should().BeEquivalentTo(["Bedrijfsaansprakelijkheid", "Beroepsaansprakelijkheid", "Kwaliteitscertificaat", "VogRechtspersoon"]);
        linde.Bewijzen.Single(b => b.Soort == "Kwaliteitscertificaat").Should().Match<SoortStatus>(b => b.Status == "verloopt binnen 60 dagen" && b.Bron == "DEV-B2-Qual");
        linde.Bewijzen.Single(b => b.Soort == "Bedrijfsaansprakelijkheid").Status.Should().Be("geldig");
        var json = await contractmanager.GetStringAsync("/api/organisatiebewijzen/status");
        json.Should().NotContain("HKZ-2023-10871").And.NotContain("Kiwa", "de gemeente ziet geen nummers of documenten");

        (await contractmanager.GetFromJsonAsync<List<Bewijs>>("/api/organisatiebewijzen")).Should().BeEmpty();
        var lindeBewijs = factory.WithDb(db => db.Set<Organisatiebewijs>().First(b => b.Nummer == "HKZ-2023-10871").Id);
        (await contractmanager.GetAsync($"/api/organisatiebewijzen/{lindeBewijs}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.GetAsync($"/Organisatiebewijzen/Bewerken/{lindeBewijs}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.GetAsync("/Organisatiebewijzen/Nieuw")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await contractmanager.PostAsJsonAsync("/api/organisatiebewijzen", Polis("2026-11-01", "2027-10-31"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var pagina = await contractmanager.GetStringAsync("/Organisatiebewijzen");
        pagina.Should().Contain("verloopt binnen 60 dagen").And.Contain("DEV-Eis18-g").And.NotContain("HKZ-2023-10871");

        // Voorne aan Zee sees only its own contract with Op Maat.
        var voorne = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var eigen = (await voorne.GetFromJsonAsync<List<ContractStatus>>("/api/organisatiebewijzen/status"))!;
        eigen.Select(s => s.Aanbieder).Should().BeEquivalentTo(["Begeleiding Op Maat B.V.", "Cliëntondersteuning Kompas"]);
        eigen.Single(s => s.Aanbieder == "Begeleiding Op Maat B.V.").Bewijzen.Select(b => b.Bron).Should().BeEquivalentTo(["IB-62", "IB-62", "IB-36"]);
        eigen.Single(s => s.Aanbieder == "Cliëntondersteuning Kompas").Bewijzen.Should().BeEmpty("het OCO-contract vraagt geen van deze bewijzen");
    }

    [Fact]
    public async Task Demodata_een_verlopen_certificaat_staat_te_laat_en_een_tijdige_verlenging_is_voldaan()
    {
        var samenVerder = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750303").Id);
        var verlopen = factory.WithDb(db => db.Set<Organisatiebewijs>().Single(b => b.AanbiederId == samenVerder && b.Soort == Bewijssoort.Kwaliteitscertificaat).Id);
        Verplichtingen(verlopen).Should().ContainSingle(v => v.RegelId == "BSD-61").Which.Status.Should().Be(VerplichtingStatus.TeLaat);
        var opMaat = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750202").Id);
        var vorige = factory.WithDb(db => db.Set<Organisatiebewijs>().Where(b => b.AanbiederId == opMaat && b.Soort == Bewijssoort.Bedrijfsaansprakelijkheid)
            .OrderBy(b => b.GeldigVanaf).First().Id);
        Verplichtingen(vorige).Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Voldaan);
    }

    [Fact]
    public async Task Een_andere_aanbieder_krijgt_404_op_een_bewijs_van_De_Linde()
    {
        factory.WithDb(db =>
        {
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202");
            var gebruiker = new Gebruiker { Email = "kwaliteit@opmaat.test", Naam = "Kwaliteit Op Maat", OrganisatieId = opMaat.Id, Rol = Rol.Kwaliteit };
            gebruiker.WachtwoordHash = new PasswordHasher<Gebruiker>().HashPassword(gebruiker, DemoData.Wachtwoord);
            db.Gebruikers.Add(gebruiker);
            return db.SaveChanges();
        });
        var lindeBewijs = factory.WithDb(db => db.Set<Organisatiebewijs>().First(b => b.Nummer == "HKZ-2023-10871").Id);
        var opMaatKwaliteit = await factory.LoggedInAsync("kwaliteit@opmaat.test");
        (await opMaatKwaliteit.GetAsync($"/api/organisatiebewijzen/{lindeBewijs}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaatKwaliteit.PutAsJsonAsync($"/api/organisatiebewijzen/{lindeBewijs}", Polis("2026-11-01", "2027-10-31", soort: "Kwaliteitscertificaat")))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaatKwaliteit.GetAsync($"/Organisatiebewijzen/Bewerken/{lindeBewijs}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var eigen = await opMaatKwaliteit.GetFromJsonAsync<List<Bewijs>>("/api/organisatiebewijzen");
        eigen!.Should().NotBeEmpty().And.NotContain(b => b.Id == lindeBewijs);
        (await opMaatKwaliteit.GetFromJsonAsync<List<ContractStatus>>("/api/organisatiebewijzen/status"))!.Should().OnlyContain(s => s.Aanbieder == "Begeleiding Op Maat B.V.");
    }
}
