using System.Diagnostics;
using System.Globalization;
using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaratiebeoordeling;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Bench;

/// <summary>One real receipt of the generated 323 (issue 12, "a database step"): the path of a 323 from a provider's own
/// system (<c>BerichtApplier</c>: the stored Bericht loaded, <see cref="DeclaratieOntvangst.RegisterAsync(Bericht, CancellationToken)"/>
/// in a <see cref="UnitOfWork"/>, committed) on a real SQLite file or PostgreSQL database holding the gemeente (0384), the
/// aanbieder (AGB 65656055, the sender of <see cref="Generator"/>'s 323), T toewijzingen under Deventer's profile (PO-B,
/// iWmo code 02A01, one per line of the message: toewijzing 100000+i for line i), their clients and beschikkingen, and one
/// earlier month of N approved lines (February). Seeding is done once per database and not timed; each run first removes the
/// previous run's receipt (not timed). Timed: wall clock, the process's CPU, and the peak resident memory of the run alone
/// (Linux: the high-water mark is reset before it through /proc/self/clear_refs).</summary>
internal static class BeoordelingDbMeting
{
    private static readonly DateTimeOffset Ontvangen = new(2025, 4, 5, 8, 0, 0, TimeSpan.Zero);
    private const string Afzender = "65656055";
    private const string Identificatie = "BENCH1";

    /// <summary>MAATWERK_BENCH_ALLE_TOEWIJZINGEN=1: the index of every toewijzing instead of those the message names (the
    /// comparison of bench/README.md "Session 25").</summary>
    private static readonly bool AlleToewijzingen = Environment.GetEnvironmentVariable("MAATWERK_BENCH_ALLE_TOEWIJZINGEN") == "1";

    public static async Task<int> RunAsync(string provider, string connection, string pad, int regels, int toewijzingen, int herhalingen)
    {
        if (!File.Exists(pad))
            Generator.Write323(pad, regels);
        var options = new DatabaseOptions { Provider = provider, ConnectionString = connection };
        var catalogus = ContractProfileStore.LoadDefault().Catalogus;
        var clock = new ShiftedClock(Ontvangen, TimeProvider.System);
        await using (var db = DatabaseSetup.CreateContext(options, klok: clock))
        {
            await db.MigrateAsync();
            if (!await db.Organisaties.AnyAsync(o => o.AgbCode == Afzender))
                await SeedAsync(db, catalogus, pad, regels, toewijzingen);
        }
        for (var run = 0; run <= herhalingen; run++)
        {
            await using var db = DatabaseSetup.CreateContext(options, klok: clock);
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await ResetAsync(db);
            GC.Collect();
            ResetPeak();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var voor = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            // As BerichtApplier: the stored Bericht without its XML, which the receipt reads from the database (BerichtXml).
            // A database seeded while PostgreSQL's column was varchar(2000000) has no stored 323: then it is handed over in
            // memory, as DeclaratieService hands over the 323 it just built.
            var opgeslagenId = await db.Berichten.Where(b => b.Identificatie == Identificatie && b.Afzender == Afzender).Select(b => (Guid?)b.Id).FirstOrDefaultAsync();
            var bericht = opgeslagenId is { } id ? (await BerichtXml.LoadWithoutXmlAsync(db, id))! : await InMemoryAsync(db, pad);
            var unit = new UnitOfWork(db, new Recalculation(db, catalogus, new VerplichtingenEngines(), clock), clock);
            OntvangenDeclaratie? declaratie = null;
            await unit.ExecuteAsync(async () =>
            {
                declaratie = await new DeclaratieOntvangst(db, catalogus, clock) { AlleToewijzingen = AlleToewijzingen }.RegisterAsync(bericht);
                return SaveResult.Ok(bericht.Id);
            });
            var wall = sw.Elapsed.TotalSeconds;
            var cpuRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - voor;
            var piek = PeakMb();
            if (declaratie is null)
                throw new InvalidOperationException("De 323 is niet geregistreerd.");
            db.ChangeTracker.Clear();
            var uitkomsten = await db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == declaratie.Id).GroupBy(p => p.Beoordeling)
                .Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync();
            var opgeslagen = uitkomsten.Sum(u => u.Aantal);
            Console.WriteLine($"{(run == 0 ? "warm-up (cold JIT)" : $"run {run}"),-19} {provider}: {opgeslagen:N0} lines stored in {wall:F2} s = {opgeslagen / wall * 60:N0} lines/min " +
                $"(CPU {cpuRun:F2} s = {opgeslagen / cpuRun * 60:N0} lines per CPU-minute); allocated {allocated / 1e6:N0} MB; peak RSS of the run {piek} MB; " +
                string.Join(", ", uitkomsten.Select(u => $"{u.Key} {u.Aantal:N0}")));
        }
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    /// <summary>Removes an earlier run's receipt of the bench 323 (its lines, its events) so the next run registers it anew.</summary>
    private static async Task ResetAsync(MaatwerkDbContext db)
    {
        var ids = await db.Set<OntvangenDeclaratie>().Where(d => d.Afzender == Afzender && d.Identificatie == Identificatie).Select(d => d.Id).ToListAsync();
        foreach (var id in ids)
        {
            await db.Set<OntvangenPrestatie>().Where(p => p.DeclaratieId == id).ExecuteDeleteAsync();
            await db.Gebeurtenissen.Where(g => g.OnderwerpId == id).ExecuteDeleteAsync();
            await db.Verplichtingen.Where(v => v.OnderwerpId == id).ExecuteDeleteAsync();
            await db.Set<OntvangenDeclaratie>().Where(d => d.Id == id).ExecuteDeleteAsync();
        }
    }

