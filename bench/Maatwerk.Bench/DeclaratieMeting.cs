using System.Diagnostics;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tarieven;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.IWmo.Berichten;
using Maatwerk.IWmo.Berichten.Declaratie;
using Maatwerk.IWmo.Validatie;

namespace Maatwerk.Bench;

/// <summary>Building one month's WMO323 for a gemeente in memory (issue 11): generated toewijzingen under the Deventer
/// profile (hourly products in minutes, respijtopvang in etmalen, trajects), ~40 registrations per client, a tariff
/// change in the middle of the month for the PO products, some no-shows and what earlier 323s declared. Timed:
/// <see cref="Declaratieopbouw.Bouw"/> (lines and pre-flight), writing the WMO323 and validating it with the platform's
/// own validator (as the pre-flight does). Not timed: generating the data; loading it from the database is not part of
/// this measurement.</summary>
internal static class DeclaratieMeting
{
    private static readonly DateOnly Oktober = new(2026, 10, 1);

    public static int Run(int clienten, int registraties, int herhalingen)
    {
        var profiel = ContractProfileStore.LoadDefault().Catalogus.Find("deventer-wmo-2023", null)!;
        var regels = Tijdregels.Uit(profiel);
        var random = new Random(42);
        var contract = Guid.NewGuid();
        var producten = new[] { "PO-L", "PO-B", "PO-BP", "OAD-L", "OAD-B", "SH", "RH", "RO", "AD-VV" };
        var toewijzingen = new List<DeclareerbareToewijzing>();
        var tijd = new List<Tijdregistratie>(registraties);
        var noShows = new List<NoShowEenheid>();
        var eerder = new Dictionary<Guid, Gedeclareerd>();
        var verblijven = clienten / producten.Length; // respijtopvang: 5 registrations per stay
        var perClient = (registraties - verblijven * 5) / (clienten - verblijven);
        for (var c = 0; c < clienten; c++)
        {
            var code = producten[c % producten.Length];
            var product = profiel.FindProduct(code)!;
            var eenheid = product.IWmoEenheid!;
            var t = new DeclareerbareToewijzing(Guid.NewGuid(), contract, (26_000_000 + c).ToString(System.Globalization.CultureInfo.InvariantCulture), Generator.Bsn(c),
                product.Productcategorie!, code, code, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), eenheid, regels)
            {
                Omvang = eenheid switch
                {
                    Declaratieopbouw.Etmaal => new Omvang(10, eenheid, "4"),
                    Declaratieopbouw.Traject => new Omvang(1, eenheid, "6"),
                    _ => new Omvang(600, eenheid, "2"),
                },
                EindeLevering = eenheid == Declaratieopbouw.Traject ? new DateOnly(2026, 10, 20) : null,
            };
            toewijzingen.Add(t);
            if (eenheid == Declaratieopbouw.Etmaal)
            {
                // A stay from the 5th at 14:00, registered per day until the 9th at 12:00.
                for (var d = 5; d <= 9; d++)
                    tijd.Add(Registratie(t, d, d == 5 ? 14 * 60 : 0, d == 5 ? 600 : d == 9 ? 720 : 1440));
                continue;
            }
            for (var i = 0; i < perClient; i++)
                tijd.Add(Registratie(t, 1 + i * 31 / perClient, 8 * 60 + random.Next(0, 10) * 30, 15 + random.Next(0, 4) * 5));
            if (code.StartsWith("PO", StringComparison.Ordinal) && c % 10 == 1)
                noShows.Add(new NoShowEenheid(t.Id, new DateOnly(2026, 10, 12), 60, "NS", "DEV-Eis28-b"));
            if (c % 3 == 0)
                eerder[t.Id] = new Gedeclareerd(random.Next(500, 3000), eenheid, random.Next(10_000, 100_000));
        }
        // The no-show toewijzingen Toegang registered, for most of the clients with a no-show.
        foreach (var n in noShows.Where((_, i) => i % 4 != 0))
        {
            var onder = toewijzingen.First(x => x.Id == n.ToewijzingId);
            toewijzingen.Add(onder with { Id = Guid.NewGuid(), Nummer = "9" + onder.Nummer[1..], Productcode = "NS", IWmoProductcode = "NS", Eenheid = "01", Omvang = new Omvang(60, "01", "4") });
        }
        var tabel = new[] { new Contracttarief { ContractId = contract, Productcode = "PO-B", Vanaf = new DateOnly(2026, 10, 15), Bedrag = 64.20m },
            new Contracttarief { ContractId = contract, Productcode = "PO-L", Vanaf = new DateOnly(2026, 10, 15), Bedrag = 58.20m } };
        Tariefbepaling.GeldendTarief? Tarief(DeclareerbareToewijzing t, DateOnly d) => profiel.FindProduct(t.Productcode) is { } p ? Tariefbepaling.Op(p, tabel, d) : null;
        Console.WriteLine($"{toewijzingen.Count:N0} toewijzingen, {tijd.Count:N0} registraties, {noShows.Count:N0} no-shows, {eerder.Count:N0} met eerdere declaraties");
        var eerste = Declaratieopbouw.Bouw(Oktober, toewijzingen, tijd, Tarief, (t, d) => $"geen tarief {t.Productcode} {d}", new DateOnly(2026, 11, 10), eerder, noShows);
        Console.WriteLine("bezwaren: " + string.Join(", ", eerste.Bezwaren.GroupBy(b => b.Code).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
        for (var i = 0; i <= herhalingen; i++)
        {
            GC.Collect();
            var voor = GC.GetTotalAllocatedBytes();
            var sw = Stopwatch.StartNew();
            var uitkomst = Declaratieopbouw.Bouw(Oktober, toewijzingen, tijd, Tarief, (t, d) => $"geen tarief {t.Productcode} {d}", new DateOnly(2026, 11, 10), eerder, noShows);
            var opbouw = sw.Elapsed;
            var xml = Write(uitkomst);
            var schrijven = sw.Elapsed - opbouw;
            var validatie = BerichtValidator.Validate(xml, new ValidationOptions { Vandaag = new DateOnly(2026, 11, 10) });
            sw.Stop();
            Console.WriteLine($"{(i == 0 ? "opwarmen" : $"run {i}"),-9} totaal {sw.Elapsed.TotalSeconds:F2} s = opbouw {opbouw.TotalSeconds:F2} s + schrijven {schrijven.TotalSeconds:F2} s " +
                $"+ valideren {(sw.Elapsed - opbouw - schrijven).TotalSeconds:F2} s; {uitkomst.Regels.Count:N0} regels, {uitkomst.Bezwaren.Count:N0} bezwaren, " +
                $"{xml.Length / 1e6:F1} MB, geldig {validatie.IsGeldig} ({validatie.Fouten.Count} fouten); {(GC.GetTotalAllocatedBytes() - voor) / 1e6:N0} MB gealloceerd, " +
                $"piek {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        }
        return 0;
    }

    private static Tijdregistratie Registratie(DeclareerbareToewijzing t, int dag, int beginMinuut, int minuten) => new()
    {
        ToewijzingId = t.Id, Datum = new DateOnly(2026, 10, dag), Begintijd = TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(beginMinuut)), Minuten = minuten,
        Soort = dag % 9 == 0 && minuten < 60 ? Tijdsoort.Indirect : Tijdsoort.Direct,
    };

    /// <summary>The lines as one WMO323 (one Client per BSN), as the service writes them.</summary>
    private static byte[] Write(Declaratieopbouw.Uitkomst uitkomst)
    {
        var kop = new DeclaratieKop(new BerichtHeader("484", "75750101", "0150", "BENCH323", new DateOnly(2026, 11, 10), "1.0.0", "1.0.0"),
            "BENCH323", Oktober, Oktober.AddMonths(1).AddDays(-1), new DateOnly(2026, 11, 10), uitkomst.Totaal, "D");
        using var stream = new MemoryStream();
        var volgnummer = 0;
        using (var w = new Wmo323Writer(stream, kop))
            foreach (var client in uitkomst.Regels.GroupBy(r => r.Toewijzing.Bsn))
                w.Client(client.Key, client.Select(r => new DeclaratiePrestatie($"BENCH323{++volgnummer:D5}", null, r.Toewijzing.Nummer, r.Toewijzing.Productcategorie,
                    r.Toewijzing.IWmoProductcode!, r.Begindatum, r.Einddatum, r.GeleverdVolume, r.Eenheid, r.ProductTarief, r.IngediendBedrag, "D")).ToList());
        return stream.ToArray();
    }
}
