using System.Text;
using Maatwerk.Cli.Demo;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Validatie;
using Maatwerk.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Cli.Tests.Demo;

/// <summary>`maatwerk demo genereer` on a small caseload, on SQLite and PostgreSQL, with the clock pinned at the suites'
/// moment (<see cref="TestClock"/>).</summary>
public sealed class DemoGeneratorTests
{
    private const int Clienten = 200;
    private static TimeProvider Clock() => Infrastructure.Common.Clock.Create(TestClock.KlokVast);

    private static async Task<(int Code, string Uit, string Fout)> GenerateAsync(TestDatabase database, int seed = 42, bool verplichtingen = false)
    {
        var (uit, fout) = (new StringWriter(), new StringWriter());
        var code = await new DemoModule(Clock).ExecuteAsync(Clienten, database.Options.Provider, database.Options.ConnectionString, seed, verplichtingen, uit, fout);
        return (code, uit.ToString(), fout.ToString());
    }

    private static MaatwerkDbContext Db(TestDatabase database) => DatabaseSetup.CreateContext(database.Options, klok: Clock());

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_small_run_writes_the_expected_caseload_and_every_row_is_consistent(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var (code, uit, fout) = await GenerateAsync(database);
        code.Should().Be(0, fout);
        uit.Should().Contain("Klaar in").And.Contain("cliënten").And.Contain("berichten");

        await using var db = Db(database);
        // Seed 42 on Tuesday 10 November 2026: the same numbers on both databases (the data is generated before writing).
        (await db.Clienten.CountAsync(), await db.Organisaties.CountAsync(), await db.Contracten.CountAsync(), await db.Gebruikers.CountAsync())
            .Should().Be((Clienten, 13, 6, 15)); // 15 demo logins (issue 15 added the OCO begeleider and the Voorne contractmanager)
        var aantallen = (await db.Beschikkingen.CountAsync(), await db.Toewijzingen.CountAsync(), await db.Gebeurtenissen.CountAsync(), await db.Berichten.CountAsync());
        aantallen.Should().Be(Verwacht, "seed 42 always generates the same caseload");

        var clienten = await db.Clienten.AsNoTracking().ToListAsync();
        clienten.Should().OnlyContain(c => c.Bsn.Length == 9 && Bsn.PassesElfproef(c.Bsn) && c.Bsn.StartsWith("99"));
        clienten.Select(c => c.Bsn).Should().OnlyHaveUniqueItems();
        clienten.Should().OnlyContain(c => c.Validate(TestClock.Vandaag).Count == 0, "every generated client passes the platform's own checks");
        var gemeenten = await db.Organisaties.Where(o => o.Gemeentecode != null).ToDictionaryAsync(o => o.Id, o => o.Gemeentecode!);
        clienten.Select(c => gemeenten[c.GemeenteId]).Distinct().Should().HaveCountGreaterThan(5, "clients live in all the demo gemeenten");

        var contracten = await db.Contracten.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var beschikkingen = await db.Beschikkingen.AsNoTracking().ToDictionaryAsync(b => b.Id);
        var toewijzingen = await db.Toewijzingen.AsNoTracking().ToListAsync();
        toewijzingen.Select(t => contracten[t.ContractId].ProfielId).Distinct().Should()
            .BeEquivalentTo(["deventer-wmo-2023", "voorne-aan-zee-ib", "gooi-vechtstreek-bsd"], "OCO works without toewijzingen");
        var oco = contracten.Values.Where(c => c.ProfielId == "oco").Select(c => c.Id).ToList();
        var meldingen = await db.Gebeurtenissen.AsNoTracking().Where(g => oco.Contains(g.ContractId) && g.Soort == "melding").ToListAsync();
        meldingen.Should().NotBeEmpty("residents' questions to the OCO provider are their own subject")
            .And.OnlyContain(g => g.OnderwerpSoort == "melding" && g.OnderwerpId != null && g.ToewijzingId == null);
        foreach (var t in toewijzingen)
        {
            var contract = contracten[t.ContractId];
            contract.IsRunning(t.Ingangsdatum).Should().BeTrue($"{t.ToewijzingNummer} begins within its contract");
            t.Validate().Should().BeEmpty(t.ToewijzingNummer);
            t.Toewijzingsdatum.Should().BeOnOrBefore(TestClock.Vandaag).And.BeOnOrAfter(TestClock.Vandaag.AddYears(-2));
            if (contract.ProfielId == "oco")
            {
                t.BeschikkingId.Should().BeNull();
                continue;
            }
            var b = beschikkingen[t.BeschikkingId!.Value];
            (b.ClientId, (string?)b.Nummer).Should().Be((t.ClientId, t.BeschikkingNummer));
            b.ValidateToewijzing(t.Ingangsdatum, t.Einddatum).Should().BeEmpty($"{t.ToewijzingNummer} lies within beschikking {b.Nummer}");
            b.Besluitdatum.Should().BeOnOrBefore(t.Toewijzingsdatum);
            if (t.StartdatumZorg is { } start)
                start.Should().BeOnOrAfter(t.Ingangsdatum).And.BeOnOrBefore(t.Einddatum!.Value).And.BeOnOrBefore(TestClock.Vandaag);
        }
        toewijzingen.Select(t => t.ToewijzingNummer).Should().OnlyHaveUniqueItems();
        toewijzingen.Where(t => t.RedenBeeindiging is not null).Select(t => t.RedenBeeindiging).Distinct().Should().HaveCountGreaterThan(3, "stops carry various WMO588 reasons");
        toewijzingen.Should().Contain(t => t.HervatOp != null, "some care was temporarily stopped and resumed");

        var gebeurtenissen = (await db.Gebeurtenissen.AsNoTracking().Where(g => g.ToewijzingId != null).ToListAsync()).ToLookup(g => g.ToewijzingId!.Value);
        var berichten = (await db.Berichten.AsNoTracking().Select(b => new { b.ToewijzingId, b.Soort, b.Geldig, b.RetourSoort }).ToListAsync()).ToLookup(b => b.ToewijzingId!.Value);
        var nu = Clock().GetUtcNow();
        foreach (var t in toewijzingen)
        {
            var keten = gebeurtenissen[t.Id].Where(g => g.Soort is not ("einde-indicatie" or "retourbericht-verzonden")).OrderBy(g => g.Moment).ToList();
            gebeurtenissen[t.Id].Count(g => g.Soort == "retourbericht-verzonden").Should().Be(1, "the aanbieder's side answered the 301 at once (OP090)");
            keten.Select(g => g.Moment).Should().OnlyHaveUniqueItems().And.OnlyContain(m => m <= nu, "only the planned end of the indication lies ahead");
            InKetenOrder(t, keten.Select(g => g.Soort).ToList());
            var soorten = keten.Select(g => g.Soort).ToList();
            if (contracten[t.ContractId].ProfielId == "oco")
            {
                berichten[t.Id].Should().BeEmpty("OCO has no toewijzingen over iWmo");
                continue;
            }
            var per = berichten[t.Id].GroupBy(b => b.Soort).ToDictionary(g => g.Key, g => g.Count());
            per.GetValueOrDefault("WMO301").Should().Be(1);
            per.GetValueOrDefault("WMO305").Should().Be(soorten.Count(s => s is "start-zorg" or "zorg-hervat"), t.ToewijzingNummer);
            per.GetValueOrDefault("WMO307").Should().Be(soorten.Count(s => s is "einde-zorg" or "tijdelijke-stop"), t.ToewijzingNummer);
            berichten[t.Id].Should().OnlyContain(b => b.Geldig && b.RetourSoort != null);
            var laatsteStop = soorten.LastOrDefault(s => s is "tijdelijke-stop" or "zorg-hervat" or "einde-zorg");
            (t.Status switch
            {
                ToewijzingStatus.Gestopt => laatsteStop == "einde-zorg",
                ToewijzingStatus.TijdelijkGestopt => laatsteStop == "tijdelijke-stop",
                ToewijzingStatus.Gestart => soorten.Contains("start-zorg") && laatsteStop is null or "zorg-hervat",
                ToewijzingStatus.Afgewezen => soorten.Contains("toewijzing-geweigerd"),
                _ => !soorten.Contains("start-zorg"),
            }).Should().BeTrue($"{t.ToewijzingNummer} is {t.Status} after {string.Join(", ", soorten)}");
        }
    }

