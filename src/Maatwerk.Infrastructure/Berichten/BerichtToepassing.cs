using System.Text;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.Infrastructure.Verplichtingen;
using Maatwerk.IWmo.Berichten;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>
/// A start (WMO305) or stop (WMO307) that an aanbieder with its own system delivered as a file or through the API
/// changes the toewijzing just as the platform's own step would: the same domain rules, the same events, the same
/// obligations. Only accepted messages are applied; a product the rules refuse is reported, not applied.
/// </summary>
public sealed class BerichtToepassing(MaatwerkDbContext db, ProfielCatalogus catalogus, Herberekening herberekening, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> ToepassenAsync(Guid berichtId, CancellationToken ct = default)
    {
        var bericht = await db.Berichten.FirstOrDefaultAsync(b => b.Id == berichtId, ct);
        if (bericht is null || !bericht.Geldig || bericht.Soort is not ("WMO305" or "WMO307"))
            return [];
        var (boom, _) = BerichtLezer.Lees(Encoding.UTF8.GetBytes(bericht.Xml));
        if (boom is null)
            return [];
        var start = bericht.Soort == "WMO305";
        var meldingen = new List<string>();
        var contracten = new HashSet<Guid>();
        foreach (var product in boom.Zoek(start ? "Client/StartProducten" : "Client/StopProducten")?.Kinderen ?? [])
        {
            var nummer = product.Tekst("ToewijzingNummer");
            var toewijzing = await (from t in db.Toewijzingen
                                    join c in db.Contracten on t.ContractId equals c.Id
                                    join a in db.Organisaties on c.AanbiederId equals a.Id
                                    where t.ToewijzingNummer == nummer && a.AgbCode == bericht.Afzender
                                    select t).FirstOrDefaultAsync(ct);
            if (toewijzing is null)
                continue; // already answered with 9019 by the context rules
            var errors = start
                ? Zorgstappen.Start(toewijzing, product.Datum("Begindatum") ?? default)
                : Zorgstappen.Stop(toewijzing, product.Datum("Einddatum") ?? default, product.Tekst("RedenBeeindiging"));
            if (errors.Count > 0)
            {
                meldingen.AddRange(errors.Select(e => $"Toewijzing {nummer}: {e.Message}"));
                continue;
            }
            var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
            KetenGebeurtenissen.Voeg(db, catalogus, clock, $"{bericht.Soort} {bericht.Identificatie}", toewijzing, contract,
                start ? "start-zorg" : "einde-zorg", start ? toewijzing.StartdatumZorg!.Value : toewijzing.EinddatumZorg!.Value, null);
            bericht.ToewijzingId ??= toewijzing.Id;
            bericht.ClientId ??= toewijzing.ClientId;
            contracten.Add(contract.Id);
        }
        await db.SaveChangesAsync(ct);
        foreach (var contractId in contracten)
            await herberekening.ContractAsync(contractId, Amsterdam.Vandaag(clock), ct);
        return meldingen;
    }
}
