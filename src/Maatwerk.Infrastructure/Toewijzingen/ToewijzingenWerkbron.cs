using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Startpagina;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Startpagina;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Work queues read from the toewijzingen themselves (issue 13): the consulent's refusals to decide and
/// toewijzingen ending soon, the administratie's care to stop, the begeleider's own clients. The dates are the
/// toewijzing's own (its einddatum); no deadline is computed here.</summary>
public sealed class ToewijzingenWerkbron(ToewijzingService toewijzingen, MaatwerkDbContext db, DataScope scope, ICurrentActor actor, TimeProvider clock)
    : IWerkvoorraadBron
{
    /// <summary>How far ahead the consulent sees toewijzingen ending (time to re-indicate or extend).</summary>
    public const int AflopendWeken = 8;
    /// <summary>How far ahead the administratie sees care to stop; past end dates show as overdue.</summary>
    public const int StoppenDagen = 14;

    private static readonly ToewijzingStatus[] Lopend =
        [ToewijzingStatus.Verzonden, ToewijzingStatus.Geaccepteerd, ToewijzingStatus.Gestart, ToewijzingStatus.TijdelijkGestopt];

    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default) => (scope.Rol, scope.IsAanbieder) switch
    {
        (Rol.Consulent, false) => [await WeigeringenAsync(ct), await AflopendAsync(ct)],
        (Rol.Administratie, true) => [await StoppenAsync(ct)],
        (Rol.Begeleider, true) => [await MijnClientenAsync(ct)],
        _ => [],
    };

    private DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>Refusals the aanbieder asked for (status weigering aangevraagd), as the Toewijzingen page lists them.</summary>
    private async Task<Werkbak> WeigeringenAsync(CancellationToken ct)
    {
        var pagina = await toewijzingen.PageAsync(new ToewijzingService.Filter(ToewijzingStatus.WeigeringAangevraagd), new ListQuery(1, 50, null, "urgentie"), ct);
        var items = pagina.Items.Select(r => new Werkitem
        {
            Titel = r.Client, Betreft = $"Toewijzing {r.Toewijzing.ToewijzingNummer}: {r.Toewijzing.RedenWeigering ?? "weigering aangevraagd"}",
            Link = $"/Toewijzingen/Details/{r.Toewijzing.Id}", Deadline = r.Termijn?.Deadline, Bron = r.Termijn?.Bron, TeLaat = r.TeLaat > 0,
            Sinds = r.Toewijzing.Toewijzingsdatum,
        });
        return Urgentie.Bak("weigeringen", "Weigeringen beoordelen", items, WerkvoorraadService.Getoond, "Geen weigeringen te beoordelen.",
            "/Toewijzingen?status=WeigeringAangevraagd", volgorde: 20) with { Aantal = pagina.Totaal };
    }

    private async Task<Werkbak> AflopendAsync(CancellationToken ct)
    {
        var tot = Vandaag.AddDays(7 * AflopendWeken);
        var items = await Rijen(scope.Toewijzingen().Where(t => Lopend.Contains(t.Status) && t.Einddatum >= Vandaag && t.Einddatum <= tot), ct);
        return Urgentie.Bak("aflopend", $"Toewijzingen die binnen {AflopendWeken} weken aflopen",
            items.Select(i => i with { DeadlineLabel = "eindigt op" }), WerkvoorraadService.Getoond,
            $"Geen toewijzingen die binnen {AflopendWeken} weken aflopen.", "/Toewijzingen?sortering=urgentie", volgorde: 40);
    }

    /// <summary>Care still running with its end date passed or near: a stop message is due (DEV-Art6.1 signals an end
    /// date passed without one).</summary>
    private async Task<Werkbak> StoppenAsync(CancellationToken ct)
    {
        var tot = Vandaag.AddDays(StoppenDagen);
        var vandaag = Vandaag;
        var items = await Rijen(scope.Toewijzingen().Where(t => (t.Status == ToewijzingStatus.Gestart || t.Status == ToewijzingStatus.TijdelijkGestopt)
            && t.Einddatum != null && t.Einddatum <= tot), ct);
        return Urgentie.Bak("stoppen", "Zorg stoppen (einddatum bereikt of binnen 14 dagen)",
            items.Select(i => i with { DeadlineLabel = "einddatum", TeLaat = i.Deadline < vandaag, Bron = i.Deadline < vandaag ? "DEV-Art6.1" : null }),
            WerkvoorraadService.Getoond, "Geen zorg die gestopt moet worden.", "/Toewijzingen?status=Gestart", volgorde: 40);
    }

    /// <summary>The begeleider's own clients: those with a running toewijzing for which the begeleider registered time.</summary>
    private async Task<Werkbak> MijnClientenAsync(CancellationToken ct)
    {
        var ik = actor.GebruikerId ?? Guid.Empty;
        var mijn = db.Set<Tijdregistratie>().Where(r => r.MedewerkerId == ik).Select(r => r.ToewijzingId);
        var rijen = await RijenMetClient(scope.Toewijzingen().Where(t => mijn.Contains(t.Id) && Lopend.Contains(t.Status)), ct);
        var perClient = rijen.GroupBy(r => r.ClientId).Select(g => g.First().Item with
        {
            Deadline = null, Link = $"/Clienten/Details/{g.Key}", Betreft = string.Join(", ", g.Select(r => r.Item.Betreft)),
        });
        return Urgentie.Bak("mijn-clienten", "Mijn cliënten", perClient, 10, "U heeft nog geen tijd geregistreerd bij een lopende toewijzing.",
            "/Clienten", volgorde: 10);
    }

    private async Task<List<Werkitem>> Rijen(IQueryable<Toewijzing> query, CancellationToken ct) =>
        (await RijenMetClient(query, ct)).Select(r => r.Item).ToList();

    private async Task<List<(Guid ClientId, Werkitem Item)>> RijenMetClient(IQueryable<Toewijzing> query, CancellationToken ct) =>
        (await (from t in query
                join c in db.Clienten on t.ClientId equals c.Id
                orderby t.Einddatum
                select new { t.Id, t.ToewijzingNummer, t.Productcode, t.Einddatum, c.VolledigeNaam, ClientId = c.Id }).Take(500).ToListAsync(ct))
        .Select(r => (r.ClientId, new Werkitem
        {
            Titel = r.VolledigeNaam, Betreft = $"Toewijzing {r.ToewijzingNummer} ({r.Productcode})", Link = $"/Toewijzingen/Details/{r.Id}",
            Deadline = r.Einddatum,
        })).ToList();
}
