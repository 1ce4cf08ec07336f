using System.Net;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Personeel;

/// <summary>Continuity when the fixed worker changes, over HTTP (issue 14): under Gooi en Vechtstreek a change registers
/// <c>uitval-medewerker</c>, so BSD-44b (replacement within 48 h, met by the new fixed worker), BSD-44c (phone within 24 h)
/// and BSD-44d (letter within 10 working days) show as obligations and a recorded step meets its own; under Voorne aan Zee
/// IB-15c (structural replacement within 4 weeks) is met by the new fixed worker; under Deventer nothing starts.</summary>
public sealed class ContinuiteitWebTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private List<VastgelegdeVerplichting> Verplichtingen(Guid toewijzing, string regel) =>
        factory.WithDb(db => db.Verplichtingen.Where(v => v.OnderwerpId == toewijzing && v.RegelId == regel).ToList());

    /// <summary>A toewijzing of Op Maat under the profile, in any state (the demo has few started ones under Voorne aan Zee).</summary>
    private Guid EenToewijzing(string profiel) => factory.WithDb(db =>
    {
        var aanbieder = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
        var contracten = db.Contracten.Where(c => c.AanbiederId == aanbieder && c.ProfielId == profiel).Select(c => c.Id).ToList();
        return db.Toewijzingen.Where(t => contracten.Contains(t.ContractId)).OrderBy(t => t.Id).First().Id;
    });

    internal static async Task<(Guid A, Guid B)> TweeMedewerkersAsync(HttpClient client, string product)
    {
        var a = await PersoneelTests.RegisterAsync(client, PersoneelTests.Persoon("Anna Eerst", inDienst: "2026-10-01", producten: product));
        var b = await PersoneelTests.RegisterAsync(client, PersoneelTests.Persoon("Bram Daarna", inDienst: "2026-10-01", producten: product));
        await PersoneelVogs.AddValidAsync(client, a);
        await PersoneelVogs.AddValidAsync(client, b);
        return (a, b);
    }

    internal sealed record Toegewezen(Guid Id, List<string> Waarschuwingen);

    internal static async Task<Toegewezen> AssignAsync(HttpClient client, Guid toewijzing, Guid medewerker, string vanaf, string? reden = null)
    {
        var response = await client.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}", new { MedewerkerId = medewerker, Vanaf = vanaf, Reden = reden });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Toegewezen>())!;
    }

    [Fact]
    public async Task BSD_44b_c_d_een_andere_vaste_medewerker_start_de_termijnen_en_een_vervolgstap_voldoet()
    {
        var kwaliteit = await factory.LoggedInAsync("kwaliteit@delinde.demo");
        var (a, b) = await TweeMedewerkersAsync(kwaliteit, "BSD-MBO4");
        var toewijzing = PersoneelTests.Toewijzing(factory, "75750101", "gooi-vechtstreek-bsd");
        await AssignAsync(kwaliteit, toewijzing, a, "2026-11-02");
        await AssignAsync(kwaliteit, toewijzing, b, "2026-11-10", "ziekte");

        Verplichtingen(toewijzing, "BSD-44b").Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Voldaan, "de nieuwe vaste medewerker is de vervanging");
        var bellen = Verplichtingen(toewijzing, "BSD-44c");
        bellen.Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Open && v.DeadlineMoment != null);
        Verplichtingen(toewijzing, "BSD-44d").Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Open && v.Deadline > factory.Vandaag);

        var stappen = await kwaliteit.GetStringAsync($"/api/personeel/vaste-medewerker/{toewijzing}/vervolgstappen");
        stappen.Should().Contain("client-gebeld").And.Contain("BSD-44c").And.Contain("client-schriftelijk-geinformeerd");
        var fout = await kwaliteit.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}/vervolgstappen", new { Soort = "taart-gebracht", Datum = "2026-11-10", Tijd = "09:00" });
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Kies een vervolgstap van het contract").And.Contain("BSD-44c");

        // On the page: the step form; a step before the change does not count; one after it meets the obligation.
        (await kwaliteit.GetStringAsync($"/Personeel/VasteMedewerker/{toewijzing}")).Should().Contain("vervolgstapformulier").And.Contain("BSD-44d");
        var wisseling = Infrastructure.Common.Amsterdam.Local(factory.Tijd.GetUtcNow());
        var tevroeg = await kwaliteit.PostFormAsync($"/Personeel/VasteMedewerker/{toewijzing}?handler=Vervolgstap", new Dictionary<string, string>
        {
            ["Stap.Soort"] = "client-gebeld", ["Stap.Datum"] = wisseling.ToString("yyyy-MM-dd"), ["Stap.Tijd"] = wisseling.AddHours(-1).ToString("HH:mm"),
        });
        tevroeg.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tevroeg.Content.ReadAsStringAsync()).Should().Contain("vóór de laatste wisseling");
        factory.Tijd.Advance(TimeSpan.FromHours(1));
        var later = Infrastructure.Common.Amsterdam.Local(factory.Tijd.GetUtcNow());
        var post = await kwaliteit.PostFormAsync($"/Personeel/VasteMedewerker/{toewijzing}?handler=Vervolgstap", new Dictionary<string, string>
        {
            ["Stap.Soort"] = "client-gebeld", ["Stap.Datum"] = later.ToString("yyyy-MM-dd"), ["Stap.Tijd"] = later.ToString("HH:mm"), ["Stap.Toelichting"] = "Dochter gebeld",
        });
        post.StatusCode.Should().Be(HttpStatusCode.Redirect, await post.Content.ReadAsStringAsync());
        Verplichtingen(toewijzing, "BSD-44c").Should().Contain(v => v.Status == VerplichtingStatus.Voldaan);
        Verplichtingen(toewijzing, "BSD-44d").Should().Contain(v => v.Status == VerplichtingStatus.Open, "de brief is nog niet verstuurd");

        var anderen = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await anderen.PostAsJsonAsync($"/api/personeel/vaste-medewerker/{toewijzing}/vervolgstappen", new { Soort = "client-gebeld", Datum = "2026-11-10", Tijd = "09:00" }))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IB_15c_de_nieuwe_vaste_medewerker_is_de_structurele_vervanging_en_onder_Deventer_start_niets()
    {
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        var (a, b) = await TweeMedewerkersAsync(opMaat, "IB-BASIS");
        var voorne = EenToewijzing("voorne-aan-zee-ib");
        await AssignAsync(opMaat, voorne, a, "2026-11-02");
        await AssignAsync(opMaat, voorne, b, "2026-11-10", "langdurig ziek");
        Verplichtingen(voorne, "IB-15c").Should().NotBeEmpty().And.OnlyContain(v => v.Status == VerplichtingStatus.Voldaan);

        var deventer = EenToewijzing("deventer-wmo-2023");
        var voor = factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ToewijzingId == deventer && (g.Soort == "uitval-medewerker" || g.Soort == "langdurige-afwezigheid")));
        await AssignAsync(opMaat, deventer, a, "2026-11-02");
        await AssignAsync(opMaat, deventer, b, "2026-11-10");
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ToewijzingId == deventer && (g.Soort == "uitval-medewerker" || g.Soort == "langdurige-afwezigheid")))
            .Should().Be(voor, "het Deventer-contract heeft geen regel over een wisseling van de vaste medewerker");
    }
}
