using System.Text;
using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten.Declaratie;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>What the month's WMO323 needs besides the month's registrations: the earlier registrations of stays and
/// trajects, what earlier sent 323s declared (TR322, TR369), and the no-shows that may be declared (DEV-Eis28-b).</summary>
internal static class Opbouwgegevens
{
    /// <summary>Only the columns the build and the pre-flight read: a month of a large provider is hundreds of thousands of
    /// registrations, and names, remarks and audit columns would triple what is read and materialised.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Tijdregistratie, Tijdregistratie>> AlleenVoorDeOpbouw = r => new Tijdregistratie
    {
        AanbiederId = r.AanbiederId, ToewijzingId = r.ToewijzingId, Productcode = r.Productcode, Datum = r.Datum, Minuten = r.Minuten, Soort = r.Soort,
        Plandoel = r.Plandoel,
    };

    /// <summary>A stay (etmaal) or traject may have begun before the month: their registrations from the toewijzing's start.</summary>
    public static async Task<List<Tijdregistratie>> EarlierAsync(MaatwerkDbContext db, Guid aanbiederId, IReadOnlyList<DeclareerbareToewijzing> toewijzingen,
        DateOnly eerste, CancellationToken ct)
    {
        var ids = toewijzingen.Where(t => t.Eenheid is Declaratieopbouw.Etmaal or Declaratieopbouw.Traject && t.Ingangsdatum < eerste).Select(t => t.Id).ToList();
        if (ids.Count == 0)
            return [];
        return (await db.Set<Tijdregistratie>().AsNoTracking().Where(r => ids.Contains(r.ToewijzingId) && r.Datum < eerste)
            .Select(AlleenVoorDeOpbouw).ToListAsync(ct)).Where(r => r.AanbiederId == aanbiederId).ToList();
    }

    /// <summary>The lines of the 323s this aanbieder sent the gemeente for other months, summed per toewijzing (debet minus
    /// credit). Lines a 325 rejected still count until the 325 is processed (not built yet).</summary>
    public static async Task<Dictionary<Guid, Gedeclareerd>> DeclaredAsync(MaatwerkDbContext db, Guid aanbiederId, Guid gemeenteId, DateOnly eerste,
        IReadOnlyList<DeclareerbareToewijzing> toewijzingen, CancellationToken ct)
    {
        var berichtIds = db.Set<Declaratie>().Where(d => d.AanbiederId == aanbiederId && d.GemeenteId == gemeenteId && d.Periode != eerste).Select(d => d.BerichtId);
        var xmls = await db.Berichten.Where(b => berichtIds.Contains(b.Id)).Select(b => b.Xml).ToListAsync(ct);
        var perNummer = toewijzingen.GroupBy(t => t.Nummer).ToDictionary(g => g.Key, g => g.First().Id);
        var result = new Dictionary<Guid, Gedeclareerd>();
        foreach (var xml in xmls)
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            Wmo323Reader.Read(stream, (_, _, p, _) =>
            {
                if (!perNummer.TryGetValue(p.ToewijzingNummer, out var id))
                    return;
                var teken = p.DebetCredit == "C" ? -1 : 1;
                result[id] = (result.GetValueOrDefault(id) ?? new Gedeclareerd(0, p.Eenheid, 0)).Add(teken * p.GeleverdVolume, p.BedragMetTeken);
            });
        }
        return result;
    }

    /// <summary>The month's no-shows that may be declared: per client and contract judged by the contract's no-show rules
    /// (<see cref="NoShowBeoordeling"/>: at most <c>maxEenheden</c> per toewijzing per calendar month, DEV-Eis28-b), under a
    /// contract that names the no-show product (<c>noShowProduct</c>, DEV-Art8.4).</summary>
    public static async Task<List<NoShowEenheid>> NoShowsAsync(MaatwerkDbContext db, Guid aanbiederId, IReadOnlyList<DeclareerbareToewijzing> toewijzingen,
        IReadOnlyDictionary<Guid, ContractProfile?> profielen, DateOnly eerste, DateOnly laatste, CancellationToken ct)
    {
        var regels = profielen.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => NoShowRegels.From(p.Value!));
        var contractIds = regels.Where(r => r.Value.NoShowProduct is not null && r.Value.MaxEenhedenPerMaand is not null).Select(r => r.Key).ToList();
        if (contractIds.Count == 0)
            return [];
        var ids = toewijzingen.Where(t => contractIds.Contains(t.ContractId)).Select(t => t.Id).ToList();
        var (van, tot) = (Amsterdam.StartOf(eerste), Amsterdam.StartOf(laatste.AddDays(1)));
        var afmeldingen = await db.Set<Afmelding>().AsNoTracking()
            .Where(a => a.AanbiederId == aanbiederId && ids.Contains(a.ToewijzingId) && a.GeplandOp >= van && a.GeplandOp < tot).ToListAsync(ct);
        static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(Amsterdam.Local(moment));
        var result = new List<NoShowEenheid>();
        foreach (var groep in afmeldingen.GroupBy(a => (a.ClientId, a.ContractId)))
        {
            var r = regels[groep.Key.ContractId];
            foreach (var o in NoShowBeoordeling.Evaluate(groep, r, Dag).Where(o => o.Declarabel == true))
                result.Add(new NoShowEenheid(o.Afmelding.ToewijzingId, Dag(o.Afmelding.GeplandOp), r.EenheidMinuten?.Waarde ?? 60, r.NoShowProduct!.Waarde, r.MaxEenhedenPerMaand!.Bron));
        }
        return result;
    }
}
