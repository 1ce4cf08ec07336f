using System.Net;
using System.Text;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Toewijzingen;

/// <summary>The care chain over HTTP: the consulent issues a toewijzing (WMO301 to the provider's inbox), the provider
/// accepts, starts (WMO305) and stops (WMO307); every message is valid under the official XSD and answered with 0200.
/// Wrong steps are refused with Dutch messages and change nothing.</summary>
public sealed class ZorgketenTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Bericht(Guid Id, string Soort, string Xml, bool Geldig, string? RetourXml, string? Retourcodes, Guid? ToewijzingId);
    private sealed record Toewijzing(Guid Id, string Status, DateOnly? StartdatumZorg, DateOnly? EinddatumZorg, string ToewijzingNummer);

    private (Guid Client, Guid Contract) DeventerLinde() => factory.WithDb(db =>
    {
        var deventer = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
        var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
        return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(5).First().Id,
            db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
    });

    private List<Bericht> BerichtenFrom(Guid toewijzing) => factory.WithDb(db => db.Berichten.Where(b => b.ToewijzingId == toewijzing).OrderBy(b => b.Ontvangen)
        .Select(b => new Bericht(b.Id, b.Soort, b.Xml, b.Geldig, b.RetourXml, b.Retourcodes, b.ToewijzingId)).ToList());

    private async Task<Guid> IssueAsync(HttpClient consulent, object? invoer = null)
    {
        var (client, contract) = DeventerLinde();
        var vandaag = factory.Vandaag;
        var beschikking = invoer is null ? await consulent.BeschikkingAsync(client, vandaag.AddDays(-30), vandaag.AddMonths(11)) : Guid.Empty;
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", invoer ?? new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = vandaag.AddDays(-30).ToString("yyyy-MM-dd"),
            Einddatum = vandaag.AddMonths(11).ToString("yyyy-MM-dd"), Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
    }

    private static Task<HttpResponseMessage> StapAsync(HttpClient client, Guid id, string stap, object invoer) =>
        client.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/{stap}", invoer);

    [Fact]
    public async Task Issue_accept_start_and_stop_exchange_valid_iwmo_messages()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var vandaag = factory.Vandaag.ToString("yyyy-MM-dd");

        (await StapAsync(aanbieder, id, "Accepteren", new { Datum = vandaag })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "Start", new { Datum = vandaag })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag, Reden = "19" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var toewijzing = await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}");
        toewijzing!.Status.Should().Be("Gestopt");
        var berichten = BerichtenFrom(id);
        berichten.Select(b => b.Soort).Should().Equal("WMO301", "WMO305", "WMO307");
        foreach (var b in berichten)
        {
            OfficialXsd.Errors(b.Xml).Should().BeEmpty($"{b.Soort} must be valid under the official XSD");
            b.Geldig.Should().BeTrue(b.Retourcodes);
            b.Retourcodes.Should().StartWith("0200");
            b.RetourXml.Should().NotBeNull();
            b.Xml.Should().Contain($"<{b.Soort.ToLowerInvariant()}:ToewijzingNummer>{toewijzing.ToewijzingNummer}<");
        }
        berichten[0].Xml.Should().Contain(">0150<").And.Contain(">75750101<");

        var inbox = await aanbieder.GetStringAsync("/Berichten?Map=in");
        inbox.Should().Contain(berichten[0].Id.ToString());
        var outbox = await aanbieder.GetStringAsync("/Berichten?Map=uit");
        outbox.Should().Contain(berichten[1].Id.ToString()).And.Contain(berichten[2].Id.ToString());
        var gemeenteInbox = await consulent.GetStringAsync("/Berichten?Map=in");
        gemeenteInbox.Should().Contain(berichten[1].Id.ToString());
        var leesbaar = await consulent.GetStringAsync($"/Berichten/Details/{berichten[1].Id}");
        leesbaar.Should().Contain("Start Wmo-ondersteuning").And.Contain("Begindatum").And.Contain("0200");
        var xml = await consulent.GetAsync($"/Berichten/Details/{berichten[1].Id}?handler=Xml");
        xml.Content.Headers.ContentType!.MediaType.Should().Be("application/xml");
        (await xml.Content.ReadAsStringAsync()).Should().Be(berichten[1].Xml);
    }

    [Fact]
    public async Task Sending_the_start_meets_the_start_obligation_DEV_Art4_4()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var voor = await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        voor!.Single(v => v["regel"].ToString() == "MR-05")["status"].ToString().Should().Be("Open");
        (await StapAsync(aanbieder, id, "Start", new { Datum = factory.Vandaag.ToString("yyyy-MM-dd") })).StatusCode.Should().Be(HttpStatusCode.OK);
        var na = await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        na!.Single(v => v["regel"].ToString() == "MR-05")["status"].ToString().Should().Be("Voldaan");
    }

    [Fact]
    public async Task Wrong_steps_are_refused_with_dutch_messages_and_change_nothing()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var vandaag = factory.Vandaag.ToString("yyyy-MM-dd");

        var stopZonderStart = await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag, Reden = "19" });
        stopZonderStart.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await stopZonderStart.Content.ReadAsStringAsync()).Should().Contain("geen stopbericht zonder startbericht");

        var teVroeg = await StapAsync(aanbieder, id, "Start", new { Datum = factory.Vandaag.AddDays(-60).ToString("yyyy-MM-dd") });
        (await teVroeg.Content.ReadAsStringAsync()).Should().Contain("vóór de ingangsdatum");
        (await StapAsync(aanbieder, id, "Start", new { Datum = vandaag })).StatusCode.Should().Be(HttpStatusCode.OK);
        var tweedeStart = await StapAsync(aanbieder, id, "Start", new { Datum = vandaag });
        tweedeStart.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var zonderReden = await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag });
        (await zonderReden.Content.ReadAsStringAsync()).Should().Contain("WMO588");

        BerichtenFrom(id).Select(b => b.Soort).Should().Equal("WMO301", "WMO305");
        (await aanbieder.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("Gestart");
        (await StapAsync(consulent, id, "Stop", new { Datum = vandaag, Reden = "19" })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a gemeente does not stop care");
    }

    [Fact]
    public async Task A_product_outside_the_contract_or_a_unit_the_profile_forbids_is_refused()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (client, contract) = DeventerLinde();
        var aantal = factory.WithDb(db => db.Toewijzingen.Count());
        var onbekend = await consulent.PostAsJsonAsync("/api/toewijzingen", new { ClientId = client, ContractId = contract, Productcode = "IB-BASIS", Ingangsdatum = "2026-11-01" });
        onbekend.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await onbekend.Content.ReadAsStringAsync()).Should().Contain("Productcode").And.Contain("staat niet in het contract");
        var eenheid = await consulent.PostAsJsonAsync("/api/toewijzingen", new { ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = "2026-11-01", Volume = 2, Eenheid = "14", Frequentie = "2" });
        (await eenheid.Content.ReadAsStringAsync()).Should().Contain("Eenheid").And.Contain("schrijft voor");
        factory.WithDb(db => db.Toewijzingen.Count()).Should().Be(aantal);
    }

    [Fact]
    public async Task The_gemeente_shortens_a_toewijzing_with_a_changed_301_and_the_end_obligations_move()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var id = await IssueAsync(consulent);
        var nieuwEinde = factory.Vandaag.AddMonths(6);
        (await StapAsync(consulent, id, "Wijzigen", new { Datum = nieuwEinde.ToString("yyyy-MM-dd"), Reden = "99" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await StapAsync(consulent, id, "Wijzigen", new { Datum = nieuwEinde.ToString("yyyy-MM-dd"), Reden = "05" })).StatusCode.Should().Be(HttpStatusCode.OK);

        var berichten = BerichtenFrom(id);
        berichten.Select(b => b.Soort).Should().Equal("WMO301", "WMO301");
        var gewijzigd = berichten[1];
        gewijzigd.Xml.Should().Contain("<wmo301:RedenWijziging>05</wmo301:RedenWijziging>").And.Contain($"<wmo301:Einddatum>{nieuwEinde:yyyy-MM-dd}<");
        OfficialXsd.Errors(gewijzigd.Xml).Should().BeEmpty();
        gewijzigd.Geldig.Should().BeTrue(gewijzigd.Retourcodes);

        var verplichtingen = await consulent.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        verplichtingen!.Where(v => v["regel"].ToString() == "MR-11").Should().ContainSingle()
            .Which["deadline"].ToString().Should().Be(nieuwEinde.AddMonths(-3).ToString("yyyy-MM-dd"), "DEV-Eis4-a follows the new end date");
    }

    [Fact]
    public async Task A_transfer_to_another_provider_needs_a_warm_hand_over_before_the_stop()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var vandaag = factory.Vandaag.ToString("yyyy-MM-dd");
        (await StapAsync(aanbieder, id, "Start", new { Datum = vandaag })).StatusCode.Should().Be(HttpStatusCode.OK);
        var teVroeg = await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag, Reden = "38" });
        teVroeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await teVroeg.Content.ReadAsStringAsync()).Should().Contain("warme overdracht");

        var opMaat = factory.WithDb(db => db.Organisaties.Single(o => o.AgbCode == "75750202").Id);
        var deels = await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{id}/overdracht", new { NieuweAanbiederId = opMaat, ToestemmingClient = true, DossierGedeeld = true });
        deels.StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag, Reden = "38" })).Content.ReadAsStringAsync()).Should().Contain("overdrachtsgesprek");
        (await aanbieder.PutAsJsonAsync($"/api/toewijzingen/{id}/overdracht", new
        {
            NieuweAanbiederId = opMaat, ToestemmingClient = true, DossierGedeeld = true, OverdrachtsgesprekGevoerd = true, LaatsteZorgdagAfgestemd = true,
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "Stop", new { Datum = vandaag, Reden = "38" })).StatusCode.Should().Be(HttpStatusCode.OK);
        factory.WithDb(db => db.Gebeurtenissen.Count(g => g.ToewijzingId == id && g.Soort == "overdracht-voltooid")).Should().Be(1);
        BerichtenFrom(id).Last().Xml.Should().Contain("<wmo307:RedenBeeindiging>38<");
    }

    [Fact]
    public async Task A_start_and_stop_from_a_providers_own_system_change_the_toewijzing_like_the_platforms_own_steps()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var id = await IssueAsync(consulent);
        var vandaag = factory.Vandaag;
        // What the provider's own system sends (hand-written, tests/Shared/Berichten) about the 301 it received.
        var ontvangen = BerichtTemplate.From301(BerichtenFrom(id).Single(b => b.Soort == "WMO301").Xml);
        var dag = BerichtTemplate.Date(vandaag);
        var xml = BerichtTemplate.Fill("wmo305-eigen-systeem.xml", [.. ontvangen, ("Identificatie", "987654321098"), ("Dagtekening", dag), ("Begindatum", dag)]);
        var response = await consulent.PostAsync("/api/iwmo/berichten", new StringContent(xml, Encoding.UTF8, "application/xml"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(">0200<");

        (await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("Gestart");
        var verplichtingen = await consulent.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        verplichtingen!.Single(v => v["regel"].ToString() == "MR-05")["status"].ToString().Should().Be("Voldaan", "an imported 305 meets DEV-Art4.4 too");

        var stop = BerichtTemplate.Fill("wmo307-eigen-systeem.xml",
            [.. ontvangen, ("Identificatie", "987654321099"), ("Dagtekening", dag), ("Begindatum", dag), ("RedenBeeindiging", "19"), ("Einddatum", dag)]);
        (await consulent.PostAsync("/api/iwmo/berichten", new StringContent(stop, Encoding.UTF8, "application/xml")))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        (await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("Gestopt");
    }

    [Fact]
    public async Task An_evaluation_answers_the_contracts_questions_and_meets_the_end_evaluation_DEV_Eis4_b()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var vandaag = factory.Vandaag.ToString("yyyy-MM-dd");
        (await StapAsync(aanbieder, id, "Start", new { Datum = vandaag })).StatusCode.Should().Be(HttpStatusCode.OK);

        var onvolledig = await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties", new { Datum = vandaag, Deelnemers = "cliënt", Antwoorden = new[] { "Doelen A en B", "" } });
        onvolledig.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var tekst = await onvolledig.Content.ReadAsStringAsync();
        tekst.Should().Contain("Antwoorden[1]").And.Contain("vraag 2").And.Contain("vraag 4");

        var antwoorden = new[] { "Administratie en dagstructuur", "Post wordt zelf geopend", "Buurthuis en mantelzorger", "Afschalen naar 1 keer per week" };
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/evaluaties", new { Datum = vandaag, Deelnemers = "cliënt en dochter", Antwoorden = antwoorden }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var evaluaties = await aanbieder.GetStringAsync($"/api/toewijzingen/{id}/evaluaties");
        evaluaties.Should().Contain("Aan welke doelen heeft de cliënt").And.Contain("Buurthuis en mantelzorger");
        var verplichtingen = await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        verplichtingen!.Single(v => v["regel"].ToString() == "MR-11")["status"].ToString().Should().Be("Voldaan");
    }

    [Fact]
    public async Task Under_Voorne_aan_Zee_a_stop_on_the_first_of_the_month_needs_a_delivery_that_day_IB_33()
    {
        var consulent = await factory.LoggedInAsync("consulent@voorneaanzee.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@opmaat.demo");
        var (client, contract) = factory.WithDb(db =>
        {
            var voorne = db.Organisaties.Single(o => o.Gemeentecode == "1992").Id;
            var opMaat = db.Organisaties.Single(o => o.AgbCode == "75750202").Id;
            return (db.Clienten.Where(c => c.GemeenteId == voorne).OrderBy(c => c.Bsn).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == voorne && c.AanbiederId == opMaat).Id);
        });
        var eerste = new DateOnly(factory.Vandaag.Year, factory.Vandaag.Month, 1);
        var id = await IssueAsync(consulent, new
        {
            ClientId = client, ContractId = contract, Productcode = "IB-BASIS", Ingangsdatum = eerste.AddMonths(-2).ToString("yyyy-MM-dd"),
            Einddatum = eerste.AddMonths(10).ToString("yyyy-MM-dd"),
            BeschikkingId = await consulent.BeschikkingAsync(client, eerste.AddMonths(-2), eerste.AddMonths(10)),
        });
        (await StapAsync(aanbieder, id, "Start", new { Datum = eerste.AddMonths(-2).AddDays(3).ToString("yyyy-MM-dd") })).StatusCode.Should().Be(HttpStatusCode.OK);
        var opDeEerste = await StapAsync(aanbieder, id, "Stop", new { Datum = eerste.ToString("yyyy-MM-dd"), Reden = "19" });
        opDeEerste.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await opDeEerste.Content.ReadAsStringAsync()).Should().Contain("IB-33");
        (await StapAsync(aanbieder, id, "Stop", new { Datum = eerste.ToString("yyyy-MM-dd"), Reden = "19", LeveringOpStopdatum = true }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refusal_is_decided_by_the_gemeente()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        (await StapAsync(aanbieder, id, "WeigeringAanvragen", new { Reden = "kort" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await StapAsync(aanbieder, id, "WeigeringAanvragen", new { Reden = "Geen begeleider met de vereiste kwalificatie beschikbaar" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await StapAsync(aanbieder, id, "WeigeringBeoordelen", new { Akkoord = true })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the provider cannot approve its own refusal");
        (await StapAsync(consulent, id, "WeigeringBeoordelen", new { Akkoord = true })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await consulent.GetFromJsonAsync<Toewijzing>($"/api/toewijzingen/{id}"))!.Status.Should().Be("Afgewezen");
    }

    [Fact]
    public async Task An_uploaded_message_is_checked_answered_once_and_a_repeat_gets_the_first_answer()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        (await StapAsync(aanbieder, id, "Start", new { Datum = factory.Vandaag.ToString("yyyy-MM-dd") })).StatusCode.Should().Be(HttpStatusCode.OK);
        var start = BerichtenFrom(id).Single(b => b.Soort == "WMO305");
        // The same 305 delivered again by another system: recognised, first answer returned, not stored twice.
        var herhaling = await consulent.PostAsync("/api/iwmo/berichten", new StringContent(start.Xml, Encoding.UTF8, "application/xml"));
        herhaling.StatusCode.Should().Be(HttpStatusCode.OK);
        (await herhaling.Content.ReadAsStringAsync()).Should().Be(start.RetourXml);
        BerichtenFrom(id).Count(b => b.Soort == "WMO305").Should().Be(1);

        var nietVoorMij = await aanbieder.PostAsync("/api/iwmo/berichten", new StringContent(start.Xml, Encoding.UTF8, "application/xml"));
        nietVoorMij.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await nietVoorMij.Content.ReadAsStringAsync()).Should().Contain("niet aan uw organisatie");

        // A start from the provider's own system for a toewijzing the platform does not know is answered with a rejection
        // code, and stored as afgekeurd.
        var dag = BerichtTemplate.Date(factory.Vandaag);
        var onbekend = BerichtTemplate.Fill("wmo305-eigen-systeem.xml", [.. BerichtTemplate.From301(BerichtenFrom(id).Single(b => b.Soort == "WMO301").Xml),
            ("ToewijzingNummer", "99999999"), ("Identificatie", "777777777777"), ("Dagtekening", dag), ("Begindatum", dag)]);
        var afgekeurd = await consulent.PostAsync("/api/iwmo/berichten", new StringContent(onbekend, Encoding.UTF8, "application/xml"));
        afgekeurd.StatusCode.Should().Be(HttpStatusCode.OK);
        var retour = await afgekeurd.Content.ReadAsStringAsync();
        retour.Should().Contain("wmo306:Bericht").And.Contain(">9019<", "TR019: a start must refer to an existing toewijzing");
        factory.WithDb(db => db.Berichten.Single(b => b.Identificatie == "777777777777").Geldig).Should().BeFalse();

        var kapot = await consulent.PostAsync("/api/iwmo/berichten", new StringContent("<geen xml", Encoding.UTF8, "application/xml"));
        kapot.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var leeg = await consulent.PostAsync("/api/iwmo/berichten", new StringContent("", Encoding.UTF8, "application/xml"));
        leeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var teGroot = await consulent.PostAsync("/api/iwmo/berichten",
            new ByteArrayContent(new byte[Infrastructure.Berichten.BerichtenService.MaximaleGrootte + 1]));
        teGroot.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await teGroot.Content.ReadAsStringAsync()).Should().Contain("groter dan 50 MB");
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        var aanval = await consulent.PostAsync("/api/iwmo/berichten", new StringContent(xxe, Encoding.UTF8, "application/xml"));
        aanval.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await aanval.Content.ReadAsStringAsync()).Should().NotContain("root:");
    }

    private sealed record Termijn(DateOnly Deadline, string Bron, string Omschrijving, string Actor);
    private sealed record ListRow(Toewijzing Toewijzing, string Client, string Contract, Termijn? Termijn, int TeLaat);

    [Fact]
    public async Task The_providers_list_shows_each_new_toewijzings_next_contract_deadline()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var id = await IssueAsync(consulent);
        var lijst = await aanbieder.GetAllPagesAsync<ListRow>("/api/toewijzingen/overzicht?status=Verzonden"); // paged since issue 9
        var regel = lijst!.Single(r => r.Toewijzing.Id == id);
        regel.Termijn.Should().NotBeNull("a new toewijzing starts the contract's acceptance/contact/start terms");
        regel.Termijn!.Bron.Should().NotBeNullOrWhiteSpace("every obligation names its clause (a DEV- article or an iWmo rule such as OP090)");
        regel.Termijn.Deadline.Should().BeOnOrAfter(factory.Vandaag);
        var verplichtingen = await aanbieder.GetFromJsonAsync<List<Dictionary<string, object>>>($"/api/verplichtingen?toewijzing={id}");
        var vroegste = verplichtingen!.Where(v => v["status"].ToString() == "Open").Min(v => DateOnly.Parse(v["deadline"].ToString()![..10]));
        regel.Termijn.Deadline.Should().Be(vroegste, "the list shows the earliest open obligation");

        var pagina = await aanbieder.GetStringAsync("/Toewijzingen?Status=Verzonden");
        pagina.Should().Contain("Eerstvolgende termijn").And.Contain(regel.Termijn.Bron);
    }

    [Fact]
    public async Task A_traject_goes_out_as_one_unit_and_a_coded_product_needs_its_omvang_CD041()
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var (client, contract) = DeventerLinde();
        var vandaag = factory.Vandaag;
        var beschikking = await consulent.BeschikkingAsync(client, vandaag, vandaag.AddMonths(2));
        object Invoer(string product, int? volume) => new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = vandaag.ToString("yyyy-MM-dd"),
            Einddatum = vandaag.AddMonths(2).ToString("yyyy-MM-dd"), Volume = volume, Eenheid = volume is null ? null : "82", Frequentie = volume is null ? null : "6",
            BeschikkingId = beschikking,
        };

        var traject = await consulent.PostAsJsonAsync("/api/toewijzingen", Invoer("AD-VV", null));
        traject.StatusCode.Should().Be(HttpStatusCode.Created, await traject.Content.ReadAsStringAsync());
        var id = (await traject.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var bericht = BerichtenFrom(id).Single(b => b.Soort == "WMO301");
        bericht.Geldig.Should().BeTrue(bericht.Retourcodes);
        OfficialXsd.Errors(bericht.Xml).Should().BeEmpty();
        bericht.Xml.Should().Contain("<iwmo:Volume>1</iwmo:Volume>").And.Contain("<iwmo:Eenheid>82</iwmo:Eenheid>").And.Contain("<iwmo:Frequentie>6</iwmo:Frequentie>");

        var drie = await consulent.PostAsJsonAsync("/api/toewijzingen", Invoer("AD-VV", 3));
        drie.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await drie.Content.ReadAsStringAsync()).Should().Contain("Volume").And.Contain("als één geheel").And.Contain("DEV-B2-Trajectprijs");

        var zonderOmvang = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = "PO-B", Ingangsdatum = vandaag.ToString("yyyy-MM-dd"), Einddatum = vandaag.AddMonths(2).ToString("yyyy-MM-dd"),
        });
        zonderOmvang.StatusCode.Should().Be(HttpStatusCode.BadRequest, "without Omvang the 301 would be refused by the receiving side (CD041)");
        (await zonderOmvang.Content.ReadAsStringAsync()).Should().Contain("Volume").And.Contain("CD041");
    }
}
