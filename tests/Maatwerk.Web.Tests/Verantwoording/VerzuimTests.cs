using System.Net;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Verantwoording;

/// <summary>DEV-Art22.7-8 and DEV-Art22.2c over HTTP: for MR-31/MR-32 that the obligations engine holds overdue, the Deventer contract
/// manager records an accountant at the aanbieder's cost (an open set-off decision) or a ground for termination.</summary>
public sealed class VerzuimTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Verzuim(Guid VerplichtingId, string Contract, string RegelId, int Jaar, List<string> Maatregelen);

    [Fact]
    public async Task DEV_Art22_7_8_accountant_op_kosten_van_de_aanbieder_en_DEV_Art22_2c_ontbindingsgrond()
    {
        var contractmanager = await factory.LoggedInAsync("contractmanager@deventer.demo");
        var lijst = (await contractmanager.GetFromJsonAsync<List<Verzuim>>("/api/verantwoording/verzuim"))!;
        var mr31 = lijst.First(v => v.RegelId == "MR-31" && v.Contract.Contains("De Linde"));
        mr31.Jaar.Should().Be(2025);
        mr31.Maatregelen.Should().Equal("accountant op kosten van de aanbieder (DEV-Art22.7-8)", "ontbindingsgrond vastgesteld (DEV-Art22.2c)");

        var fout = await contractmanager.PostAsJsonAsync("/api/verantwoording/verzuim", new { mr31.VerplichtingId, Maatregel = "accountant", Accountant = "Van Dijk Accountants" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("kosten van de accountant");
        var ok = await contractmanager.PostAsJsonAsync("/api/verantwoording/verzuim",
            new { mr31.VerplichtingId, Maatregel = "accountant", Accountant = "Van Dijk Accountants", Bedrag = 4850.50m });
        ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var besluit = factory.WithDb(db => db.Set<Declaratiebesluit>().Single(b => b.Soort == BesluitSoort.Accountantskosten));
        (besluit.Bedrag, besluit.Bron, besluit.IsOpenBedrag).Should().Be((485_050L, "DEV-Art22.7-8", true));

        var zonderNotitie = await contractmanager.PostAsJsonAsync("/api/verantwoording/verzuim", new { mr31.VerplichtingId, Maatregel = "ontbindingsgrond" });
        (await zonderNotitie.Content.ReadAsStringAsync()).Should().Contain("Notitie");
        (await contractmanager.PostAsJsonAsync("/api/verantwoording/verzuim",
            new { mr31.VerplichtingId, Maatregel = "ontbindingsgrond", Notitie = "Geen productieverantwoording 2025 na twee herinneringen." })).StatusCode.Should().Be(HttpStatusCode.OK);

        // Voorne's profile names no such measure; another gemeente and the aanbieder get 404.
        var voorne = await factory.LoggedInAsync("contractmanager@voorneaanzee.demo");
        (await voorne.GetFromJsonAsync<List<Verzuim>>("/api/verantwoording/verzuim"))!.Should().BeEmpty();
        (await voorne.PostAsJsonAsync("/api/verantwoording/verzuim", new { mr31.VerplichtingId, Maatregel = "ontbindingsgrond", Notitie = "Niet mijn contract, toch proberen." }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        (await linde.PostAsJsonAsync("/api/verantwoording/verzuim", new { mr31.VerplichtingId, Maatregel = "ontbindingsgrond", Notitie = "Zelf vastleggen kan niet." }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
