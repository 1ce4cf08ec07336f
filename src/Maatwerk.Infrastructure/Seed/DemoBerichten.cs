using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>The iWmo messages behind the demo toewijzingen (301, and 305/307 where care started/stopped), built and
/// checked by the same code as live messages, so the demo inboxes and outboxes are real.</summary>
public static class DemoBerichten
{
    public static void Verzend(MaatwerkDbContext db, TimeProvider klok)
    {
        var vandaag = Common.Amsterdam.Vandaag(klok);
        var service = new BerichtenService(db, klok);
        var organisaties = db.Organisaties.ToDictionary(o => o.Id);
        var contracten = db.Contracten.ToDictionary(c => c.Id);
        var clienten = db.Clienten.ToDictionary(c => c.Id);
        foreach (var t in db.Toewijzingen.OrderBy(t => t.ToewijzingNummer).ToList())
        {
            var contract = contracten[t.ContractId];
            if (contract.ProfielId == "oco")
                continue; // OCO has no toewijzingen over iWmo
            var client = clienten[t.ClientId];
            var gemeente = organisaties[client.GemeenteId];
            var aanbieder = organisaties[contract.AanbiederId];
            BerichtOpbouw.Partijen Partijen(bool vanGemeente, DateOnly dag) => vanGemeente
                ? new(gemeente.Gemeentecode!, aanbieder.AgbCode!, BerichtenService.NieuweIdentificatie(), dag)
                : new(aanbieder.AgbCode!, gemeente.Gemeentecode!, BerichtenService.NieuweIdentificatie(), dag);
            // The receiving side judges each message against the stored state (start after 301, stop after start), so
            // the demo replays the chain: stored as not yet started, then started, then back to its final state.
            var (status, start, einde, reden) = (t.Status, t.StartdatumZorg, t.EinddatumZorg, t.RedenBeeindiging);
            (t.Status, t.StartdatumZorg, t.EinddatumZorg, t.RedenBeeindiging) = (ToewijzingStatus.Verzonden, null, null, null);
            db.SaveChanges();
            service.Verzend(BerichtOpbouw.Toewijzing301(Partijen(true, t.Toewijzingsdatum), client, t, new TimeOnly(9, 0)), gemeente, aanbieder, t.Id, client.Id);
            if (start is { } begin && begin <= vandaag)
            {
                t.StartdatumZorg = begin;
                service.Verzend(BerichtOpbouw.Start305(Partijen(false, begin), client, t), aanbieder, gemeente, t.Id, client.Id);
                t.Status = ToewijzingStatus.Gestart;
                db.SaveChanges();
                if (status == ToewijzingStatus.Gestopt && einde is { } eind && eind <= vandaag)
                {
                    (t.EinddatumZorg, t.RedenBeeindiging) = (eind, reden);
                    service.Verzend(BerichtOpbouw.Stop307(Partijen(false, eind), client, t), aanbieder, gemeente, t.Id, client.Id);
                }
            }
            (t.Status, t.StartdatumZorg, t.EinddatumZorg, t.RedenBeeindiging) = (status, start, einde, reden);
        }
    }
}
