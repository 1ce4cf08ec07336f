using System.Net;
using System.Text;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>Temporary stop under Voorne aan Zee (IB-32): a 307 with reden 20 only for a hospital or rehabilitation
/// admission of at least a whole calendar month, then a new 305 on the same toewijzing; the next 307 starts from it.</summary>
public sealed class TijdelijkeStopTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Toewijzing(Guid Id, string Status, DateOnly? StartdatumZorg, DateOnly? EinddatumZorg, DateOnly? HervatOp, string? Opname, string ToewijzingNummer);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static Task<HttpResponseMessage> StapAsync(HttpClient client, Guid id, string stap, object invoer) =>
        client.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/{stap}", invoer);

    private async Task<(Guid Id, HttpClient Consulent, HttpClient Aanbieder)> StartedAsync(DateOnly ingang, DateOnly start, int client = 1)
    {
        var consulent = await factory.LoggedInAsync("consulent@voorneaanzee.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@opmaat.demo");
        var (clientId, contract) = factory.WithDb(db =>
        {
            var voorne = db.Organisaties.Single(o => o.Gemeentecode == "1992").Id;
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            return (db.Clienten.Where(c => c.GemeenteId == voorne).OrderBy(c => c.Bsn).Skip(client).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == voorne && c.AanbiederId == opMaat).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(clientId, ingang, ingang.AddYears(1));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = clientId, ContractId = contract, Productcode = "IB-BASIS", Ingangsdatum = D(ingang), Einddatum = D(ingang.AddYears(1)), BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await StapAsync(aanbieder, id, "Start", new { Datum = D(start) })).StatusCode.Should().Be(HttpStatusCode.OK);
        return (id, consulent, aanbieder);
    }

    private List<(string Soort, string Xml, bool Geldig)> Berichten(Guid id) => factory.WithDb(db => db.Berichten.Where(b => b.ToewijzingId == id)
        .OrderBy(b => b.Ontvangen).Select(b => new { b.Soort, b.Xml, b.Geldig }).ToList().Select(b => (b.Soort, b.Xml, b.Geldig)).ToList());

    /// <summary>A 305 or 307 from the provider's own system (hand-written, tests/Shared/Berichten), about the toewijzing
    /// of the 301 it received.</summary>
    private string OtherSystem(Guid id, string soort, params (string Naam, string? Waarde)[] waarden) =>
        BerichtTemplate.Fill($"wmo{soort}-eigen-systeem.xml", [.. BerichtTemplate.From301(Berichten(id).First(b => b.Soort == "WMO301").Xml), .. waarden]);

    private static async Task<string> SendAsync(HttpClient client, string xml)
    {
        var response = await client.PostAsync("/api/iwmo/berichten", new StringContent(xml, Encoding.UTF8, "application/xml"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_temporary_stop_and_resumption_exchange_307_reden_20_and_a_new_305_IB_32()
    {
        var vandaag = factory.Vandaag;
        var (id, consulent, aanbieder) = await StartedAsync(vandaag.AddDays(-120), vandaag.AddDays(-110));
        var laatste = vandaag.AddDays(-100);
        var terug = TijdelijkeStop.EarliestResumption(laatste);

        (await StapAsync(aanbieder, id, "TijdelijkStoppen", new { Datum = D(laatste), Opname = "ziekenhuis", VerwachteHervatting = D(terug) }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var gestopt = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (gestopt!.Status, gestopt.EinddatumZorg, gestopt.Opname).Should().Be(("TijdelijkGestopt", laatste, "ziekenhuis"));

        var hervat = vandaag.AddDays(-20);
        (await StapAsync(aanbieder, id, "Hervatten", new { Datum = D(hervat) })).StatusCode.Should().Be(HttpStatusCode.OK);
        var weer = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (weer!.Status, weer.HervatOp, weer.StartdatumZorg, weer.EinddatumZorg).Should().Be(("Gestart", hervat, vandaag.AddDays(-110), (DateOnly?)null));
        (await StapAsync(aanbieder, id, "Stop", new { Datum = D(vandaag.AddDays(-2)), Reden = "19" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var berichten = Berichten(id);
        berichten.Select(b => b.Soort).Should().Equal("WMO301", "WMO305", "WMO307", "WMO305", "WMO307");
        foreach (var b in berichten)
        {
            OfficialXsd.Errors(b.Xml).Should().BeEmpty(b.Soort);
            b.Geldig.Should().BeTrue();
        }
        berichten[2].Xml.Should().Contain(">20</wmo307:RedenBeeindiging>").And.Contain($">{D(laatste)}</wmo307:Einddatum>");
        berichten[3].Xml.Should().Contain($"<wmo305:Begindatum>{D(hervat)}<");
        berichten[4].Xml.Should().Contain($"<wmo307:Begindatum>{D(hervat)}<", "the final stop closes the delivery period that the resumption opened");

        var pagina = await consulent.GetStringAsync($"/Toewijzingen/Details/{id}");
        pagina.Should().Contain("Levering tijdelijk gestopt").And.Contain("ziekenhuis").And.Contain("Levering hervat");
    }

    [Fact]
    public async Task A_temporary_stop_for_another_reason_or_shorter_than_a_calendar_month_is_refused_IB_32()
    {
        var vandaag = factory.Vandaag;
        var (id, _, aanbieder) = await StartedAsync(vandaag.AddDays(-60), vandaag.AddDays(-50), client: 2);
        var laatste = vandaag.AddDays(-10);

        var anders = await StapAsync(aanbieder, id, "TijdelijkStoppen", new { Datum = D(laatste), Opname = "anders", VerwachteHervatting = D(TijdelijkeStop.EarliestResumption(laatste)) });
        anders.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await anders.Content.ReadAsStringAsync()).Should().Contain("Opname").And.Contain("IB-32").And.Contain("ziekenhuis");

        var kort = await StapAsync(aanbieder, id, "TijdelijkStoppen", new { Datum = D(laatste), Opname = "ziekenhuis", VerwachteHervatting = D(laatste.AddDays(14)) });
        kort.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await kort.Content.ReadAsStringAsync()).Should().Contain("VerwachteHervatting").And.Contain("volledige kalendermaand");

        var zonder = await StapAsync(aanbieder, id, "TijdelijkStoppen", new { Datum = D(laatste) });
        (await zonder.Content.ReadAsStringAsync()).Should().Contain("Opname").And.Contain("VerwachteHervatting");

        (await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("Gestart");
        Berichten(id).Select(b => b.Soort).Should().Equal("WMO301", "WMO305");
        (await StapAsync(aanbieder, id, "Hervatten", new { Datum = D(vandaag) })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_temporary_stop_and_resumption_from_a_providers_own_system_are_applied_too()
    {
        var vandaag = factory.Vandaag;
        var (id, consulent, _) = await StartedAsync(vandaag.AddDays(-90), vandaag.AddDays(-80), client: 3);
        await SendAsync(consulent, OtherSystem(id, "307", ("Identificatie", "TS" + id.ToString("N")[..10]), ("Dagtekening", D(vandaag)),
            ("Begindatum", D(vandaag.AddDays(-80))), ("RedenBeeindiging", "20"), ("Einddatum", D(vandaag.AddDays(-30)))));
        (await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("TijdelijkGestopt");

        await SendAsync(consulent, OtherSystem(id, "305", ("Identificatie", "TH" + id.ToString("N")[..10]), ("Dagtekening", D(vandaag)),
            ("Begindatum", D(vandaag.AddDays(-20)))));
        var hervat = await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (hervat!.Status, hervat.HervatOp).Should().Be(("Gestart", vandaag.AddDays(-20)));
        var pagina = await consulent.GetStringAsync($"/Toewijzingen/Details/{id}");
        pagina.Should().Contain("korter dan een volledige kalendermaand (IB-32)", "9 days without care never cover a whole calendar month");
    }

    [Fact]
    public async Task Starts_and_stops_out_of_sequence_from_another_system_get_the_standards_retour_codes()
    {
        var vandaag = factory.Vandaag;
        var (id, consulent, _) = await StartedAsync(vandaag.AddDays(-40), vandaag.AddDays(-30), client: 4);
        (string, string?) Identificatie(string voorvoegsel) => ("Identificatie", voorvoegsel + id.ToString("N")[..9]);

        (await SendAsync(consulent, OtherSystem(id, "305", Identificatie("SQ1"), ("Dagtekening", D(vandaag)), ("Begindatum", D(vandaag.AddDays(-10))))))
            .Should().Contain(">9326<", "TR326: the toewijzing already has a current start");
        (await SendAsync(consulent, OtherSystem(id, "305", Identificatie("SQ2"), ("Dagtekening", D(vandaag)), ("Begindatum", D(vandaag.AddDays(-30))))))
            .Should().Contain(">9074<", "TR074: the same start again");
        (await SendAsync(consulent, OtherSystem(id, "307", Identificatie("SQ3"), ("Dagtekening", D(vandaag)), ("Begindatum", D(vandaag.AddDays(-29))),
                ("RedenBeeindiging", "19"), ("Einddatum", D(vandaag)))))
            .Should().Contain(">9069<", "TR382: the stop must carry the Begindatum of the current start");

        var na = await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (na!.Status, na.StartdatumZorg).Should().Be(("Gestart", vandaag.AddDays(-30)), "refused messages change nothing");
    }

    [Fact]
    public async Task A_wrong_start_or_stop_is_withdrawn_with_status_aanlevering_3_and_its_obligations_reopen()
    {
        var vandaag = factory.Vandaag;
        var (id, consulent, aanbieder) = await StartedAsync(vandaag.AddDays(-20), vandaag.AddDays(-10), client: 5);
        (await StapAsync(aanbieder, id, "StartIntrekken", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var na = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (na!.Status, na.StartdatumZorg).Should().Be(("Geaccepteerd", (DateOnly?)null));
        var berichten = Berichten(id);
        berichten.Select(b => b.Soort).Should().Equal("WMO301", "WMO305", "WMO305");
        berichten[2].Xml.Should().Contain("<wmo305:StatusAanlevering>3<").And.Contain($"<wmo305:Begindatum>{D(vandaag.AddDays(-10))}<");
        berichten.Should().OnlyContain(b => b.Geldig);
        OfficialXsd.Errors(berichten[2].Xml).Should().BeEmpty();
        var start = await consulent.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        start!.Where(v => v["regel"].ToString() == "IB-20a").Should().BeEmpty("without a start there is no plan deadline");

        (await StapAsync(aanbieder, id, "Start", new { Datum = D(vandaag.AddDays(-9)) })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "Stop", new { Datum = D(vandaag.AddDays(-1)), Reden = "19" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "StartIntrekken", new { })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a start with a stop is withdrawn only after the stop (TR071)");
        (await StapAsync(aanbieder, id, "StopIntrekken", new { })).StatusCode.Should().Be(HttpStatusCode.OK);
        var weer = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (weer!.Status, weer.StartdatumZorg, weer.EinddatumZorg).Should().Be(("Gestart", vandaag.AddDays(-9), (DateOnly?)null));
        Berichten(id).Last().Xml.Should().Contain("<wmo307:StatusAanlevering>3<");
        (await consulent.GetStringAsync($"/Toewijzingen/Details/{id}")).Should().Contain($"Stopmelding per {vandaag.AddDays(-1):dd-MM-yyyy} ingetrokken");
    }

    [Fact]
    public async Task A_withdrawn_resumption_brings_back_the_temporary_stop_and_another_systems_withdrawal_is_checked()
    {
        var vandaag = factory.Vandaag;
        var (id, consulent, aanbieder) = await StartedAsync(vandaag.AddDays(-120), vandaag.AddDays(-110), client: 6);
        var laatste = vandaag.AddDays(-100);
        (await StapAsync(aanbieder, id, "TijdelijkStoppen", new { Datum = D(laatste), Opname = "revalidatiecentrum", VerwachteHervatting = D(TijdelijkeStop.EarliestResumption(laatste)) }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "Hervatten", new { Datum = D(vandaag.AddDays(-5)) })).StatusCode.Should().Be(HttpStatusCode.OK);

        // Another system withdraws the resumption (a 305 with StatusAanlevering 3 and the same key).
        var xml = OtherSystem(id, "305", ("Identificatie", "IN1" + id.ToString("N")[..9]), ("Dagtekening", D(vandaag)),
            ("Begindatum", D(vandaag.AddDays(-5))), ("StatusAanlevering", "3"));
        (await SendAsync(consulent, xml)).Should().Contain(">0200<");
        var terug = await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        (terug!.Status, terug.EinddatumZorg, terug.Opname, terug.HervatOp).Should().Be(("TijdelijkGestopt", laatste, "revalidatiecentrum", (DateOnly?)null));

        // Withdrawing it again: no such start any more (TR063 → 9063), nothing changes.
        var nogmaals = xml.Replace("IN1" + id.ToString("N")[..9], "IN2" + id.ToString("N")[..9]);
        (await SendAsync(consulent, nogmaals)).Should().Contain(">9063<");
        (await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("TijdelijkGestopt");
    }
}
