using System.Diagnostics;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Organisaties;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Declaraties;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.Domain.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Bench;

/// <summary>The real pre-flight (<see cref="DeclaratieService.PrepareAsync"/>: loading from the database, building, writing
/// and validating) for every aanbieder × gemeente of a generated database (`maatwerk demo genereer`), October 2026. First
/// (not timed, once) the registrations: spread over the toewijzingen that run in October until there are
/// <c>registraties</c>.</summary>
internal static class DeclaratieDbMeting
{
    private static readonly DateOnly Oktober = new(2026, 10, 1);

    public static async Task<int> RunAsync(string provider, string connection, int registraties)
    {
        var options = new DatabaseOptions { Provider = provider, ConnectionString = connection };
        var catalogus = ContractProfileStore.LoadDefault().Catalogus;
        var clock = new ShiftedClock(new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.Zero), TimeProvider.System);
        await using (var db = DatabaseSetup.CreateContext(options, klok: clock))
        {
            if (!await db.Set<Tijdregistratie>().AnyAsync(r => r.Datum >= Oktober && r.Datum < Oktober.AddMonths(1)))
                await SeedAsync(db, registraties);
        }
        await using (var db = Context(options, clock))
        {
            var paren = await db.Toewijzingen.Join(db.Clienten, t => t.ClientId, c => c.Id, (t, c) => new { t.ContractId, c.GemeenteId })
                .Join(db.Contracten, x => x.ContractId, c => c.Id, (x, c) => new { c.AanbiederId, x.GemeenteId }).Distinct().ToListAsync();
            Console.WriteLine($"{await db.Set<Tijdregistratie>().CountAsync(r => r.Datum >= Oktober && r.Datum < Oktober.AddMonths(1)):N0} registraties in oktober, {paren.Count} aanbieder × gemeente");
            for (var ronde = 0; ronde < 2; ronde++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var totaal = Stopwatch.StartNew();
                int regels = 0, bezwaren = 0;
                foreach (var paar in paren)
                {
                    db.ChangeTracker.Clear();
                    var aanbieder = await db.Organisaties.SingleAsync(o => o.Id == paar.AanbiederId);
                    var scope = DataScope.For(db, aanbieder, Rol.Administratie);
                    var berichten = new BerichtenService(db, clock, catalogus);
                    var unitOfWork = new UnitOfWork(db, new Recalculation(db, catalogus, new VerplichtingenEngines(), clock), clock);
                    var service = new DeclaratieService(db, scope, catalogus, berichten, SystemActor.Instance, clock, unitOfWork,
                        new DeclaratieOntvangst(db, catalogus, clock), new DeclaratieRetourVerwerking(db, berichten, unitOfWork, clock, new HerindieningGebeurtenissen(db, catalogus, clock)));
                    var sw = Stopwatch.StartNew();
                    var v = await service.PrepareAsync(Oktober, paar.GemeenteId);
                    regels += v?.Uitkomst.Regels.Count ?? 0;
                    bezwaren += v?.Uitkomst.Bezwaren.Count ?? 0;
                    if (ronde == 1)
                        Console.WriteLine($"  {aanbieder.Naam,-40} {sw.Elapsed.TotalSeconds,6:F2} s  {v?.Uitkomst.Regels.Count ?? 0,6:N0} regels, berichtfouten {v?.BerichtFouten.Count ?? 0}");
                }
                Console.WriteLine($"{(ronde == 0 ? "koud" : "warm"),-5} alle 323's: {totaal.Elapsed.TotalSeconds:F2} s (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s), {regels:N0} regels, {bezwaren:N0} bezwaren, " +
                    $"piek {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
            }
        }
        return 0;
    }

    /// <summary>With MAATWERK_BENCH_SQL=ms every database command slower than ms is printed (where the time goes).</summary>
    private static MaatwerkDbContext Context(DatabaseOptions options, TimeProvider clock)
    {
        var builder = new DbContextOptionsBuilder<MaatwerkDbContext>();
        DatabaseSetup.Configure(builder, options);
        if (int.TryParse(Environment.GetEnvironmentVariable("MAATWERK_BENCH_SQL"), out var drempel))
            builder.LogTo(regel => Console.WriteLine(regel[..Math.Min(regel.Length, 700)]),
                (id, _) => id == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted, Microsoft.EntityFrameworkCore.Diagnostics.DbContextLoggerOptions.None);
        return new MaatwerkDbContext(builder.Options, SystemActor.Instance, clock);
    }

    private static async Task SeedAsync(MaatwerkDbContext db, int aantal)
    {
        var sw = Stopwatch.StartNew();
        var eind = Oktober.AddMonths(1).AddDays(-1);
        var lopend = await db.Toewijzingen.AsNoTracking()
            .Where(t => t.StartdatumZorg != null && t.StartdatumZorg <= eind && t.Ingangsdatum <= Oktober && (t.Einddatum == null || t.Einddatum >= eind)
                && (t.EinddatumZorg == null || t.EinddatumZorg >= eind))
            .Join(db.Contracten, t => t.ContractId, c => c.Id, (t, c) => new { t.Id, t.ClientId, t.ContractId, t.Productcode, c.AanbiederId }).ToListAsync();
        var medewerkers = (await db.Gebruikers.AsNoTracking().ToListAsync()).GroupBy(g => g.OrganisatieId).ToDictionary(g => g.Key, g => (g.First().Id, g.First().Naam));
        var perToewijzing = Math.Max(1, aantal / Math.Max(1, lopend.Count));
        var random = new Random(42);
        var batch = new List<Tijdregistratie>();
        foreach (var t in lopend)
        {
            var (medewerker, naam) = medewerkers.GetValueOrDefault(t.AanbiederId);
            for (var i = 0; i < perToewijzing; i++)
                batch.Add(new Tijdregistratie
                {
                    AanbiederId = t.AanbiederId, ContractId = t.ContractId, ToewijzingId = t.Id, ClientId = t.ClientId, Productcode = t.Productcode,
                    MedewerkerId = medewerker, MedewerkerNaam = naam, Datum = Oktober.AddDays(i * 31 / perToewijzing),
                    Begintijd = new TimeOnly(8 + random.Next(0, 10), 0), Minuten = 15 + random.Next(0, 4) * 15, GeregistreerdDoor = "bench",
                    GeregistreerdOp = DateTimeOffset.UtcNow,
                });
            if (batch.Count >= 20_000)
            {
                db.AddRange(batch);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }
        db.AddRange(batch);
        await db.SaveChangesAsync();
        Console.WriteLine($"{lopend.Count:N0} lopende toewijzingen × {perToewijzing} registraties vastgelegd in {sw.Elapsed.TotalSeconds:F0} s (niet gemeten)");
    }
}
