using System.Net;
using System.Text;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Web.Tests.Support;

namespace Maatwerk.Web.Tests.Tijdregistraties;

/// <summary>CSV import of time (issue 11): the same rules as POST /api/tijd, all or nothing, a Dutch message per line naming
/// the column and the rule, and idempotent through the column referentie.</summary>
public sealed class TijdCsvImportTests(MaatwerkFactory factory) : IClassFixture<MaatwerkFactory>
{
    private sealed record Resultaat(int Aangemaakt, int Bijgewerkt, int Ongewijzigd, List<Guid> Ids);

    private string Nummer(Guid toewijzing) => factory.WithDb(db => db.Toewijzingen.Single(t => t.Id == toewijzing).ToewijzingNummer);
    private string Dag(int dagenGeleden) => factory.Vandaag.AddDays(-dagenGeleden).ToString("dd-MM-yyyy");

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv) =>
        await client.PostAsync("/api/tijd/import", new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])
        { Headers = { ContentType = new("text/csv") } });

    private int Aantal(string prefix) => factory.WithDb(db => db.Set<Tijdregistratie>().Count(r => r.ExterneReferentie != null && r.ExterneReferentie.StartsWith(prefix)));

    [Fact]
    public async Task A_file_is_imported_once_and_the_same_file_again_changes_nothing()
    {
        var eerste = await factory.GestarteToewijzingAsync(0);
        var tweede = await factory.GestarteToewijzingAsync(1, product: "PO-L");
        var administratie = await factory.LoggedInAsync("administratie@delinde.demo");
        var csv = $"""
            referentie;toewijzing;medewerker;datum;begintijd;minuten;contactwijze;soort;toelichting
            CSV-1;{Nummer(eerste)};begeleider@delinde.demo;{Dag(3)};09:00;60;persoonlijk;direct;Boodschappen samen
            CSV-2;{Nummer(tweede)};begeleider@delinde.demo;{Dag(3)};11:00;45;telefonisch;indirect;

            """;
        var eerst = await ImportAsync(administratie, csv);
        eerst.StatusCode.Should().Be(HttpStatusCode.OK, await eerst.Content.ReadAsStringAsync());
        (await eerst.Content.ReadFromJsonAsync<Resultaat>())!.Aangemaakt.Should().Be(2);
        var opgeslagen = factory.WithDb(db => db.Set<Tijdregistratie>().Where(r => r.ExterneReferentie!.StartsWith("CSV-")).OrderBy(r => r.ExterneReferentie).ToList());
        opgeslagen.Select(r => (r.Minuten, r.Contactwijze, r.Soort, r.Herkomst, r.MedewerkerNaam)).Should().Equal(
            (60, Contactwijze.Persoonlijk, Tijdsoort.Direct, Herkomst.Csv, "Thomas Jansen"), (45, Contactwijze.Telefonisch, Tijdsoort.Indirect, Herkomst.Csv, "Thomas Jansen"));
        opgeslagen[0].Toelichting.Should().Be("Boodschappen samen");

        // The same file again: nothing changes, not even the version or the audit trail.
        var audit = factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Tijdregistratie"));
        var opnieuw = await ImportAsync(administratie, csv);
        opnieuw.StatusCode.Should().Be(HttpStatusCode.OK, await opnieuw.Content.ReadAsStringAsync());
        var r = (await opnieuw.Content.ReadFromJsonAsync<Resultaat>())!;
        (r.Aangemaakt, r.Bijgewerkt, r.Ongewijzigd).Should().Be((0, 0, 2));
        r.Ids.Should().Equal(opgeslagen.Select(o => o.Id));
        factory.WithDb(db => db.Set<Tijdregistratie>().Where(x => x.ExterneReferentie!.StartsWith("CSV-")).OrderBy(x => x.ExterneReferentie).Select(x => x.Versie).ToList())
            .Should().Equal(opgeslagen.Select(o => o.Versie));
        factory.WithDb(db => db.AuditRegels.Count(a => a.Entiteit == "Tijdregistratie")).Should().Be(audit);

        // A corrected line corrects its registration; the other stays as it is.
        var gecorrigeerd = await ImportAsync(administratie, csv.Replace(";09:00;60;", ";09:00;75;"));
        var c = (await gecorrigeerd.Content.ReadFromJsonAsync<Resultaat>())!;
        (c.Aangemaakt, c.Bijgewerkt, c.Ongewijzigd).Should().Be((0, 1, 1));
        factory.WithDb(db => db.Set<Tijdregistratie>().Single(x => x.ExterneReferentie == "CSV-1").Minuten).Should().Be(75);
        Aantal("CSV-").Should().Be(2);
    }

    [Fact]
    public async Task Errors_name_the_line_the_column_and_the_rule_and_nothing_is_stored()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(2, startOp: 5);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        var nummer = Nummer(toewijzing);

        // Unreadable values: each named by line (the header is line 1) and column.
        var onleesbaar = await ImportAsync(begeleider, $"""
            referentie,toewijzing,datum,begintijd,minuten,contactwijze
            F-1,{nummer},{Dag(1)},09:00,60,persoonlijk
            F-2,999999999,{Dag(1)},10:00,60,persoonlijk
            F-3,{nummer},31-02-2026,25:00,een uur,fax
            """);
        onleesbaar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await onleesbaar.Content.ReadAsStringAsync();
        body.Should().Contain("Regel 3, kolom 'toewijzing'").And.Contain("geen toewijzing(nummer) van uw organisatie")
            .And.Contain("Regel 4, kolom 'datum'").And.Contain("Regel 4, kolom 'begintijd'").And.Contain("Regel 4, kolom 'minuten'")
            .And.Contain("Regel 4, kolom 'contactwijze'").And.Contain("DEV-Eis21");
        body.Should().NotContain("Regel 2,");

        // Readable, but line 3 breaks a rule of time registration: the rule's own message, on its line and column.
        var regel = await ImportAsync(begeleider, $"""
            referentie;toewijzing;datum;begintijd;minuten
            F-1;{nummer};{Dag(1)};09:00;60
            F-2;{nummer};{Dag(10)};10:00;60
            """);
        regel.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await regel.Content.ReadAsStringAsync()).Should().Contain("Regel 3, kolom 'datum'").And.Contain("vóór de start van de zorg").And.Contain("WMO305");
        Aantal("F-").Should().Be(0, "alles of niets");

        var zonderKolom = await ImportAsync(begeleider, "toewijzing;datum;begintijd;minuten\n1;2;3;4\n");
        (await zonderKolom.Content.ReadAsStringAsync()).Should().Contain("mist de kolom 'referentie'");
        var zonderReferentie = await ImportAsync(begeleider, $"referentie;toewijzing;datum;begintijd;minuten\n;{nummer};{Dag(1)};09:00;60\n");
        (await zonderReferentie.Content.ReadAsStringAsync()).Should().Contain("Regel 2, kolom 'referentie'");
    }

    [Fact]
    public async Task The_begeleider_uploads_a_file_on_the_page()
    {
        var toewijzing = await factory.GestarteToewijzingAsync(3);
        var begeleider = await factory.LoggedInAsync("begeleider@delinde.demo");
        async Task<HttpResponseMessage> UploadAsync(string csv)
        {
            var upload = new MultipartFormDataContent
            {
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "bestand", "uren.csv" },
                { new StringContent(await begeleider.AntiforgeryTokenAsync("/Tijdregistraties")), "__RequestVerificationToken" },
            };
            return await begeleider.PostAsync("/Tijdregistraties?handler=Import", upload);
        }
        var fout = await UploadAsync($"referentie;toewijzing;datum;begintijd;minuten\nP-1;{Nummer(toewijzing)};{Dag(1)};07:00;-5\n");
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("data-testid=\"importfouten\"").And.Contain("Regel 2, kolom &#x27;minuten&#x27;");

        var goed = await UploadAsync($"referentie;toewijzing;datum;begintijd;minuten\nP-1;{Nummer(toewijzing)};{Dag(1)};07:00;30\n");
        goed.StatusCode.Should().Be(HttpStatusCode.Redirect, await goed.Content.ReadAsStringAsync());
        (await begeleider.GetStringAsync(goed.Headers.Location!.ToString())).Should().Contain("Ingelezen uit uren.csv: 1 nieuw");
        factory.WithDb(db => db.Set<Tijdregistratie>().Single(r => r.ExterneReferentie == "P-1").MedewerkerNaam).Should().Be("Thomas Jansen");
    }
}
