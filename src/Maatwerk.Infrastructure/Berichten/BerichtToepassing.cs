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
/// A toewijzing (WMO301, see <see cref="ToewijzingOvername"/>) from a gemeente's own system, or a start (WMO305) or
/// stop (WMO307) that an aanbieder with its own system delivered as a file or through the API
/// changes the toewijzing just as the platform's own step would: the same domain rules, the same events, the same
/// obligations. Only accepted messages are applied; a product the rules refuse is reported, not applied.
/// </summary>
public sealed class BerichtToepassing(MaatwerkDbContext db, ProfielCatalogus catalogus, Herberekening herberekening, ToewijzingOvername overname, TimeProvider clock)
{
    public async Task<IReadOnlyList<string>> ToepassenAsync(Guid berichtId, CancellationToken ct = default)
    {
        var bericht = await db.Berichten.FirstOrDefaultAsync(b => b.Id == berichtId, ct);
        if (bericht is null || !bericht.Geldig || bericht.Soort is not ("WMO301" or "WMO305" or "WMO307"))
            return [];
        var (boom, _) = BerichtLezer.Lees(Encoding.UTF8.GetBytes(bericht.Xml));
        if (boom is null)
            return [];
        if (bericht.Soort == "WMO301")
            return await OvernemenAsync(bericht, boom, ct);
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
            var laatsteZorgdag = toewijzing.EinddatumZorg;
            var contractVan = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
            if (product.Tekst("StatusAanlevering") == "3")
            {
                var begin = product.Datum("Begindatum") ?? default;
                var fouten = start ? await Intrekking.StartAsync(db, toewijzing, begin, ct) : await Intrekking.StopAsync(db, toewijzing, begin, ct);
                if (fouten.Count > 0)
                {
                    meldingen.AddRange(fouten.Select(e => $"Toewijzing {nummer}: {e.Message}"));
                    continue;
                }
                KetenGebeurtenissen.Voeg(db, catalogus, clock, $"{bericht.Soort} {bericht.Identificatie}", toewijzing, contractVan, "melding-ingetrokken",
                    Amsterdam.Vandaag(clock), Intrekking.Omschrijving(start, start ? begin : laatsteZorgdag ?? begin));
                bericht.ToewijzingId ??= toewijzing.Id;
                bericht.ClientId ??= toewijzing.ClientId;
                contracten.Add(contractVan.Id);
                continue;
            }
            var (errors, soort, datum) = Pas(toewijzing, start, product);
            if (errors.Count > 0)
            {
                meldingen.AddRange(errors.Select(e => $"Toewijzing {nummer}: {e.Message}"));
                continue;
            }
            var contract = contractVan;
            var profiel = catalogus.Zoek(contract.ProfielId, contract.ProfielVersie);
            var toelichting = soort switch
            {
                "tijdelijke-stop" => TijdelijkeStop.Omschrijving(toewijzing),
                "einde-zorg" when toewijzing.RedenBeeindiging is { } reden => $"reden {reden}: {RedenBeeindiging.Codes.GetValueOrDefault(reden, reden)}",
                "zorg-hervat" when profiel is not null && laatsteZorgdag is { } laatste => Stopregels.NotitieBijHervatting(profiel, laatste, datum),
                _ => null,
            };
            KetenGebeurtenissen.Voeg(db, catalogus, clock, $"{bericht.Soort} {bericht.Identificatie}", toewijzing, contract, soort, datum, toelichting);
            bericht.ToewijzingId ??= toewijzing.Id;
            bericht.ClientId ??= toewijzing.ClientId;
            contracten.Add(contract.Id);
        }
        await db.SaveChangesAsync(ct);
        foreach (var contractId in contracten)
            await herberekening.ContractAsync(contractId, Amsterdam.Vandaag(clock), ct);
        return meldingen;
    }

    private async Task<IReadOnlyList<string>> OvernemenAsync(Domain.Berichten.Bericht bericht, BerichtElement boom, CancellationToken ct)
    {
        var uitkomst = await overname.OvernemenAsync(boom, $"{bericht.Soort} {bericht.Identificatie}", ct);
        bericht.ToewijzingId ??= uitkomst.ToewijzingId;
        bericht.ClientId ??= uitkomst.ClientId;
        await db.SaveChangesAsync(ct);
        foreach (var contractId in uitkomst.Contracten)
            await herberekening.ContractAsync(contractId, Amsterdam.Vandaag(clock), ct);
        return uitkomst.Meldingen;
    }

    /// <summary>The step a start or stop stands for: a 305 after a temporary stop resumes care; a 307 with reden 20 is a
    /// temporary stop (the message carries neither the admission nor the expected return).</summary>
    private static (IReadOnlyList<Domain.Common.ValidationError> Errors, string Soort, DateOnly Datum) Pas(Toewijzing t, bool start, BerichtElement product)
    {
        if (start)
        {
            var begin = product.Datum("Begindatum") ?? default;
            return t.Status == ToewijzingStatus.TijdelijkGestopt
                ? (Zorgstappen.Hervat(t, begin), "zorg-hervat", begin)
                : (Zorgstappen.Start(t, begin), "start-zorg", begin);
        }
        var einde = product.Datum("Einddatum") ?? default;
        var reden = product.Tekst("RedenBeeindiging");
        return reden == TijdelijkeStop.Reden
            ? (Zorgstappen.TijdelijkStop(t, einde, null, null), "tijdelijke-stop", einde)
            : (Zorgstappen.Stop(t, einde, reden), "einde-zorg", einde);
    }
}
