using System.Net;
using System.Text;
using System.Xml.Linq;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.IWmo.Validatie;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Declaratiebeoordeling;

/// <summary>The gemeente's side of a WMO323 (issue 12): receipt once per message in the declaratiebeoordelaar's queue,
/// every line checked, a decision per line, and the one WMO325 (IV087) stored as the 323's answer, meeting OP090x4.</summary>
public sealed class BeoordelingTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Check(string Regel, string Retourcode, string Uitkomst, string Melding);
    private sealed record Regel(Guid Id, string ReferentieNummer, string ToewijzingNummer, bool Schoon, string? VoorgesteldeCode, string Beoordeling,
        string? Retourcode, long Bedrag, string Status, List<Check> Controles);
    private sealed record Details(Guid Id, string DeclaratieNummer, string Status, bool KanVerzenden, long TotaalIngediend, long? TotaalToegekend, List<Regel> Regels);
    private sealed record Rij(Guid Id, string DeclaratieNummer, string Status, int Regels, int Open);

    private static int _uur;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static readonly XNamespace Iwmo = "http://www.istandaarden.nl/iwmo/3_2/basisschema/schema";

    private async Task<(Guid Toewijzing, string Nummer)> GestartAsync(string product, DateOnly ingang)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var (client, contract) = factory.WithDb(db =>
        {
            var gemeente = db.Organisaties.Single(o => o.Gemeentecode == "0150").Id;
            var org = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == gemeente).OrderBy(c => c.Bsn).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == gemeente && c.AanbiederId == org).Id);
        });
        var beschikking = await consulent.BeschikkingAsync(client, ingang, ingang.AddMonths(12));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = D(ingang), Einddatum = D(ingang.AddMonths(12)),
            Volume = 120, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) })).StatusCode.Should().Be(HttpStatusCode.OK);
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        (await aanbieder.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = id, MedewerkerId = medewerker, Datum = "2026-10-13", Begintijd = $"{7 + 3 * Interlocked.Increment(ref _uur) % 15:D2}:00", Minuten = 155 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        return (id, factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer));
    }

    /// <summary>The month's 323 as the provider's own system would send it, with one line's tariff raised to 1,07 per minute.</summary>
    private static byte[] MetTarief(string xml, string toewijzingNummer, long tarief)
    {
        var doc = XDocument.Parse(xml);
        var prestatie = doc.Descendants().Single(e => e.Name.LocalName == "Prestatie" && e.Elements().Any(k => k.Name.LocalName == "ToewijzingNummer" && k.Value == toewijzingNummer));
        var volume = long.Parse(prestatie.Elements().Single(e => e.Name.LocalName == "GeleverdVolume").Value);
        var bedrag = prestatie.Descendants(Iwmo + "Bedrag").Single();
        var verschil = volume * tarief - long.Parse(bedrag.Value);
        prestatie.Elements().Single(e => e.Name.LocalName == "ProductTarief").Value = tarief.ToString();
        bedrag.Value = (volume * tarief).ToString();
        var totaal = doc.Descendants(Iwmo + "TotaalBedrag").Single();
        totaal.Value = (long.Parse(totaal.Value) + verschil).ToString();
        return Encoding.UTF8.GetBytes(doc.ToString(SaveOptions.DisableFormatting));
    }

    private static async Task<HttpResponseMessage> PostXmlAsync(HttpClient client, byte[] xml) =>
        await client.PostAsync("/api/iwmo/berichten", new ByteArrayContent(xml) { Headers = { ContentType = new("application/xml") } });

    [Fact]
    public async Task A_323_from_the_providers_own_system_is_queued_once_checked_decided_and_answered_with_one_valid_325_meeting_OP090x4()
    {
        var (_, schoon) = await GestartAsync("PO-B", new DateOnly(2026, 10, 12));
        var (_, duur) = await GestartAsync("PO-L", new DateOnly(2026, 10, 12));
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var xml = await linde.GetStringAsync($"/api/declaraties/xml?maand=2026-10-01&gemeenteId={deventer}");
        var heen = MetTarief(xml, duur, 107);
        OfficialXsd.Errors(Encoding.UTF8.GetString(heen)).Should().BeEmpty();

        // Receipt: 202 while the gemeente checks it; the same message again is the same declaration (TR056), not a second one.
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var eerste = await PostXmlAsync(beoordelaar, heen);
        eerste.StatusCode.Should().Be(HttpStatusCode.Accepted, await eerste.Content.ReadAsStringAsync());
        (await eerste.Content.ReadAsStringAsync()).Should().Contain("OP090x4");
        var tweede = await PostXmlAsync(beoordelaar, heen);
        tweede.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var identificatie = XDocument.Parse(xml).Descendants(Iwmo + "Identificatie").First().Value;
        factory.WithDb(db => db.Set<OntvangenDeclaratie>().Count(d => d.Identificatie == identificatie)).Should().Be(1);
        factory.WithDb(db => db.Berichten.Count(b => b.Identificatie == identificatie && b.Soort == "WMO323")).Should().Be(1);
        factory.WithDb(db => db.Berichten.Single(b => b.Identificatie == identificatie && b.Soort == "WMO323").RetourXml).Should().BeNull("the library's automatic 325 is withdrawn: one 325 per 323 (IV087)");

        var rij = (await beoordelaar.GetFromJsonAsync<List<Rij>>("/api/declaratiebeoordeling"))!.Single(r => r.Status == "InBeoordeling" && r.Open == r.Regels && r.Regels >= 2
            && factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.Id == r.Id).Identificatie) == identificatie);
        var verplichting = factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "OP090x4" && v.OnderwerpId == rij.Id));
        verplichting.Status.Should().Be(VerplichtingStatus.Open);

        // The checks: the PO-B line is clean; the PO-L line has 1,07 per minute against the contract's 56,40 per hour (TR418, 0611).
        var details = (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{rij.Id}"))!;
        var goed = details.Regels.Single(r => r.ToewijzingNummer == schoon);
        goed.Schoon.Should().BeTrue(string.Join("; ", goed.Controles.Where(c => c.Uitkomst != "goed").Select(c => c.Melding)));
        var fout = details.Regels.Single(r => r.ToewijzingNummer == duur);
        fout.VoorgesteldeCode.Should().Be("0611");
        fout.Controles.Single(c => c.Regel == "TR418").Melding.Should().Contain("56,40").And.Contain("€ 0,94").And.Contain("€ 1,07");
        var pagina = await beoordelaar.GetStringAsync($"/Declaratiebeoordeling/Details/{rij.Id}");
        pagina.Should().Contain("TR418 (0611, afwijzen)").And.Contain("Alle schone regels goedkeuren").And.Contain("contractuele tarief");
        (await beoordelaar.GetStringAsync("/Declaratiebeoordeling")).Should().Contain(details.DeclaratieNummer);

        // Approve all clean lines at once; the 325 waits for a decision on every line.
        (await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{rij.Id}/schone-regels", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var teVroeg = await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{rij.Id}/antwoord", null);
        teVroeg.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await teVroeg.Content.ReadAsStringAsync()).Should().Contain("zonder beslissing");
        var zonderCode = await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{rij.Id}/regels/{fout.Id}", new { Goedkeuren = false, Toelichting = "x" });
        zonderCode.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await zonderCode.Content.ReadAsStringAsync()).Should().Contain("Retourcode");
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{rij.Id}/regels/{fout.Id}",
            new { Goedkeuren = false, Retourcode = "0611", Toelichting = "Contracttarief PO-L is 56,40 per uur." })).StatusCode.Should().Be(HttpStatusCode.OK);
        details = (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{rij.Id}"))!;
        details.Regels.Where(r => r.ToewijzingNummer != duur).Should().OnlyContain(r => r.Beoordeling == "Goedgekeurd" || !r.Schoon);
        // Other demo lines in the message that are not clean get a decision too.
        foreach (var r in details.Regels.Where(r => r.Beoordeling == "Open"))
            await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{rij.Id}/regels/{r.Id}", new { Goedkeuren = true });

        var verzenden = await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{rij.Id}/antwoord", null);
        verzenden.StatusCode.Should().Be(HttpStatusCode.OK, await verzenden.Content.ReadAsStringAsync());
        details = (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{rij.Id}"))!;
        details.Status.Should().Be("Beantwoord");
        var afgewezen = details.Regels.Where(r => r.Beoordeling == "Afgewezen").Sum(r => r.Bedrag);
        details.TotaalToegekend.Should().Be(details.TotaalIngediend - afgewezen, "TR342: Σ rejected = submitted − granted");

        // The 325 is the 323's answer: valid, only the rejected line, with 0611, the granted total.
        var retour = factory.WithDb(db => db.Berichten.Single(b => b.Identificatie == identificatie && b.Soort == "WMO323")).RetourXml!;
        BerichtValidator.Validate(Encoding.UTF8.GetBytes(retour)).Fouten.Should().BeEmpty();
        var antwoord = XDocument.Parse(retour);
        antwoord.Descendants().Where(e => e.Name.LocalName == "Prestatie").Should().ContainSingle()
            .Which.Descendants().Should().Contain(e => e.Name.LocalName == "RetourCode" && e.Value == "0611");
        antwoord.Descendants().Single(e => e.Name.LocalName == "TotaalToegekendBedrag").Elements().First().Value.Should().Be(details.TotaalToegekend.ToString());

        // OP090x4 is met by sending the 325; the same 323 again now gets that 325.
        factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "OP090x4" && v.OnderwerpId == rij.Id)).Status.Should().Be(VerplichtingStatus.Voldaan);
        var herhaling = await PostXmlAsync(beoordelaar, heen);
        herhaling.StatusCode.Should().Be(HttpStatusCode.OK);
        (await herhaling.Content.ReadAsStringAsync()).Should().Contain("0611");

        // Answered: no more decisions.
        (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{rij.Id}/regels/{fout.Id}", new { Goedkeuren = true })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Payment batch (DEV-Art8.5): approved lines go from goedgekeurd to betaald; Deventer's 30-day payment term (MR-22) is met.
        details.Regels.Single(r => r.ToewijzingNummer == schoon).Status.Should().Be("goedgekeurd");
        factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "MR-22" && v.OnderwerpId == rij.Id)).Status.Should().Be(VerplichtingStatus.Open);
        var batch = await beoordelaar.PostAsync("/api/declaratiebeoordeling/betaalbatch", null);
        batch.StatusCode.Should().Be(HttpStatusCode.OK, await batch.Content.ReadAsStringAsync());
        details = (await beoordelaar.GetFromJsonAsync<Details>($"/api/declaratiebeoordeling/{rij.Id}"))!;
        details.Regels.Single(r => r.ToewijzingNummer == schoon).Status.Should().Be("betaald");
        details.Regels.Single(r => r.ToewijzingNummer == duur).Status.Should().Be("afgewezen");
        factory.WithDb(db => db.Verplichtingen.Single(v => v.RegelId == "MR-22" && v.OnderwerpId == rij.Id)).Status.Should().Be(VerplichtingStatus.Voldaan);
        (await beoordelaar.PostAsync("/api/declaratiebeoordeling/betaalbatch", null)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "nothing left to pay");
    }

    [Fact]
    public async Task A_323_sent_on_the_platform_joins_the_queue_and_only_the_beoordelaar_sees_it()
    {
        await GestartAsync("PO-B", new DateOnly(2026, 10, 12));
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var linde = await factory.LoggedInAsync("administratie@delinde.demo");
        var verzenden = await linde.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-10-01", GemeenteId = deventer });
        if (verzenden.StatusCode == HttpStatusCode.BadRequest && (await verzenden.Content.ReadAsStringAsync()).Contains("al verzonden"))
            return; // the other test of this class sent October first
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());
        var bericht = factory.WithDb(db => db.Berichten.Where(b => b.Soort == "WMO323" && b.Kanaal == "platform").OrderByDescending(b => b.Ontvangen).First());
        bericht.RetourXml.Should().BeNull();
        bericht.Retourcodes.Should().Contain("In beoordeling");
        var declaratie = factory.WithDb(db => db.Set<OntvangenDeclaratie>().Single(d => d.BerichtId == bericht.Id));
        factory.WithDb(db => db.Set<OntvangenPrestatie>().Count(p => p.DeclaratieId == declaratie.Id)).Should().Be(declaratie.Regels).And.BeGreaterThan(0);

        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        (await beoordelaar.GetStringAsync("/api/declaratiebeoordeling")).Should().Contain(declaratie.Id.ToString());
        (await linde.GetAsync($"/api/declaratiebeoordeling/{declaratie.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        (await consulent.GetAsync("/api/declaratiebeoordeling")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
