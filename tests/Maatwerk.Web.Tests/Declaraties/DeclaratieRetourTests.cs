using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Model;
using Maatwerk.Tests.Shared;
using Maatwerk.Web.Tests.Support;
using Basis = Maatwerk.IWmo.Berichten.Model.Basis;
using Wmo323 = Maatwerk.IWmo.Berichten.Model.Wmo323;
using Wmo325 = Maatwerk.IWmo.Berichten.Model.Wmo325;

namespace Maatwerk.Web.Tests.Declaraties;

/// <summary>The aanbieder's loop after a WMO323 (issue 11): the WMO325 per line (TR342), idempotent and all or nothing;
/// the worklist of rejected lines with the code explained; crediting (IV085, IV091, TR390) and declaring again (OP366) in
/// a correction WMO323 (IV090) that is valid under the official XSD; and the declaration as Excel and PDF.</summary>
public sealed class DeclaratieRetourTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record PrestatieDto(string ReferentieNummer, string? VorigReferentieNummer, string ToewijzingNummer, string ProductCode, long GeleverdVolume,
        long? ProductTarief, long Bedrag, string DebetCredit, string Status, List<string> Retourcodes);
    private sealed record Uitleg(string Code, string Omschrijving, string Actie);
    private sealed record Werkregel(PrestatieDto Prestatie, string? DeclaratieNummer, decimal? Contracttarief, List<Uitleg> Uitleg, string? OpnieuwGedeclareerdAls);
    private sealed record Verzonden(Guid Id, string Nummer, DateOnly Periode, int Regels, long Totaal);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private async Task<(Guid Id, string Nummer)> StartedAsync(Guid client, Guid contract, string product, DateOnly ingang)
    {
        var consulent = await factory.LoggedInAsync("consulent@deventer.demo");
        var aanbieder = await factory.LoggedInAsync("administratie@delinde.demo");
        var beschikking = await consulent.BeschikkingAsync(client, ingang, ingang.AddMonths(12));
        var response = await consulent.PostAsJsonAsync("/api/toewijzingen", new
        {
            ClientId = client, ContractId = contract, Productcode = product, Ingangsdatum = D(ingang), Einddatum = D(ingang.AddMonths(12)),
            Volume = 600, Eenheid = "01", Frequentie = "2", BeschikkingId = beschikking,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        (await aanbieder.PostAsJsonAsync($"/api/toewijzingen/{id}/stappen/Start", new { Datum = D(ingang) })).StatusCode.Should().Be(HttpStatusCode.OK);
        return (id, factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == id).ToewijzingNummer));
    }

    /// <summary>The gemeente's own 325 on a 323: the given lines rejected with a code, the rest granted (TR342).</summary>
    private static string Antwoord(string heenXml, string identificatie, IReadOnlyDictionary<string, string> afgewezen, long? toegekendOverride = null)
    {
        var (boom, _) = BerichtReader.Read(Encoding.UTF8.GetBytes(heenXml));
        var heen = (Wmo323.Bericht)BerichtModel.From(boom!)!;
        var prestaties = heen.Declaratie!.Clienten.Client.SelectMany(c => c.Prestaties.Prestatie.Select(p => (c.Bsn, p))).ToList();
        long Saldo(Wmo323.Prestatie p) => (p.IngediendBedrag.Bedrag ?? 0) * (p.IngediendBedrag.DebetCredit == "C" ? -1 : 1);
        var totaal = prestaties.Sum(x => Saldo(x.p));
        var toegekend = toegekendOverride ?? totaal - prestaties.Where(x => afgewezen.ContainsKey(x.p.ProductReferentie.ReferentieNummer)).Sum(x => Saldo(x.p));
        var antwoord = new Wmo325.Bericht
        {
            Header = new Wmo325.Header
            {
                BerichtCode = "485", BerichtVersie = 3, BerichtSubversie = 2, Afzender = heen.Header.Ontvanger, Ontvanger = heen.Header.Afzender,
                BerichtIdentificatie = new Basis.BerichtIdentificatie { Identificatie = identificatie, Dagtekening = new DateOnly(2026, 11, 10) },
                XsdVersie = new Basis.XsdVersie { BasisschemaXsdVersie = "1.0.0", BerichtXsdVersie = "1.0.0" },
                DeclaratieIdentificatie = heen.Header.BerichtIdentificatie,
                XsdVersieDeclaratie = heen.Header.XsdVersie,
                RetourCodes = new Wmo325.RetourCodes { RetourCode = ["0200"] },
            },
            DeclaratieAntwoord = new Wmo325.DeclaratieAntwoord
            {
                DeclaratieNummer = heen.Declaratie.DeclaratieNummer,
                TotaalIngediendBedrag = heen.Declaratie.TotaalIngediendBedrag,
                TotaalToegekendBedrag = new Basis.TotaalBedragMetDC { TotaalBedrag = Math.Abs(toegekend), DebetCredit = toegekend < 0 ? "C" : "D" },
                Clienten = afgewezen.Count == 0 ? null : new Wmo325.Clienten
                {
                    Client = prestaties.Where(x => afgewezen.ContainsKey(x.p.ProductReferentie.ReferentieNummer)).GroupBy(x => x.Bsn).Select(g => new Wmo325.Client
                    {
                        Bsn = g.Key,
                        Prestaties = new Wmo325.Prestaties
                        {
                            Prestatie = g.Select(x => new Wmo325.Prestatie
                            {
                                ProductReferentie = x.p.ProductReferentie, ToewijzingNummer = x.p.ToewijzingNummer, ProductCategorie = x.p.ProductCategorie,
                                ProductCode = x.p.ProductCode, ProductPeriode = x.p.ProductPeriode, GeleverdVolume = x.p.GeleverdVolume, Eenheid = x.p.Eenheid,
                                ProductTarief = x.p.ProductTarief, IngediendBedrag = x.p.IngediendBedrag,
                                RetourCodes = new Wmo325.RetourCodes { RetourCode = [afgewezen[x.p.ProductReferentie.ReferentieNummer]] },
                            }).ToList(),
                        },
                        RetourCodes = new Wmo325.RetourCodes { RetourCode = ["0200"] },
                    }).ToList(),
                },
                RetourCodes = new Wmo325.RetourCodes { RetourCode = [afgewezen.Count == 0 ? "8001" : "0200"] },
            },
        };
        return Encoding.UTF8.GetString(BerichtWriter.ToBytes(BerichtModel.ToElement(antwoord)));
    }

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    [Fact]
    public async Task A_325_rejects_one_line_the_worklist_explains_it_and_the_correction_323_credits_and_declares_again()
    {
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var (client, contract) = factory.WithDb(db =>
        {
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(1).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
        });
        var (poB, poBNummer) = await StartedAsync(client, contract, "PO-B", new DateOnly(2026, 10, 1));
        var (poL, poLNummer) = await StartedAsync(client, contract, "PO-L", new DateOnly(2026, 10, 1));
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        (await administratie.PostAsJsonAsync("/api/tijd", new
        {
            Regels = new object[]
            {
                new { ToewijzingId = poB, MedewerkerId = medewerker, Datum = "2026-10-06", Begintijd = "09:00", Minuten = 60 },
                new { ToewijzingId = poL, MedewerkerId = medewerker, Datum = "2026-10-07", Begintijd = "09:00", Minuten = 60 },
            },
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        var verzenden = await administratie.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-10-01", GemeenteId = deventer });
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());

        // Each line is kept by its reference, ingediend: the gemeente assesses the 323 before it answers (issue 12).
        var declaratie = (await administratie.GetFromJsonAsync<List<Verzonden>>("/api/declaraties/verzonden"))!.Single();
        var regels = (await administratie.GetFromJsonAsync<List<PrestatieDto>>($"/api/declaraties/{declaratie.Id}/regels"))!;
        regels.Should().HaveCount(2).And.OnlyContain(r => r.Status == "ingediend" && r.DebetCredit == "D");
        var regelB = regels.Single(r => r.ToewijzingNummer == poBNummer);
        var regelL = regels.Single(r => r.ToewijzingNummer == poLNummer);
        (regelB.ProductTarief, regelB.Bedrag).Should().Be((104L, 6240L)); // € 62,40 per uur (DEV-Art7)

        // The gemeente's contract manager raised PO-B to € 64,20 from 1 October; its own system rejects the line with 0611.
        factory.WithDb(db =>
        {
            db.Add(new Contracttarief { ContractId = contract, Productcode = "PO-B", Vanaf = new DateOnly(2026, 10, 1), Bedrag = 64.20m, Bron = "test", IngevoerdDoor = "test" });
            return db.SaveChanges();
        });
        var heenXml = factory.WithDb(db => db.Berichten.Single(b => b.Id == db.Set<Declaratie>().Single(d => d.Id == declaratie.Id).BerichtId).Xml);
        var retour = Antwoord(heenXml, "900000000001", new Dictionary<string, string> { [regelB.ReferentieNummer] = "0611" });
        // No XSD is published for the retour messages: the platform's own validation (generated from the standard) checks it.
        Maatwerk.IWmo.Validatie.BerichtValidator.Validate(Encoding.UTF8.GetBytes(retour)).Fouten.Should().BeEmpty();
        var antwoord = await administratie.PostAsync("/api/iwmo/berichten", Xml(retour));
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        var json = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        (json.GetProperty("toegekend").GetInt32(), json.GetProperty("afgewezen").GetInt32(), json.GetProperty("ongewijzigd").GetBoolean()).Should().Be((1, 1, false));

        // The same 325 again changes nothing and is not stored twice.
        var nogEens = await administratie.PostAsync("/api/iwmo/berichten", Xml(retour));
        nogEens.StatusCode.Should().Be(HttpStatusCode.OK);
        (await nogEens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ongewijzigd").GetBoolean().Should().BeTrue();
        factory.WithDb(db => db.Berichten.Count(b => b.Soort == "WMO325" && b.Identificatie == "900000000001")).Should().Be(1);

        regels = (await administratie.GetFromJsonAsync<List<PrestatieDto>>($"/api/declaraties/{declaratie.Id}/regels"))!;
        regels.Single(r => r.ReferentieNummer == regelB.ReferentieNummer).Should().Match<PrestatieDto>(r => r.Status == "afgewezen" && r.Retourcodes.SequenceEqual(new[] { "0611" }));
        regels.Single(r => r.ReferentieNummer == regelL.ReferentieNummer).Status.Should().Be("toegekend");

        // The worklist explains 0611 with both tariffs.
        var werk = (await administratie.GetFromJsonAsync<List<Werkregel>>("/api/declaraties/afgewezen"))!.Single();
        werk.Prestatie.ReferentieNummer.Should().Be(regelB.ReferentieNummer);
        werk.Uitleg.Single().Should().Be(new Uitleg("0611", "Het ingediende tarief komt niet overeen met het contractuele tarief",
            "Contracttarief € 64,20 per uur, gedeclareerd € 62,40 per uur — corrigeer het tarief en declareer opnieuw."));
        (await administratie.GetStringAsync("/Declaraties/Afgewezen")).Should().Contain(regelB.ReferentieNummer).And.Contain("Contracttarief € 64,20 per uur, gedeclareerd € 62,40 per uur");

        // IV085: a rejected line is not credited; a granted one is, once (TR390).
        var fout = await administratie.PostAsync($"/api/declaraties/prestaties/{regelB.ReferentieNummer}/crediteren", null);
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("IV085");
        // OP366: a granted line is not declared again before its credit.
        (await (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regelL.ReferentieNummer}/opnieuw", new { GeleverdVolume = 45 })).Content.ReadAsStringAsync())
            .Should().Contain("OP366");
        (await administratie.PostAsync($"/api/declaraties/prestaties/{regelL.ReferentieNummer}/crediteren", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await (await administratie.PostAsync($"/api/declaraties/prestaties/{regelL.ReferentieNummer}/crediteren", null)).Content.ReadAsStringAsync()).Should().Contain("TR390");
        (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regelL.ReferentieNummer}/opnieuw", new { GeleverdVolume = 45 })).StatusCode.Should().Be(HttpStatusCode.Created);
        // The rejected line again, at the contract tariff by default.
        (await administratie.PostAsJsonAsync($"/api/declaraties/prestaties/{regelB.ReferentieNummer}/opnieuw", new { })).StatusCode.Should().Be(HttpStatusCode.Created);

        var klaar = (await administratie.GetFromJsonAsync<List<PrestatieDto>>($"/api/declaraties/correcties?gemeenteId={deventer}"))!;
        klaar.Select(r => r.DebetCredit).Should().Equal("C", "D", "D"); // OP366: credit first
        klaar[0].Should().Match<PrestatieDto>(c => c.VorigReferentieNummer == regelL.ReferentieNummer && c.Bedrag == regelL.Bedrag && c.ReferentieNummer != regelL.ReferentieNummer);
        var nieuwB = klaar.Single(r => r.ToewijzingNummer == poBNummer);
        (nieuwB.ProductTarief, nieuwB.Bedrag, nieuwB.GeleverdVolume).Should().Be((107L, 6420L, 60L));
        var nieuwL = klaar.Single(r => r.ToewijzingNummer == poLNummer && r.DebetCredit == "D");
        (nieuwL.GeleverdVolume, nieuwL.Bedrag).Should().Be((45L, 4230L)); // 56,40 × 45 / 60

        System.Net.WebUtility.HtmlDecode(await administratie.GetStringAsync("/Declaraties/Verzonden")).Should().Contain($"Credit van {regelL.ReferentieNummer}")
            .And.Contain("Correcties verzenden naar Gemeente Deventer").And.Contain(declaratie.Nummer);
        var correctie = await administratie.PostAsJsonAsync("/api/declaraties/correcties", new { GemeenteId = deventer });
        correctie.StatusCode.Should().Be(HttpStatusCode.Created, await correctie.Content.ReadAsStringAsync());
        var correctieId = (await correctie.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var correctieXml = factory.WithDb(db => db.Berichten.Single(b => b.Id == db.Set<Declaratie>().Single(d => d.Id == correctieId).BerichtId).Xml);
        OfficialXsd.Errors(correctieXml).Should().BeEmpty();
        correctieXml.Should().Contain($"<iwmo:VorigReferentieNummer>{regelL.ReferentieNummer}<").And.Contain("<iwmo:Begindatum>2026-10-01<");
        System.Text.RegularExpressions.Regex.Matches(correctieXml[correctieXml.IndexOf("Clienten>", StringComparison.Ordinal)..], "<iwmo:DebetCredit>(.)<")
            .Select(m => m.Groups[1].Value).Should().Equal("C", "D", "D"); // OP366: the credit first
        correctieXml.Should().NotContain($"<iwmo:ReferentieNummer>{regelL.ReferentieNummer}<"); // IV086: never the line and its own credit

        // The gemeente's declaratiebeoordelaar approves every line of the correction and sends the WMO325 on the platform;
        // it reaches the provider's lines in the same transaction: the credited line is gecrediteerd, nothing waits any more.
        var beoordelaar = await factory.LoggedInAsync("declaraties@deventer.demo");
        var correctieNummer = factory.WithDb(db => db.Set<Declaratie>().Single(d => d.Id == correctieId).Nummer);
        var ontvangen = (await beoordelaar.GetFromJsonAsync<List<JsonElement>>("/api/declaratiebeoordeling"))!
            .Single(d => d.GetProperty("declaratieNummer").GetString() == correctieNummer).GetProperty("id").GetGuid();
        var details = await beoordelaar.GetFromJsonAsync<JsonElement>($"/api/declaratiebeoordeling/{ontvangen}");
        foreach (var regel in details.GetProperty("regels").EnumerateArray())
            (await beoordelaar.PostAsJsonAsync($"/api/declaratiebeoordeling/{ontvangen}/regels/{regel.GetProperty("id").GetGuid()}", new { Goedkeuren = true }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        var beantwoord = await beoordelaar.PostAsync($"/api/declaratiebeoordeling/{ontvangen}/antwoord", null);
        beantwoord.StatusCode.Should().Be(HttpStatusCode.OK, await beantwoord.Content.ReadAsStringAsync());
        regels = (await administratie.GetFromJsonAsync<List<PrestatieDto>>($"/api/declaraties/{declaratie.Id}/regels"))!;
        regels.Single(r => r.ReferentieNummer == regelL.ReferentieNummer).Status.Should().Be("gecrediteerd");
        (await administratie.GetFromJsonAsync<List<PrestatieDto>>("/api/declaraties/correcties"))!.Should().BeEmpty();
        System.Net.WebUtility.HtmlDecode(await administratie.GetStringAsync($"/Declaraties/Regels/{declaratie.Id}")).Should().Contain("gecrediteerd").And.Contain("afgewezen (0611)")
            .And.Contain("Ingediend € 118,80 · toegekend € 56,40 · afgewezen € 62,40");
        (await administratie.GetFromJsonAsync<List<PrestatieDto>>($"/api/declaraties/{correctieId}/regels"))!.Should().HaveCount(3).And.OnlyContain(r => r.Status == "toegekend");
        (await administratie.GetFromJsonAsync<List<Werkregel>>("/api/declaraties/afgewezen"))!.Single().OpnieuwGedeclareerdAls.Should().Be(nieuwB.ReferentieNummer);

        // Exports of the first declaration: its lines, statuses and totals.
        var excel = await administratie.GetAsync($"/api/declaraties/{declaratie.Id}/excel");
        excel.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var doc = SpreadsheetDocument.Open(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()), false))
        {
            var cellen = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
            cellen.Should().Contain([declaratie.Nummer, regelB.ReferentieNummer, regelL.ReferentieNummer, "afgewezen", "gecrediteerd", "0611", "Totaal ingediend", "Totaal afgewezen"]);
            cellen.Should().Contain("118.8").And.Contain("62.4"); // ingediend € 62,40 + € 56,40 = € 118,80, afgewezen € 62,40
        }
        var pdf = await administratie.GetAsync($"/api/declaraties/{declaratie.Id}/pdf");
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        using (var gelezen = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdfBytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
            gelezen.PageCount.Should().Be(1);
        var tekst = Encoding.Latin1.GetString(pdfBytes);
        tekst.Should().Contain(regelB.ReferentieNummer).And.Contain("afgewezen").And.Contain("gecrediteerd").And.Contain("118,80");
        // Another aanbieder does not see it.
        var opMaat = await factory.LoggedInAsync("administratie@opmaat.demo");
        (await opMaat.GetAsync($"/api/declaraties/{declaratie.Id}/excel")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await opMaat.PostAsync($"/api/declaraties/prestaties/{nieuwB.ReferentieNummer}/crediteren", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_325_that_does_not_fit_its_declaration_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var deventer = factory.WithDb(db => db.Organisaties.Single(o => o.Gemeentecode == "0150").Id);
        var (client, contract) = factory.WithDb(db =>
        {
            var linde = db.Organisaties.Single(o => o.AgbCode == "75750101").Id;
            return (db.Clienten.Where(c => c.GemeenteId == deventer).OrderBy(c => c.Bsn).Skip(2).First().Id,
                db.Contracten.Single(c => c.OpdrachtgeverId == deventer && c.AanbiederId == linde).Id);
        });
        var (poB, _) = await StartedAsync(client, contract, "PO-B", new DateOnly(2026, 9, 1));
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var medewerker = factory.WithDb(db => db.Gebruikers.Single(g => g.Email == "begeleider@delinde.demo").Id);
        (await administratie.PostAsJsonAsync("/api/tijd", new { Regels = new[] { new { ToewijzingId = poB, MedewerkerId = medewerker, Datum = "2026-09-08", Begintijd = "09:00", Minuten = 90 } } }))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var verzenden = await administratie.PostAsJsonAsync("/api/declaraties", new { Maand = "2026-09-01", GemeenteId = deventer });
        verzenden.StatusCode.Should().Be(HttpStatusCode.Created, await verzenden.Content.ReadAsStringAsync());
        var id = (await verzenden.Content.ReadFromJsonAsync<Dictionary<string, Guid>>())!["id"];
        var heenXml = factory.WithDb(db => db.Berichten.Single(b => b.Id == db.Set<Declaratie>().Single(d => d.Id == id).BerichtId).Xml);
        var referentie = factory.WithDb(db => db.Set<Prestatie>().Single(p => p.DeclaratieId == id).ReferentieNummer);

        // TR342: granted must be submitted minus rejected.
        var verkeerd = Antwoord(heenXml, "900000000002", new Dictionary<string, string> { [referentie] = "0611" }, toegekendOverride: 100);
        var antwoord = await administratie.PostAsync("/api/declaraties/retour", Xml(verkeerd));
        antwoord.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await antwoord.Content.ReadAsStringAsync()).Should().Contain("DeclaratieAntwoord.TotaalToegekendBedrag").And.Contain("TR342");
        factory.WithDb(db => db.Berichten.Count(b => b.Identificatie == "900000000002")).Should().Be(0);
        factory.WithDb(db => db.Set<Prestatie>().Single(p => p.DeclaratieId == id).Status).Should().Be(PrestatieStatus.Ingediend);

        // A 325 for a declaration the aanbieder never sent.
        var onbekend = Antwoord(heenXml.Replace(factory.WithDb(db => db.Set<Declaratie>().Single(d => d.Id == id).Nummer), "111111111111"), "900000000003", new Dictionary<string, string>());
        var fout = await administratie.PostAsync("/api/iwmo/berichten", Xml(onbekend));
        fout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Header.DeclaratieIdentificatie.Identificatie").And.Contain("111111111111");
        factory.WithDb(db => db.Berichten.Count(b => b.Identificatie == "900000000003")).Should().Be(0);

        // Uploaded as a file: a 325 that does not fit shows why on the page; one that fits lands in the worklist.
        async Task<HttpResponseMessage> UploadAsync(string xml)
        {
            var upload = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(xml)), "Bestand", "wmo325.xml" },
                { new StringContent(await administratie.AntiforgeryTokenAsync("/Berichten/Uploaden")), "__RequestVerificationToken" },
            };
            return await administratie.PostAsync("/Berichten/Uploaden", upload);
        }
        var geweigerd = await UploadAsync(verkeerd);
        geweigerd.StatusCode.Should().Be(HttpStatusCode.OK);
        System.Net.WebUtility.HtmlDecode(await geweigerd.Content.ReadAsStringAsync()).Should().Contain("DeclaratieAntwoord.TotaalToegekendBedrag").And.Contain("TR342");
        var goed = await UploadAsync(Antwoord(heenXml, "900000000004", new Dictionary<string, string> { [referentie] = "9321" }));
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        goed.Headers.Location!.ToString().Should().Be("/Declaraties/Afgewezen");
        var werklijst = System.Net.WebUtility.HtmlDecode(await administratie.GetStringAsync("/Declaraties/Afgewezen"));
        werklijst.Should().Contain(referentie).And.Contain("9321").And.Contain("Het ingediende volume overschrijdt het toegewezen volume")
            .And.Contain("Er is meer gedeclareerd dan toegewezen");
    }
}