    private static async Task<Bericht> InMemoryAsync(MaatwerkDbContext db, string pad) =>
        Bericht(await db.Organisaties.SingleAsync(o => o.Gemeentecode == "0384"), await db.Organisaties.SingleAsync(o => o.AgbCode == Afzender), await File.ReadAllTextAsync(pad));

    private static Bericht Bericht(Organisatie gemeente, Organisatie aanbieder, string xml) => new()
    {
        Soort = "WMO323", BerichtCode = "484", Identificatie = Identificatie, Dagtekening = DateOnly.FromDateTime(Ontvangen.UtcDateTime), Afzender = Afzender,
        Ontvanger = "0384", AfzenderOrganisatieId = aanbieder.Id, OntvangerOrganisatieId = gemeente.Id, Xml = xml, Ontvangen = Ontvangen, Geldig = true, Kanaal = "api",
    };

    private static async Task SeedAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, string pad, int regels, int aantal)
    {
        var sw = Stopwatch.StartNew();
        var gemeente = new Organisatie { Naam = "Gemeente Diemen (bench)", Soort = OrganisatieSoort.Gemeente, Gemeentecode = "0384" };
        var aanbieder = new Organisatie { Naam = "Zorgaanbieder Bench B.V.", Soort = OrganisatieSoort.Aanbieder, AgbCode = Afzender };
        var contract = new Contract
        {
            Naam = "Raamovereenkomst Wmo-maatwerk (bench, Deventer-profiel)", OpdrachtgeverId = gemeente.Id, AanbiederId = aanbieder.Id,
            ProfielId = "deventer-wmo-2023", ProfielVersie = 1, Ingangsdatum = new DateOnly(2023, 1, 1),
        };
        db.AddRange(gemeente, aanbieder, contract);
        await db.SaveChangesAsync();
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie)!;
        await using var transactie = await db.Database.BeginTransactionAsync();
        var clienten = new List<Client>();
        var beschikkingen = new List<Beschikking>();
        var perBsn = new Dictionary<string, Beschikking>(); // Generator.Bsn repeats a number now and then: one client per BSN
        var toewijzingen = new List<Toewijzing>();
        var ingang = new DateOnly(2025, 1, 1);
        for (var i = 0; i < aantal; i++)
        {
            var c = i / 10;
            if (!perBsn.TryGetValue(Generator.Bsn(c), out var beschikking))
            {
                clienten.Add(new Client
                {
                    Bsn = Generator.Bsn(c), Voornamen = "Client", Achternaam = $"Bench {c}", Geboortedatum = new DateOnly(1950 + c % 50, 1 + c % 12, 1 + c % 28),
                    Straat = "Benchstraat", Huisnummer = (1 + c % 500).ToString(CultureInfo.InvariantCulture), Postcode = "1111AA", Woonplaats = "Diemen", GemeenteId = gemeente.Id,
                });
                beschikkingen.Add(beschikking = new Beschikking
                {
                    ClientId = clienten[^1].Id, Nummer = $"BB{c:D8}", Besluitdatum = ingang.AddDays(-20), Ingangsdatum = ingang, Omschrijving = "Persoonlijke ondersteuning (bench)",
                });
                perBsn[clienten[^1].Bsn] = beschikking;
            }
            var (t, uitkomst) = Toewijzing.Issue(new NewToewijzing
            {
                Nummer = (100000 + i).ToString(CultureInfo.InvariantCulture), ClientId = beschikking.ClientId, Contract = contract, Profiel = profiel, Productcode = "PO-B",
                IWmoProductcode = "02A01", Toewijzingsdatum = ingang.AddDays(-14), Ingangsdatum = ingang, Omvang = new Omvang(20, "01", "2"), Beschikking = beschikking,
            });
            toewijzingen.Add(t ?? throw new InvalidOperationException(string.Join(" ", uitkomst.Fouten.Select(f => f.Message))));
        }
        await BulkInsert.AddAsync(db, clienten);
        await BulkInsert.AddAsync(db, beschikkingen);
        await BulkInsert.AddAsync(db, toewijzingen);

        // One earlier month (February) of approved lines, one per toewijzing of the message: the index every receipt loads.
        var februari = new OntvangenDeclaratie
        {
            BerichtId = Guid.NewGuid(), GemeenteId = gemeente.Id, AanbiederId = aanbieder.Id, Afzender = Afzender, Identificatie = "BENCH0", DeclaratieNummer = "DN2025021",
            PeriodeBegin = new DateOnly(2025, 2, 1), PeriodeEinde = new DateOnly(2025, 2, 28), Ontvangen = Ontvangen.AddMonths(-1), Regels = regels,
            Status = DeclaratieStatus.Beantwoord,
        };
        var eerder = Enumerable.Range(0, regels).Select(i => new OntvangenPrestatie
        {
            DeclaratieId = februari.Id, Volgnummer = i + 1, Pad = $"/Bericht/Clienten/Client[{i / 10 + 1}]/Prestaties/Prestatie[{i % 10 + 1}]", Bsn = Generator.Bsn(i / 10),
            ReferentieNummer = $"FEB{i:D8}", ToewijzingNummer = (100000 + i).ToString(CultureInfo.InvariantCulture), ProductCategorie = "02", ProductCode = "02A01",
            Begindatum = februari.PeriodeBegin, Einddatum = februari.PeriodeEinde, GeleverdVolume = 4 + i % 8, Eenheid = "04", ProductTarief = 1250, Bedrag = (4 + i % 8) * 1250L,
            Beoordeling = Beoordeling.Goedgekeurd, BeoordeeldDoor = "bench", BeoordeeldOp = Ontvangen.AddDays(-20),
        }).ToList();
        februari.TotaalIngediend = eerder.Sum(p => p.Bedrag);
        februari.TotaalToegekend = februari.TotaalIngediend;
        await BulkInsert.AddAsync(db, new[] { februari });
        await BulkInsert.AddAsync(db, eerder);

        var xml = await File.ReadAllTextAsync(pad);
        if (db.Model.FindEntityType(typeof(Bericht))!.FindProperty(nameof(Domain.Berichten.Bericht.Xml))!.GetMaxLength() is not { } max || !db.Database.IsNpgsql() || xml.Length <= max)
        {
            db.Berichten.Add(Bericht(gemeente, aanbieder, xml));
            await db.SaveChangesAsync();
        }
        await transactie.CommitAsync();
        Console.WriteLine($"seeded (not timed): {clienten.Count:N0} clients, {toewijzingen.Count:N0} toewijzingen, {eerder.Count:N0} earlier lines, " +
            $"the 323 ({xml.Length / 1e6:F1} M characters) in {sw.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>Resets the kernel's high-water mark of resident memory (VmHWM) to the current RSS (Linux ≥ 4.0).</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static long PeakMb()
    {
        foreach (var regel in File.ReadLines("/proc/self/status"))
            if (regel.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(regel[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024;
    }
}
