using System.Net;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>IB-45 and DEV-Eis25/MR-30 over HTTP: the profit percentage from revenue and result (reading IB-A15), the flag on the
/// gemeente's view naming percentage, cap and clause, and the explanation workflow ending in "geaccepteerd" or a measure.</summary>
public sealed class WinstTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Winst(decimal? MaxPercentage, string? Bron, decimal? Winstpercentage, bool BovenNorm, string? Signalering, string? Vraag, string? Antwoord,
        string? Oordeel, string? Maatregel, string? Notitie);
    private sealed record Details(Guid Id, int Jaar, Winst Winst);
    private sealed record Rij(Guid Id, Guid ContractId, int Jaar, decimal? Winstpercentage, bool BovenNorm);

    private Guid DemoId(string profiel) => factory.WithDb(db =>
    {
        var contract = JaarrekeningTests.Contract(factory, profiel, "75750202");
        return db.Set<Jaarrekening>().Single(j => j.ContractId == contract && j.Jaar == 2025).Id;
    });

    [Fact]
    public async Task IB_45_winst_boven_8_procent_gesignaleerd_DEV_Eis25_toelichting_en_maatregel()
    {
        var id = DemoId("voorne-aan-zee-ib");
        var contractmanager = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var rij = (await contractmanager.GetFromJsonAsync<List<Rij>>("/api/verantwoording/jaarrekeningen"))!.Single(r => r.Id == id);
        (rij.Winstpercentage, rij.BovenNorm).Should().Be((9.4m, true));
        (await contractmanager.GetStringAsync("/Verantwoording/Jaarrekeningen")).Should().Contain("9,4 %").And.Contain("boven de norm van 8 % (IB-45)");
        var winst = (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{id}"))!.Winst;
        winst.Signalering.Should().Be("Winst 9,4 % ligt boven de norm van 8 % (IB-45).");
        var pagina = await contractmanager.GetStringAsync($"/Verantwoording/Jaarrekeningen/Details/{id}");
        pagina.Should().Contain("data-testid=\"winstsignalering\"").And.Contain("lezing IB-A15").And.Contain("Toelichting vragen");

        var administratie = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await administratie.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/toelichtingsverzoek", new { Vraag = "Ik vraag het zelf wel" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound, "only the gemeente's contract manager asks");
        var declaraties = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await declaraties.GetAsync($"/api/verantwoording/jaarrekeningen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another gemeente");

        (await contractmanager.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/winstoordeel", new { Oordeel = "Geaccepteerd" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "DEV-Eis25: not without an explanation");
        (await contractmanager.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/toelichtingsverzoek",
            new { Vraag = "Licht de winst van 9,4 % toe: waar komt het resultaat vandaan?" })).StatusCode.Should().Be(HttpStatusCode.OK);
        var gewijzigd = await administratie.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/winst", new { Omzet = 1_250_000m, Resultaat = 90_000m });
        gewijzigd.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await gewijzigd.Content.ReadAsStringAsync()).Should().Contain("niet meer worden gewijzigd");

        // The aanbieder answers through the page's form.
        var antwoord = await administratie.PostFormAsync($"/Verantwoording/Jaarrekeningen/Details/{id}?handler=Antwoord",
            new Dictionary<string, string> { ["Invoer.Antwoord"] = "Eenmalige vrijval van een voorziening voor groot onderhoud." }, $"/Verantwoording/Jaarrekeningen/Details/{id}");
        antwoord.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var zonderNotitie = await contractmanager.PostFormAsync($"/Verantwoording/Jaarrekeningen/Details/{id}?handler=Oordeel",
            new Dictionary<string, string> { ["Invoer.Oordeel"] = "Maatregel", ["Invoer.Maatregel"] = "Tariefverlaging" }, $"/Verantwoording/Jaarrekeningen/Details/{id}");
        zonderNotitie.StatusCode.Should().Be(HttpStatusCode.OK);
        (await zonderNotitie.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Invoer.Notitie\"");
        (await contractmanager.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/winstoordeel",
            new { Oordeel = "Maatregel", Maatregel = "Tariefverlaging", Notitie = "Vrijval is geen valide toelichting op het tarief: tarief 2027 met 2 % verlaagd." }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var na = (await administratie.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{id}"))!.Winst;
        (na.Antwoord, na.Oordeel, na.Maatregel).Should().Be(("Eenmalige vrijval van een voorziening voor groot onderhoud.", "maatregel", "tariefverlaging"));
        (await administratie.GetStringAsync($"/Verantwoording/Jaarrekeningen/Details/{id}")).Should().Contain("maatregel — tariefverlaging");
    }

    [Fact]
    public async Task MR_30_onder_de_norm_geen_signalering_en_zonder_regel_Gooi_OCO_ook_niet()
    {
        var deventer = DemoId("deventer-wmo-2023");
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var winst = (await contractmanager.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{deventer}"))!.Winst;
        (winst.Winstpercentage, winst.BovenNorm, winst.MaxPercentage, winst.Bron).Should().Be((6.2m, false, 8m, "DEV-Eis25"));
        var vraag = await contractmanager.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{deventer}/toelichtingsverzoek", new { Vraag = "Licht de winst toe alstublieft." });
        (await vraag.Content.ReadAsStringAsync()).Should().Contain("niet boven de norm");

        // OCO has no cap: 12 % profit flags nothing.
        var oco = JaarrekeningTests.Contract(factory, "oco", "75750404");
        var kompas = await factory.LoggedInAsync("administratie@kompas.demo");
        var id = await JaarrekeningTests.UploadOkAsync(kompas, oco, 2025, "jaarrekening", "jaarrekening-kompas-2025.pdf");
        var fout = await kompas.PostFormAsync($"/Verantwoording/Jaarrekeningen/Details/{id}?handler=Cijfers",
            new Dictionary<string, string> { ["Invoer.Omzet"] = "0", ["Invoer.Resultaat"] = "1000" }, $"/Verantwoording/Jaarrekeningen/Details/{id}");
        (await fout.Content.ReadAsStringAsync()).Should().Contain("data-veld-fout=\"Invoer.Omzet\"");
        (await kompas.PostAsJsonAsync($"/api/verantwoording/jaarrekeningen/{id}/winst", new { Omzet = 400_000m, Resultaat = 48_000m })).StatusCode.Should().Be(HttpStatusCode.OK);
        var voorne = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        var ocoWinst = (await voorne.GetFromJsonAsync<Details>($"/api/verantwoording/jaarrekeningen/{id}"))!.Winst;
        (ocoWinst.Winstpercentage, ocoWinst.BovenNorm, ocoWinst.MaxPercentage).Should().Be((12.0m, false, (decimal?)null));
        (await voorne.GetStringAsync($"/Verantwoording/Jaarrekeningen/Details/{id}")).Should().Contain("Dit contract kent geen winstnorm").And.NotContain("winstsignalering");
    }

    [Fact]
    public async Task Omzet_en_resultaat_worden_gelezen_zoals_een_Nederlander_ze_typt()
    {
        var deventer = JaarrekeningTests.Contract(factory, "deventer-wmo-2023", "75750101");
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await JaarrekeningTests.UploadOkAsync(linde, deventer, 2025, "jaarrekening", "jaarrekening-de-linde-2025.pdf");
        var pagina = $"/Verantwoording/Jaarrekeningen/Details/{id}";

        // English notation is refused at the field, with the Dutch way in the message; nothing is stored.
        var fout = await linde.PostFormAsync(pagina + "?handler=Cijfers",
            new Dictionary<string, string> { ["Invoer.Omzet"] = "1,250,000.00", ["Invoer.Resultaat"] = "90.000" }, pagina);
        var html = await fout.Content.ReadAsStringAsync();
        html.Should().Contain("data-veld-fout=\"Invoer.Omzet\"").And.Contain("geen bedrag of getal");
        factory.WithDb(db => db.Set<Jaarrekening>().Single(j => j.Id == id).Omzet).Should().BeNull();

        (await linde.PostFormAsync(pagina + "?handler=Cijfers",
            new Dictionary<string, string> { ["Invoer.Omzet"] = "1.250.000", ["Invoer.Resultaat"] = "117.500,50" }, pagina))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        factory.WithDb(db => db.Set<Jaarrekening>().Where(j => j.Id == id).Select(j => new { j.Omzet, j.Resultaat }).Single())
            .Should().BeEquivalentTo(new { Omzet = (decimal?)1_250_000m, Resultaat = (decimal?)117_500.50m });
    }
}
