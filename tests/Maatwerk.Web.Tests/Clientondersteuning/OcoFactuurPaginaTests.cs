using System.Net;
using System.Text.RegularExpressions;
using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Clientondersteuning;

/// <summary>The OCO invoice through the pages (OCO-6.1a/c): the coordinator stores the specification with "Opslaan als
/// factuur" (an already invoiced period gets the message at the field, nothing saved), lists it, submits it from the
/// details page (a stale form gets the Dutch conflict message, not a 500) and removes a draft — never a submitted one.
/// The gemeente's contractmanager sees the submitted invoices of its own gemeente with melding numbers, never names;
/// another gemeente's invoice and a draft are 404. Today is Tuesday 10 November 2026.</summary>
public sealed partial class OcoFactuurPaginaTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private Guid Voorne => factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "1992").Id);

    private const string Specificatie = "/Clientondersteuning/Rapportages/Factuur";

    private async Task<Guid> MeldingMetContactenAsync(string inwoner, string ontvangen, params string[] contacten)
    {
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        var created = await begeleider.PostAsJsonAsync("/api/clientondersteuning/meldingen", new
        {
            GemeenteId = Voorne, Inwoner = inwoner, OntvangenDatum = ontvangen, OntvangenTijd = "10:00", Kanaal = "Telefoon", Levensdomeinen = new[] { "wmo" },
        });
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var melding = (await created.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        foreach (var datum in contacten)
            (await begeleider.PostAsJsonAsync($"/api/clientondersteuning/meldingen/{melding}/contacten", new { Datum = datum, Tijd = "10:00" })).StatusCode
                .Should().Be(HttpStatusCode.OK);
        return melding;
    }

    private Task<HttpResponseMessage> OpslaanAsync(HttpClient client, string van, string tot) =>
        client.PostFormAsync($"{Specificatie}?handler=Opslaan", new Dictionary<string, string>
        {
            ["Invoer.GemeenteId"] = Voorne.ToString(), ["Invoer.Van"] = van, ["Invoer.Tot"] = tot,
        }, tokenFrom: "/Clientondersteuning/Rapportages");

    private static Task<HttpResponseMessage> StapAsync(HttpClient client, Guid id, string handler, Guid versie) =>
        client.PostFormAsync($"/Clientondersteuning/Facturen/Details?id={id}&handler={handler}",
            new Dictionary<string, string> { ["Invoer.Versie"] = versie.ToString() }, tokenFrom: "/Clientondersteuning/Rapportages");

    private static Guid IdUit(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, response.Content.ReadAsStringAsync().Result);
        var location = response.Headers.Location!.ToString();
        location.Should().StartWith("/Clientondersteuning/Facturen/Details?id=");
        return Guid.Parse(location[(location.IndexOf('=') + 1)..]);
    }

    private static Guid VersieOp(string html) => Guid.Parse(VersiePattern().Match(html).Groups[1].Value);

    private OcoFactuur? Opgeslagen(Guid id) => factory.WithDb(db => db.Set<OcoFactuur>().SingleOrDefault(f => f.Id == id));

    [Fact]
    public async Task De_coordinator_slaat_op_dient_in_en_de_contractmanager_van_de_gemeente_ziet_de_ingediende_factuur()
    {
        var melding = await MeldingMetContactenAsync("Mevrouw P. Paginatest", "2025-12-08", "2025-12-09", "2025-12-22");
        var meldingnummer = melding.ToString("N")[..8].ToUpperInvariant();
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);

        // The specification page offers "Opslaan als factuur"; storing opens the draft.
        (await coordinator.GetStringAsync($"{Specificatie}?Invoer.GemeenteId={Voorne}&Invoer.Van=2025-12-01&Invoer.Tot=2025-12-31"))
            .Should().Contain("Opslaan als factuur");
        var id = IdUit(await OpslaanAsync(coordinator, "2025-12-01", "2025-12-31"));
        var nummer = Opgeslagen(id)!.Nummer;
        var details = await coordinator.GetStringAsync($"/Clientondersteuning/Facturen/Details?id={id}");
        details.Should().Contain(nummer).And.Contain(meldingnummer).And.Contain("opgesteld op").And.Contain("data-testid=\"indienen\"")
            .And.Contain("data-testid=\"verwijderen\"").And.NotContain("Paginatest");

        // The same period again: the Dutch message at the field "Periode van", nothing saved.
        var dubbel = await OpslaanAsync(coordinator, "2025-12-01", "2025-12-31");
        dubbel.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await dubbel.Content.ReadAsStringAsync();
        html.Should().Contain("al gefactureerd").And.Contain(nummer).And.Contain("data-testid=\"formulier-fouten\"");
        html.Should().Contain("data-veld-fout=\"Invoer.Van\"", "the message is at the field Van");
        factory.WithDb(db => db.Set<OcoFactuur>().Count(f => f.GemeenteId == Voorne && f.Van == new DateOnly(2025, 12, 1))).Should().Be(1);

        // The list shows number, gemeente, period, counts and status.
        var lijst = await coordinator.GetStringAsync("/Clientondersteuning/Facturen");
        lijst.Should().Contain(nummer).And.Contain("Gemeente Voorne aan Zee").And.Contain("01-12-2025 t/m 31-12-2025").And.Contain("opgesteld");

        // A draft is not the gemeente's: 404, and not in its list.
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.GetAsync($"/Clientondersteuning/Facturen/Details?id={id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await gemeente.GetStringAsync("/Clientondersteuning/Facturen")).Should().NotContain(nummer);

        // Submitting from a stale version: the conflict message on the page, still a draft.
        var oud = await StapAsync(coordinator, id, "Indienen", Guid.NewGuid());
        oud.StatusCode.Should().Be(HttpStatusCode.OK);
        (await oud.Content.ReadAsStringAsync()).Should().Contain(SaveResult.ConflictMessage);
        Opgeslagen(id)!.Status.Should().Be(OcoFactuurStatus.Opgesteld);

        // From the version on the page: ingediend, and no more buttons.
        var ingediend = await StapAsync(coordinator, id, "Indienen", VersieOp(details));
        ingediend.StatusCode.Should().Be(HttpStatusCode.Redirect);
        Opgeslagen(id)!.Status.Should().Be(OcoFactuurStatus.Ingediend);
        var na = await coordinator.GetStringAsync($"/Clientondersteuning/Facturen/Details?id={id}");
        na.Should().Contain("ingediend op").And.NotContain("data-testid=\"verwijderen\"").And.NotContain("data-testid=\"indienen\"");

        // A submitted invoice can never be removed: the message on the page, the invoice stays.
        var weg = await StapAsync(coordinator, id, "Verwijderen", Opgeslagen(id)!.Versie);
        weg.StatusCode.Should().Be(HttpStatusCode.OK);
        (await weg.Content.ReadAsStringAsync()).Should().Contain("kan niet meer worden verwijderd");
        Opgeslagen(id).Should().NotBeNull();

        // The contractmanager of Voorne: in the list, the details with melding numbers and the PDF — never the name.
        (await gemeente.GetStringAsync("/Clientondersteuning/Facturen")).Should().Contain(nummer).And.Contain("Cliëntondersteuning Kompas");
        var gezien = await gemeente.GetStringAsync($"/Clientondersteuning/Facturen/Details?id={id}");
        gezien.Should().Contain(nummer).And.Contain(meldingnummer).And.NotContain("Paginatest").And.NotContain($"/Clientondersteuning/Melding?id={melding}");
        var pdf = await gemeente.GetAsync($"/Clientondersteuning/Facturen/Details?id={id}&handler=Pdf");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        PdfTexts.Read(await pdf.Content.ReadAsByteArrayAsync()).Should().Contain(nummer).And.Contain(meldingnummer).And.NotContain("Paginatest");
        // … and cannot submit or remove.
        (await StapAsync(gemeente, id, "Verwijderen", Opgeslagen(id)!.Versie)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Another gemeente: 404 and not in its list; an OCO worker has no invoice pages.
        var deventer = await factory.LoggedInAsync("contractmanager@deventer.demo");
        (await deventer.GetAsync($"/Clientondersteuning/Facturen/Details?id={id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await deventer.GetStringAsync("/Clientondersteuning/Facturen")).Should().NotContain(nummer);
        var begeleider = await factory.LoggedInAsync(DemoClientondersteuning.Begeleider);
        (await begeleider.GetAsync("/Clientondersteuning/Facturen")).Headers.Location!.ToString().Should().Contain("/Account/GeenToegang");
    }

    [Fact]
    public async Task Een_opgestelde_factuur_wordt_verwijderd_en_de_periode_kan_opnieuw_worden_gefactureerd()
    {
        await MeldingMetContactenAsync("De heer V. Verwijdertest", "2026-01-12", "2026-01-13", "2026-01-27");
        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        var id = IdUit(await OpslaanAsync(coordinator, "2026-01-01", "2026-01-31"));
        var versie = VersieOp(await coordinator.GetStringAsync($"/Clientondersteuning/Facturen/Details?id={id}"));

        // Stale: the conflict message, nothing removed.
        var oud = await StapAsync(coordinator, id, "Verwijderen", Guid.NewGuid());
        oud.StatusCode.Should().Be(HttpStatusCode.OK);
        (await oud.Content.ReadAsStringAsync()).Should().Contain(SaveResult.ConflictMessage);
        Opgeslagen(id).Should().NotBeNull();

        // From the version seen: removed with its lines, back to the list.
        var weg = await StapAsync(coordinator, id, "Verwijderen", versie);
        weg.StatusCode.Should().Be(HttpStatusCode.Redirect);
        weg.Headers.Location!.ToString().Should().Contain("/Clientondersteuning/Facturen");
        Opgeslagen(id).Should().BeNull();
        factory.WithDb(db => db.Set<OcoFactuurregel>().Count(r => r.FactuurId == id)).Should().Be(0);
        (await coordinator.GetAsync($"/Clientondersteuning/Facturen/Details?id={id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The period is free again; the new invoice gets a new number (never the removed one's twice).
        var opnieuw = IdUit(await OpslaanAsync(coordinator, "2026-01-01", "2026-01-31"));
        var nieuw = Opgeslagen(opnieuw)!.Nummer;
        factory.WithDb(db => db.Set<OcoFactuur>().Count(f => f.Nummer == nieuw)).Should().Be(1);
    }

    [Fact]
    public async Task De_demo_heeft_een_ingediende_en_een_opgestelde_factuur_van_Kompas_aan_Voorne()
    {
        var facturen = factory.WithDb(db => db.Set<OcoFactuur>().Where(f => f.GemeenteId == Voorne).OrderBy(f => f.Nummer)
            .Select(f => new { f.Nummer, f.Status, f.Van, Regels = f.Regels.Count }).ToList());
        facturen.Should().HaveCountGreaterThanOrEqualTo(2);
        facturen[0].Should().Be(new { Nummer = "OCO-2026-0001", Status = OcoFactuurStatus.Ingediend, Van = new DateOnly(2026, 9, 1), facturen[0].Regels });
        facturen[1].Should().Be(new { Nummer = "OCO-2026-0002", Status = OcoFactuurStatus.Opgesteld, Van = new DateOnly(2026, 10, 1), facturen[1].Regels });
        facturen.Take(2).Should().OnlyContain(f => f.Regels > 0);

        var coordinator = await factory.LoggedInAsync(DemoClientondersteuning.Coordinator);
        (await coordinator.GetStringAsync("/Clientondersteuning/Facturen")).Should().Contain("OCO-2026-0001").And.Contain("OCO-2026-0002");
        var gemeente = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await gemeente.GetStringAsync("/Clientondersteuning/Facturen")).Should().Contain("OCO-2026-0001").And.NotContain("OCO-2026-0002");
    }

    [GeneratedRegex("name=\"Invoer.Versie\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersiePattern();
}