    /// <summary>Seed 42, 200 clients, on 10 November 2026: beschikkingen, toewijzingen, gebeurtenissen, berichten.</summary>
    private static readonly (int, int, int, int) Verwacht = (223, 280, 2224, 675);

    private static void InKetenOrder(Toewijzing t, List<string> soorten)
    {
        var waarom = $"{t.ToewijzingNummer}: {string.Join(" → ", soorten)}";
        soorten.Should().NotBeEmpty();
        soorten[0].Should().BeOneOf(["toewijzing", "melding"], waarom);
        var start = soorten.IndexOf("start-zorg");
        foreach (var voor in new[] { "toewijzing-geaccepteerd", "contact-client" })
            if (start >= 0 && soorten.IndexOf(voor) >= 0)
                soorten.IndexOf(voor).Should().BeLessThan(start, waarom);
        foreach (var na in new[] { "plan-overeengekomen", "evaluatie", "tijdelijke-stop", "zorg-hervat", "einde-zorg" })
            if (soorten.Contains(na))
                start.Should().BeInRange(0, soorten.IndexOf(na) - 1, waarom);
        if (soorten.Contains("einde-zorg"))
            soorten[^1].Should().Be("einde-zorg", waarom);
        var onderbrekingen = soorten.Where(s => s is "tijdelijke-stop" or "zorg-hervat").ToList();
        for (var i = 0; i < onderbrekingen.Count; i++)
            onderbrekingen[i].Should().Be(i % 2 == 0 ? "tijdelijke-stop" : "zorg-hervat", waarom);
    }

