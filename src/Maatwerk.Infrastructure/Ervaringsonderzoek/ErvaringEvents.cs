using System.Security.Cryptography;
using System.Text;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Verplichtingen;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>The events of the survey, shared by the aanbieder's registration and the client's link: per response, under each
/// contract of the aanbieder with a toewijzing of the client, "zorg-in-jaar" (once per client, contract and year: starts
/// IB-47a) and "clientervaringsonderzoek" (meets it). A contract whose profile does not know an event stores nothing.</summary>
public static class ErvaringEvents
{
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static DateTimeOffset Jaarbegin(int jaar) => Amsterdam.StartOf(new DateOnly(jaar, 1, 1));

    /// <summary>Adds the response's events (not saved; the caller's unit of work saves and re-evaluates).</summary>
    public static async Task AddAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, Clientervaring reactie, string door, CancellationToken ct)
    {
        var jaar = reactie.Datum.Year;
        var toewijzingen = await db.Toewijzingen.Where(t => t.ClientId == reactie.ClientId)
            .Join(db.Contracten.Where(c => c.AanbiederId == reactie.AanbiederId), t => t.ContractId, c => c.Id, (t, c) => new { Contract = c, t.StartdatumZorg, t.EinddatumZorg })
            .ToListAsync(ct);
        foreach (var groep in toewijzingen.GroupBy(t => t.Contract.Id))
        {
            var contract = groep.First().Contract;
            if (catalogus.Find(contract.ProfielId, contract.ProfielVersie) is not { } profiel)
                continue;
            if (groep.Any(t => Ervaringssamenvatting.InZorg(t.StartdatumZorg, t.EinddatumZorg, jaar))
                && !await HasZorgInJaarAsync(db, contract.Id, reactie.ClientId, jaar, ct))
                AddZorgInJaar(db, profiel, contract, reactie.ClientId, jaar, door);
            AddClientervaring(db, profiel, contract, reactie, door);
        }
    }

    /// <summary>The event a response stands for ("clientervaringsonderzoek", meets IB-47a), on its date (not saved).</summary>
    public static void AddClientervaring(MaatwerkDbContext db, ContractProfile profiel, Contract contract, Clientervaring reactie, string door) =>
        OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(ErvaringGebeurtenis.Onderwerp, reactie.ClientId.ToString()), reactie.ClientId,
            ErvaringGebeurtenis.Clientervaring, Amsterdam.ToUtc(reactie.Datum.ToDateTime(new TimeOnly(12, 0))),
            $"Cliëntervaringsonderzoek ({Clientervaring.Kanalen[reactie.Kanaal].ToLowerInvariant()})", door);

    private static async Task<bool> HasZorgInJaarAsync(MaatwerkDbContext db, Guid contractId, Guid clientId, int jaar, CancellationToken ct) =>
        (await db.Gebeurtenissen.Where(g => g.ContractId == contractId && g.ClientId == clientId && g.Soort == ErvaringGebeurtenis.ZorgInJaar)
            .Select(g => g.Moment).ToListAsync(ct)).Any(m => Amsterdam.Local(m).Year == jaar)
        || db.Gebeurtenissen.Local.Any(g => g.ContractId == contractId && g.ClientId == clientId && g.Soort == ErvaringGebeurtenis.ZorgInJaar && Amsterdam.Local(g.Moment).Year == jaar);

    /// <summary>The events a survey round stands for (<see cref="Ervaringsronde.Gebeurtenissen"/>), those the profile knows (not saved).</summary>
    public static void AddRonde(MaatwerkDbContext db, ContractProfile profiel, Contract contract, Ervaringsronde ronde,
        IEnumerable<(string Soort, DateOnly Datum)> gebeurtenissen, string door)
    {
        foreach (var (soort, datum) in gebeurtenissen.Where(g => profiel.KnowsGebeurtenis(g.Soort) && !profiel.Ignores(g.Soort)))
            db.Gebeurtenissen.Add(new ContractGebeurtenis
            {
                ContractId = contract.Id, Soort = soort, Moment = Amsterdam.ToUtc(datum.ToDateTime(new TimeOnly(12, 0))), GeregistreerdDoor = door,
                Toelichting = $"{Ervaringsronde.Doelgroepen[ronde.Doelgroep]}: {ronde.Methode}, {ronde.Respondenten} respondenten",
            });
    }

    public static void AddZorgInJaar(MaatwerkDbContext db, ContractProfile profiel, Contract contract, Guid clientId, int jaar, string door) =>
        OnderwerpGebeurtenissen.Add(db, profiel, contract, new Onderwerp(ErvaringGebeurtenis.Onderwerp, clientId.ToString()), clientId,
            ErvaringGebeurtenis.ZorgInJaar, Jaarbegin(jaar), $"Ondersteuning ontvangen in {jaar} (IB-A16)", door);

    /// <summary>IB-47a: registers "zorg-in-jaar" for every client of the aanbieder in care in <paramref name="jaar"/> under a
    /// contract that knows it, once; returns how many were added (not saved).</summary>
    public static async Task<int> AddZorgInJaarAsync(MaatwerkDbContext db, ContractProfileCatalog catalogus, Guid aanbiederId, int jaar, string door, CancellationToken ct)
    {
        var (begin, einde) = (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        var contracten = (await db.Contracten.Where(c => c.AanbiederId == aanbiederId).ToListAsync(ct))
            .Select(c => (Contract: c, Profiel: catalogus.Find(c.ProfielId, c.ProfielVersie)))
            .Where(c => c.Profiel is { } p && p.KnowsGebeurtenis(ErvaringGebeurtenis.ZorgInJaar) && !p.Ignores(ErvaringGebeurtenis.ZorgInJaar)).ToList();
        var aantal = 0;
        foreach (var (contract, profiel) in contracten)
        {
            var clienten = await db.Toewijzingen.Where(t => t.ContractId == contract.Id && t.StartdatumZorg != null && t.StartdatumZorg <= einde
                    && (t.EinddatumZorg == null || t.EinddatumZorg >= begin)).Select(t => t.ClientId).Distinct().ToListAsync(ct);
            var bestaand = (await db.Gebeurtenissen.Where(g => g.ContractId == contract.Id && g.Soort == ErvaringGebeurtenis.ZorgInJaar && g.ClientId != null)
                .Select(g => new { g.ClientId, g.Moment }).ToListAsync(ct)).Where(g => Amsterdam.Local(g.Moment).Year == jaar).Select(g => g.ClientId!.Value).ToHashSet();
            foreach (var client in clienten.Where(c => !bestaand.Contains(c)))
            {
                AddZorgInJaar(db, profiel!, contract, client, jaar, door);
                aantal++;
            }
        }
        return aantal;
    }
}
