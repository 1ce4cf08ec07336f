using System.Net;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Klachten;

/// <summary>The generated complaints overviews over HTTP (today is Tuesday 10 November 2026): the OCO quarterly overview per
/// gemeente (OCO-2.22b, 14 days after the quarter) and the Deventer annual report (DEV-Eis16-AR) handed in on the
/// gemeente's request (MR-51b, DEV-Eis16-Rep); handing in meets the obligation.</summary>
public sealed class KlachtenRapportageTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Contract(string gemeentecode, string agb) => factory.WithDb(db =>
    {
        var gemeente = db.Organisaties.Single(o => o.Gemeentecode == gemeentecode).Id;
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == agb).Id;
        return db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == aanbieder).Id;
    });

    [Fact]
    public async Task OCO_2_22b_het_kwartaaloverzicht_wordt_samengesteld_als_PDF_en_indienen_voldoet_de_verplichting_van_dat_kwartaal()
    {
        var kompas = await factory.LoggedInAsync("administratie@kompas.demo");
        var contract = Contract("1992", "75750404");
        var klacht = await kompas.PostAsJsonAsync("/api/klachten", new
        {
            ContractId = contract, OntvangenDatum = "2026-08-12", Wijze = "Schriftelijk", Indiener = "Mevr. Mulder", Omschrijving = "Lang wachten op een eerste afspraak",
        });
        klacht.StatusCode.Should().Be(HttpStatusCode.Created, await klacht.Content.ReadAsStringAsync());
        // The end of Q3 as the nightly run registers it (the demo tracks periods from 1 October only).
        var q3 = Periode.Containing(Periode.Kwartaal, new DateOnly(2026, 9, 30));
        factory.WithDb(db =>
        {
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract, Soort = "kwartaaleinde", Moment = Amsterdam.StartOf(new DateOnly(2026, 10, 1)).AddSeconds(-1),
                OnderwerpSoort = Periode.OnderwerpSoort, OnderwerpId = q3.SubjectId(contract), GeregistreerdDoor = "platform",
            });
            return db.SaveChanges();
        });

        var pdf = await kompas.GetAsync($"/api/klachten/rapportage?ContractId={contract}&Jaar=2026&Kwartaal=3");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        PdfTexts.Read(await pdf.Content.ReadAsByteArrayAsync()).Should().Contain("Klachtenoverzicht 3e kwartaal 2026").And.Contain("Gemeente Voorne aan Zee")
            .And.Contain("wachten op een eerste afspraak").And.Contain("OCO-2.22b");
        (await kompas.GetStringAsync($"/Klachten/Overzicht?Invoer.ContractId={contract}&Invoer.Jaar=2026&Invoer.Kwartaal=3")).Should().Contain("Indienen bij de gemeente");

        var vroeg = await kompas.PostAsJsonAsync("/api/klachten/rapportage", new { ContractId = contract, Jaar = 2026, Kwartaal = 4 });
        vroeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await vroeg.Content.ReadAsStringAsync()).Should().Contain("nog niet voorbij");
        (await kompas.PostAsJsonAsync("/api/klachten/rapportage", new { ContractId = contract, Jaar = 2026, Kwartaal = 3 })).StatusCode.Should().Be(HttpStatusCode.OK);
        var verplichting = factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "OCO-2.22b" && v.OnderwerpId == q3.SubjectId(contract)));
        verplichting.Deadline.Should().Be(new DateOnly(2026, 10, 14));
        verplichting.Status.Should().Be(VerplichtingStatus.TeLaat, "ingediend op 10 november, na 14 oktober");
        verplichting.BewijsGebeurtenisId.Should().NotBeNull();
        (await kompas.GetAsync($"/api/klachten/rapportage?ContractId={Contract("0150", "75750101")}&Jaar=2026")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "een contract van een ander");
    }

    [Fact]
    public async Task DEV_Eis16_AR_de_jaarrapportage_op_verzoek_van_de_gemeente_binnen_1_maand_MR_51b()
    {
        var contract = Contract("0150", "75750101");
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var verzoek = await contractmanager.PostAsJsonAsync("/api/gebeurtenissen", new { ContractId = contract, Soort = "verzoek-klachtenrapportage", Datum = "2026-11-02" });
        verzoek.StatusCode.Should().Be(HttpStatusCode.Created, await verzoek.Content.ReadAsStringAsync());
        VastgelegdeVerplichting MR51b() => factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "MR-51b" && v.ContractId == contract));
        MR51b().Should().Match<VastgelegdeVerplichting>(v => v.Deadline == new DateOnly(2026, 12, 2) && v.Status == VerplichtingStatus.Open && v.Bron == "DEV-Eis16-Rep");

        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        (await kwaliteit.PostAsJsonAsync("/api/klachten", new
        {
            ContractId = contract, OntvangenDatum = "2026-03-02", Wijze = "Mondeling", Indiener = "Dhr. Kuipers", Omschrijving = "Rooster te laat doorgegeven",
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        var pagina = await kwaliteit.GetStringAsync($"/Klachten/Overzicht?Invoer.ContractId={contract}&Invoer.Jaar=2026");
        pagina.Should().Contain("Klachtenrapportage 2026").And.Contain("Rooster te laat doorgegeven").And.Contain("DEV-Eis16-Rep");
        var post = await kwaliteit.PostFormAsync($"/Klachten/Overzicht", new Dictionary<string, string> { ["Invoer.ContractId"] = contract.ToString(), ["Invoer.Jaar"] = "2026" },
            tokenFrom: $"/Klachten/Overzicht?Invoer.ContractId={contract}&Invoer.Jaar=2026");
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        MR51b().Status.Should().Be(VerplichtingStatus.Voldaan);
    }
}