    [Fact]
    public async Task A_sample_of_the_generated_messages_and_their_retour_answers_is_valid_against_the_official_xsds_and_the_retour_tables()
    {
        using var database = TestDatabase.CreateSqlite();
        (await GenerateAsync(database)).Code.Should().Be(0);
        await using var db = Db(database);
        var steekproef = (await db.Berichten.AsNoTracking().OrderBy(b => b.Identificatie).ToListAsync()).Where((_, i) => i % 7 == 0).ToList();
        steekproef.Select(b => b.Soort).Distinct().Should().BeEquivalentTo(["WMO301", "WMO305", "WMO307"]);
        foreach (var b in steekproef)
        {
            OfficialXsd.Errors(b.Xml).Should().BeEmpty($"{b.Soort} {b.Identificatie}");
            // No retour XSD is published: the retour is checked by the library's own tables (from the master overview).
            BerichtValidator.Validate(Encoding.UTF8.GetBytes(b.RetourXml!), new ValidationOptions { Vandaag = b.Dagtekening }).Fouten
                .Should().BeEmpty($"{b.RetourSoort} on {b.Identificatie}");
            // The platform's own checks, all layers, as the receiver runs them on the day the message was dated.
            BerichtValidator.Validate(Encoding.UTF8.GetBytes(b.Xml), new ValidationOptions { Vandaag = b.Dagtekening }).Fouten
                .Should().BeEmpty($"{b.Soort} {b.Identificatie}");
            b.RetourXml.Should().Contain("RetourCode>0200</").And.NotContain("RetourCode>0001<");
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        using var eerste = TestDatabase.CreateSqlite();
        using var tweede = TestDatabase.CreateSqlite();
        using var ander = TestDatabase.CreateSqlite();
        (await GenerateAsync(eerste)).Code.Should().Be(0);
        (await GenerateAsync(tweede)).Code.Should().Be(0);
        (await GenerateAsync(ander, seed: 7)).Code.Should().Be(0);
        var a = await DumpAsync(eerste);
        a.Should().HaveCountGreaterThan(Clienten * 5);
        (await DumpAsync(tweede)).Should().Equal(a);
        (await DumpAsync(ander)).Intersect(a).Should().BeEmpty("another seed gives other clients, ids and messages");
    }

    /// <summary>Every generated row as text, with the base data's ids (random on every run) replaced by names and codes.</summary>
    private static async Task<List<string>> DumpAsync(TestDatabase database)
    {
        await using var db = Db(database);
        var org = await db.Organisaties.ToDictionaryAsync(o => o.Id, o => o.Gemeentecode ?? o.AgbCode ?? o.Naam);
        var con = await db.Contracten.ToDictionaryAsync(c => c.Id, c => c.Naam);
        var rijen = new List<string>();
        rijen.AddRange((await db.Clienten.AsNoTracking().ToListAsync()).Select(c =>
            $"C|{c.Id}|{c.Versie}|{c.Bsn}|{c.Voornamen}|{c.Tussenvoegsel}|{c.Achternaam}|{c.Geboortedatum}|{c.Straat}|{c.Huisnummer}|{c.Postcode}|{c.Woonplaats}|{c.Telefoon}|{org[c.GemeenteId]}"));
        rijen.AddRange((await db.Beschikkingen.AsNoTracking().ToListAsync()).Select(b =>
            $"B|{b.Id}|{b.ClientId}|{b.Nummer}|{b.Besluitdatum}|{b.Ingangsdatum}|{b.Einddatum}|{b.Omschrijving}"));
        rijen.AddRange((await db.Toewijzingen.AsNoTracking().ToListAsync()).Select(t =>
            $"T|{t.Id}|{t.ToewijzingNummer}|{t.ClientId}|{con[t.ContractId]}|{t.Productcode}|{t.Toewijzingsdatum}|{t.Ingangsdatum}|{t.Einddatum}|{t.Volume}|{t.Status}|{t.StartdatumZorg}|{t.EinddatumZorg}|{t.HervatOp}|{t.RedenBeeindiging}|{t.BeschikkingId}"));
        rijen.AddRange((await db.Gebeurtenissen.AsNoTracking().ToListAsync()).Select(g =>
            $"G|{g.Id}|{con[g.ContractId]}|{g.ToewijzingId}|{g.Soort}|{g.Moment:O}|{g.GeregistreerdOp:O}|{g.Toelichting}"));
        rijen.AddRange((await db.Berichten.AsNoTracking().ToListAsync()).Select(b =>
            $"M|{b.Id}|{b.Soort}|{b.Identificatie}|{b.Dagtekening}|{org[b.AfzenderOrganisatieId!.Value]}|{b.Ontvangen:O}|{b.Xml}|{b.RetourXml}"));
        rijen.Sort(StringComparer.Ordinal);
        return rijen;
    }

    [Fact]
    public async Task A_database_that_is_not_empty_is_refused_with_a_Dutch_message_and_left_as_it_was()
    {
        using var database = TestDatabase.CreateSqlite();
        (await GenerateAsync(database)).Code.Should().Be(0);
        int Aantal() { using var db = Db(database); return db.Clienten.Count() + db.Toewijzingen.Count() + db.Berichten.Count(); }
        var voor = Aantal();

        var (code, uit, fout) = await GenerateAsync(database);
        code.Should().Be(2);
        fout.Should().StartWith("De database is niet leeg (13 organisaties, 200 cliënten)").And.Contain("--connection");
        uit.Should().NotContain("Klaar");
        Aantal().Should().Be(voor);
    }

    [Fact]
    public async Task With_verplichtingen_the_obligations_are_computed_from_the_generated_events()
    {
        using var database = TestDatabase.CreateSqlite();
        var (code, uit, fout) = await GenerateAsync(database, verplichtingen: true);
        code.Should().Be(0, fout);
        uit.Should().Contain("Verplichtingen berekenen");
        await using var db = Db(database);
        var statussen = await db.Verplichtingen.GroupBy(v => v.Status).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync();
        statussen.Should().HaveCountGreaterThan(2, "open, met and late obligations: " + string.Join(", ", statussen));
    }

    [Theory]
    [InlineData("Oracle", null, "Onbekende provider 'Oracle'")]
    [InlineData("Postgres", null, "Geef bij --provider Postgres een --connection op")]
    public async Task Wrong_options_give_a_Dutch_message_and_exit_code_2(string provider, string? connection, string melding)
    {
        var fout = new StringWriter();
        (await new DemoModule(Clock).ExecuteAsync(10, provider, connection, 42, false, TextWriter.Null, fout)).Should().Be(2);
        fout.ToString().Should().StartWith(melding);
        (await new DemoModule(Clock).ExecuteAsync(0, "Sqlite", "Data Source=:memory:", 42, false, TextWriter.Null, fout)).Should().Be(2);
    }
}
