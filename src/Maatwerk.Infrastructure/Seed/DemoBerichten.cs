using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Data;

namespace Maatwerk.Infrastructure.Seed;

/// <summary>The iWmo messages behind the demo toewijzingen (301, and 305/307 where care started/stopped), built and
/// checked by the same code as live messages, so the demo inboxes and outboxes are real.</summary>
public static class DemoBerichten
{
    public static void Verzend(MaatwerkDbContext db, DateOnly vandaag)
    {
        var service = new BerichtenService(db, TimeProvider.System);
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
            service.Verzend(BerichtOpbouw.Toewijzing301(Partijen(true, t.Toewijzingsdatum), client, t, new TimeOnly(9, 0)), gemeente, aanbieder, t.Id, client.Id);
            if (t.StartdatumZorg is { } start && start <= vandaag)
                service.Verzend(BerichtOpbouw.Start305(Partijen(false, start), client, t), aanbieder, gemeente, t.Id, client.Id);
            if (t.Status == ToewijzingStatus.Gestopt && t.EinddatumZorg is { } einde && einde <= vandaag)
                service.Verzend(BerichtOpbouw.Stop307(Partijen(false, einde), client, t), aanbieder, gemeente, t.Id, client.Id);
        }
    }
}
