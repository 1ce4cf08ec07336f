using System.Text;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Toewijzingen;
using Maatwerk.IWmo.Berichten;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Berichten;

/// <summary>
/// A toewijzing (WMO301, see <see cref="ToewijzingTakeover"/>) from a gemeente's own system, or a start (WMO305) or
/// stop (WMO307) that an aanbieder with its own system delivered as a file or through the API, changes the toewijzing
/// through the same step of the <see cref="StappenTable"/> as the platform's own: the same rules, events and
/// obligations. Only what the platform's forms alone ask for (the admission of a temporary stop, the confirmation of care
/// on the 1st, the warm hand-over checklist) is not asked of a message. Only accepted messages are applied; a product
/// the rules refuse is reported, not applied.
/// </summary>
public sealed class BerichtApplier(MaatwerkDbContext db, UnitOfWork unitOfWork, KetenStappen keten, ToewijzingTakeover overname,
    Declaratiebeoordeling.DeclaratieOntvangst declaratieOntvangst)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(Guid berichtId, CancellationToken ct = default)
    {
        if (await db.Berichten.Where(b => b.Id == berichtId).Select(b => b.Soort).FirstOrDefaultAsync(ct) == "WMO323")
        {
            // A declaration from a provider's own system joins the gemeente's queue like one sent on the platform (issue 12);
            // the receipt reads the stored XML from the database itself (BerichtXml), so it is not loaded here.
            var aangifte = (await BerichtXml.LoadWithoutXmlAsync(db, berichtId, ct))!;
            await unitOfWork.ExecuteAsync(async () =>
            {
                await declaratieOntvangst.RegisterAsync(aangifte, ct);
                return SaveResult.Ok(aangifte.Id);
            }, ct);
            return [];
        }
        var bericht = await db.Berichten.FirstOrDefaultAsync(b => b.Id == berichtId, ct);
        if (bericht is null || !bericht.Geldig || bericht.Soort is not ("WMO301" or "WMO305" or "WMO307"))
            return [];
        var (boom, _) = BerichtReader.Read(Encoding.UTF8.GetBytes(bericht.Xml));
        if (boom is null)
            return [];
        var door = $"{bericht.Soort} {bericht.Identificatie}";
        var meldingen = new List<string>();
        await unitOfWork.ExecuteAsync(async () =>
        {
            if (bericht.Soort == "WMO301")
            {
                var uitkomst = await overname.TakeOverAsync(boom, door, retourGegeven: bericht.RetourXml is not null, ct);
                (bericht.ToewijzingId, bericht.ClientId) = (bericht.ToewijzingId ?? uitkomst.ToewijzingId, bericht.ClientId ?? uitkomst.ClientId);
                meldingen.AddRange(uitkomst.Meldingen);
                return SaveResult.Ok(bericht.Id);
            }
            var start = bericht.Soort == "WMO305";
            foreach (var product in boom.Find(start ? "Client/StartProducten" : "Client/StopProducten")?.Kinderen ?? [])
            {
                var nummer = product.Text("ToewijzingNummer");
                var toewijzing = await (from t in db.Toewijzingen
                                        join c in db.Contracten on t.ContractId equals c.Id
                                        join a in db.Organisaties on c.AanbiederId equals a.Id
                                        where t.ToewijzingNummer == nummer && a.AgbCode == bericht.Afzender
                                        select t).FirstOrDefaultAsync(ct);
                if (toewijzing is null)
                    continue; // already answered with 9019 by the context rules
                var contract = await db.Contracten.FirstAsync(c => c.Id == toewijzing.ContractId, ct);
                var (stap, invoer) = Stap(toewijzing, start, product);
                var voorStap = toewijzing.Copy();
                var uitkomst = toewijzing.Execute(stap, invoer, await keten.ContextAsync(toewijzing, contract, uitBericht: true, ct));
                if (!uitkomst.IsGelukt)
                {
                    meldingen.AddRange(uitkomst.Fouten.Select(e => $"Toewijzing {nummer}: {e.Message}"));
                    continue;
                }
                await keten.ApplyAsync(toewijzing, contract, uitkomst, voorStap, verzend: false, door, ct);
                bericht.ToewijzingId ??= toewijzing.Id;
                bericht.ClientId ??= toewijzing.ClientId;
            }
            return SaveResult.Ok(bericht.Id);
        }, ct);
        return meldingen;
    }

    /// <summary>The step a start or stop stands for: a withdrawal (StatusAanlevering 3) of the start or stop with that
    /// Begindatum; a 305 after a temporary stop resumes care; a 307 with reden 20 is a temporary stop (the message carries
    /// neither the admission nor the expected return).</summary>
    private static (Zorgstap, StapInput) Stap(Toewijzing t, bool start, BerichtElement product)
    {
        var begin = product.Date("Begindatum") ?? default;
        if (product.Text("StatusAanlevering") == "3")
            return (start ? Zorgstap.StartIntrekken : Zorgstap.StopIntrekken, new StapInput { Datum = begin });
        if (start)
            return (t.Status == ToewijzingStatus.TijdelijkGestopt ? Zorgstap.Hervatten : Zorgstap.Start, new StapInput { Datum = begin });
        var einde = product.Date("Einddatum") ?? default;
        var reden = product.Text("RedenBeeindiging");
        return reden == TijdelijkeStop.Reden
            ? (Zorgstap.TijdelijkStoppen, new StapInput { Datum = einde })
            : (Zorgstap.Stop, new StapInput { Datum = einde, Reden = reden });
    }
}
