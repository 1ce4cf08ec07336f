using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bogus;
using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Seed;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Codelijsten;
using Maatwerk.IWmo.Retour;
using Maatwerk.IWmo.Validatie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Cli.Demo;

public sealed record GenerateOptions(int Clienten, int Seed = 42, bool Verplichtingen = false, int PartijGrootte = 1000);

/// <summary>What a run wrote, per table, and how long it took.</summary>
public sealed record GenerateResult(IReadOnlyDictionary<string, long> Aantallen, TimeSpan Duur);

/// <summary>
/// <c>maatwerk demo genereer</c>: fills an empty, migrated database (same setup as the web app) with the demo
/// organisations, contracts and users and then a realistic caseload: clients, beschikkingen, toewijzingen under all
/// four contract profiles, two years of chain events and the iWmo messages with their retour answers. Rows are written
/// in bulk (<see cref="BulkInsert"/>), in one transaction: a failed run leaves the database empty.
/// </summary>
public sealed class DemoGenerator(DatabaseOptions database, TimeProvider klok, TextWriter uit)
{
    public const string NietLeegMelding = "De database is niet leeg";
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<GenerateResult> ExecuteAsync(GenerateOptions opties, CancellationToken ct = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var nu = klok.GetUtcNow();
        var vandaag = Amsterdam.Today(klok);
        var catalogus = ContractProfileStore.LoadDefault().Catalogus;
        await using var db = DatabaseSetup.CreateContext(database, klok: klok);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.MigrateAsync(ct);
        if (await db.Organisaties.CountAsync(ct) is var organisaties and > 0)
            throw new DatabaseNotEmptyException(
                $"{NietLeegMelding} ({organisaties} organisaties, {await db.Clienten.CountAsync(ct)} cliënten): 'demo genereer' vult alleen een lege database. " +
                "Geef met --connection een nieuwe database op, of maak deze leeg.");

        uit.WriteLine(string.Create(Nl, $"Genereren: {opties.Clienten:N0} cliënten, seed {opties.Seed}, vandaag {vandaag:yyyy-MM-dd} (Europe/Amsterdam), {database.Provider}"));
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", ct); // 256 MB: random-GUID index inserts stay in memory
        var basis = DemoData.AddBase(db);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var organisatieLijst = await db.Organisaties.AsNoTracking().ToListAsync(ct);
        var perId = organisatieLijst.ToDictionary(o => o.Id);
        var perCode = organisatieLijst.Where(o => o.Gemeentecode is not null).ToDictionary(o => o.Gemeentecode!);
        var productcodeMax = db.Model.FindEntityType(typeof(ContractGebeurtenis))!.FindProperty(nameof(ContractGebeurtenis.ProductCode))!.GetMaxLength() ?? int.MaxValue;
        var bruikbaar = UsableProducten(basis.Contracten, catalogus, productcodeMax);

        var random = new Random(opties.Seed);
        var faker = new Faker("nl") { Random = new Randomizer(opties.Seed) };
        var personen = new People(random, faker, opties.Clienten);
        var keten = new Keten(random, nu, catalogus, perId, bruikbaar);
        var aantallen = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var perContract = basis.Contracten.ToDictionary(c => c.Id, _ => 0);
        var contractenVoor = basis.WoonGemeenten.ToDictionary(g => g.Id, basis.ContractenFor);
        for (var begin = 0; begin < opties.Clienten; begin += opties.PartijGrootte)
        {
            var partij = new Party();
            _opbouw.Start();
            for (var i = begin; i < Math.Min(opties.Clienten, begin + opties.PartijGrootte); i++)
            {
                var gebied = personen.PickArea();
                var gemeente = perCode[gebied.Gemeentecode];
                var client = personen.New(gebied, gemeente.Id, vandaag, keten.NewId(), keten.NewId());
                keten.Client(partij, client, gemeente, contractenVoor[gemeente.Id]);
            }
            _opbouw.Stop();
            foreach (var t in partij.Toewijzingen)
                perContract[t.ContractId]++;
            await WriteAsync(db, partij, aantallen, ct);
            uit.WriteLine(string.Create(Nl, $"  {Math.Min(opties.Clienten, begin + opties.PartijGrootte),9:N0} cliënten  {aantallen.GetValueOrDefault("toewijzingen"),9:N0} toewijzingen  " +
                $"{aantallen.GetValueOrDefault("gebeurtenissen"),10:N0} gebeurtenissen  {aantallen.GetValueOrDefault("berichten"),9:N0} berichten  {stopwatch.Elapsed:mm\\:ss}"));
        }
        var contractgebeurtenissen = basis.Contracten.SelectMany(c => keten.Contractgebeurtenissen(c, perContract[c.Id])).ToList();
        await Count(aantallen, "gebeurtenissen", BulkInsert.AddAsync(db, contractgebeurtenissen, ct));
        await transactie.CommitAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct); // fresh statistics for the query planner after a bulk load

        if (opties.Verplichtingen)
        {
            var voor = stopwatch.Elapsed;
            uit.WriteLine("Verplichtingen berekenen (alle contracten) …");
            await CalculateVerplichtingenAsync(vandaag, catalogus, ct);
            uit.WriteLine($"  klaar in {stopwatch.Elapsed - voor:mm\\:ss}");
        }
        await using (var telling = DatabaseSetup.CreateContext(database, klok: klok))
        {
            aantallen["organisaties"] = await telling.Organisaties.CountAsync(ct);
            aantallen["contracten"] = await telling.Contracten.CountAsync(ct);
            aantallen["gebruikers"] = await telling.Gebruikers.CountAsync(ct);
            aantallen["verplichtingen"] = await telling.Verplichtingen.CountAsync(ct);
        }
        stopwatch.Stop();
        uit.WriteLine($"Klaar in {stopwatch.Elapsed:hh\\:mm\\:ss} (keten {_opbouw.Elapsed.TotalSeconds:0} s, XML en retourberichten {_xml.Elapsed.TotalSeconds:0} s, schrijven {_schrijven.Elapsed.TotalSeconds:0} s):");
        foreach (var (tabel, aantal) in aantallen)
            uit.WriteLine(string.Create(Nl, $"  {tabel,-16} {aantal,12:N0}"));
        return new GenerateResult(aantallen, stopwatch.Elapsed);
    }

    /// <summary>The one place that computes the obligations after generating: the full run of the batched, resumable
    /// re-evaluation (<see cref="RecalculationRunner"/>, soort "alles"), as after a profile change.</summary>
    private async Task CalculateVerplichtingenAsync(DateOnly vandaag, ContractProfileCatalog catalogus, CancellationToken ct)
    {
        await using var db = DatabaseSetup.CreateContext(database, klok: klok);
        var runner = new RecalculationRunner(db, new Recalculation(db, catalogus, new VerplichtingenEngines(), klok), klok);
        var uitkomst = await runner.ExecuteAsync(RecalculationRunner.Alles, vandaag, ct);
        uit.WriteLine($"  {uitkomst.Melding}");
    }

    /// <summary>Products whose code fits every column it is stored in. (A code longer than gebeurtenissen.ProductCode,
    /// such as IB-INTENSIEF with its 12 characters, cannot be stored with its events; it is left out with a notice.)</summary>
    private IReadOnlySet<string> UsableProducten(IEnumerable<Contract> contracten, ContractProfileCatalog catalogus, int productcodeMax)
    {
        var producten = contracten.Select(c => catalogus.Find(c.ProfielId, c.ProfielVersie)!).Distinct().SelectMany(p => p.Producten).ToList();
        foreach (var te in producten.Where(p => p.Code.Length > productcodeMax).Select(p => p.Code).Distinct())
            uit.WriteLine($"Let op: product {te} overgeslagen: de code is langer dan de kolom gebeurtenissen.ProductCode ({productcodeMax} tekens).");
        return producten.Where(p => p.Code.Length <= productcodeMax).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task Count(IDictionary<string, long> aantallen, string tabel, Task<int> schrijven) =>
        aantallen[tabel] = aantallen.TryGetValue(tabel, out var n) ? n + await schrijven : await schrijven;

    private readonly Stopwatch _opbouw = new(), _xml = new(), _schrijven = new();

    private async Task WriteAsync(MaatwerkDbContext db, Party partij, IDictionary<string, long> aantallen, CancellationToken ct)
    {
        _xml.Start();
        var berichten = Berichten(partij.Berichten);
        _xml.Stop();
        _schrijven.Start();
        await Count(aantallen, "clienten", BulkInsert.AddAsync(db, partij.Clienten, ct));
        await Count(aantallen, "beschikkingen", BulkInsert.AddAsync(db, partij.Beschikkingen, ct));
        await Count(aantallen, "toewijzingen", BulkInsert.AddAsync(db, partij.Toewijzingen, ct));
        await Count(aantallen, "gebeurtenissen", BulkInsert.AddAsync(db, partij.Gebeurtenissen, ct));
        await Count(aantallen, "berichten", BulkInsert.AddAsync(db, berichten, ct));
        _schrijven.Stop();
    }

    private static readonly string Geaccepteerd = $"0200 {Codelijst.RetourcodeOmschrijving("0200")}";

    /// <summary>The messages as stored after the receiver's answer: XML, retourbericht (0200) and summary. The XML is
    /// built on all cores; each message is read back by the library's structure check (layers 1–2) on the way, so
    /// a structural fault in a generated message stops the run instead of being stored.</summary>
    private static Bericht[] Berichten(List<BerichtTask> taken)
    {
        var berichten = new Bericht[taken.Count];
        Parallel.For(0, taken.Count, i =>
        {
            var taak = taken[i];
            var xml = BerichtWriter.ToBytes(taak.Heen);
            var (heen, resultaat) = BerichtReader.Read(xml, new ValidationOptions { Inhoud = false });
            if (heen is null || !resultaat.IsGeldig)
                throw new InvalidOperationException($"Gegenereerd {taak.Soort.Naam} is ongeldig: {string.Join("; ", resultaat.Fouten.Select(f => $"{f.Code} {f.Pad}: {f.Melding}"))}");
            var retour = BerichtWriter.ToBytes(RetourGenerator.Create(heen, [], new RetourOptions { Identificatie = taak.RetourIdentificatie, Dagtekening = taak.Dagtekening }));
            var header = resultaat.Header!;
            berichten[i] = new Bericht
            {
                Id = taak.Id, Versie = taak.Versie, Soort = taak.Soort.Naam, BerichtCode = header.BerichtCode, Identificatie = header.Identificatie,
                Dagtekening = taak.Dagtekening, Afzender = header.Afzender, Ontvanger = header.Ontvanger,
                AfzenderOrganisatieId = taak.Van.Id, OntvangerOrganisatieId = taak.Naar.Id, ToewijzingId = taak.ToewijzingId, ClientId = taak.ClientId,
                Xml = Encoding.UTF8.GetString(xml), Ontvangen = taak.Ontvangen, Geldig = true, RetourSoort = taak.Soort.Retour!.Naam,
                RetourXml = Encoding.UTF8.GetString(retour), Retourcodes = Geaccepteerd, Kanaal = "platform",
            };
        });
        return berichten;
    }
}

public sealed class DatabaseNotEmptyException(string message) : Exception(message);

