using Maatwerk.Domain.Common;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Personeel;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Personeel;

/// <summary>Reading the staff register: the people in view with their clients, and the fixed worker and deputy per
/// toewijzing (DEV-Eis6-R10, IB-15a).</summary>
public sealed class PersoneelOverview(MaatwerkDbContext db, DataScope scope)
{
    public sealed record Toewijzingregel(Guid ToewijzingId, Guid ContractId, string Client, string Product, string Contract, ToewijzingStatus Status,
        VasteMedewerker? Huidig, string? Vast, string? Vervanger);

    /// <summary>The aanbieder's toewijzingen that are (about to be) delivered, with their current fixed worker and deputy.</summary>
    public async Task<List<Toewijzingregel>> ToewijzingenAsync(Guid? alleen, DateOnly vandaag, CancellationToken ct)
    {
        var lopend = new[] { ToewijzingStatus.Geaccepteerd, ToewijzingStatus.Gestart, ToewijzingStatus.TijdelijkGestopt, ToewijzingStatus.Verzonden };
        var query = scope.Toewijzingen().Where(t => lopend.Contains(t.Status));
        if (alleen is { } id)
            query = scope.Toewijzingen().Where(t => t.Id == id);
        var toewijzingen = await query.OrderBy(t => t.Ingangsdatum).Take(1000).ToListAsync(ct);
        var ids = toewijzingen.Select(t => t.Id).ToList();
        var clientIds = toewijzingen.Select(t => t.ClientId).Distinct().ToList();
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToListAsync(ct);
        var namen = clienten.ToDictionary(c => c.Id, c => c.VolledigeNaam);
        var contractIds = toewijzingen.Select(t => t.ContractId).Distinct().ToList();
        var contracten = await db.Contracten.Where(c => contractIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Naam, ct);
        var vast = (await db.Set<VasteMedewerker>().Where(v => ids.Contains(v.ToewijzingId) && (v.Tot == null || v.Tot >= vandaag)).ToListAsync(ct))
            .GroupBy(v => v.ToewijzingId).ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Vanaf).First());
        var medewerkerIds = vast.Values.SelectMany(v => new[] { v.MedewerkerId, v.VervangerId ?? Guid.Empty }).Distinct().ToList();
        var medewerkers = await db.Set<Medewerker>().Where(m => medewerkerIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Naam, ct);
        return toewijzingen
            .Select(t => new Toewijzingregel(t.Id, t.ContractId, namen.GetValueOrDefault(t.ClientId, ""), t.Productcode ?? t.Productcategorie,
                contracten.GetValueOrDefault(t.ContractId, ""), t.Status, vast.GetValueOrDefault(t.Id),
                vast.TryGetValue(t.Id, out var v) ? medewerkers.GetValueOrDefault(v.MedewerkerId) : null,
                v?.VervangerId is { } d ? medewerkers.GetValueOrDefault(d) : null))
            .OrderBy(r => r.Client).ToList();
    }

    public sealed record Clientregel(Guid ToewijzingId, string Client, string Product, string Rol, DateOnly Vanaf);

    /// <summary>The clients of whom the person is the current fixed worker or deputy.</summary>
    public async Task<List<Clientregel>> ClientenAsync(Guid medewerkerId, DateOnly vandaag, CancellationToken ct)
    {
        var toewijzingIds = scope.Toewijzingen().Select(t => t.Id);
        var vast = await db.Set<VasteMedewerker>()
            .Where(v => toewijzingIds.Contains(v.ToewijzingId) && (v.MedewerkerId == medewerkerId || v.VervangerId == medewerkerId) && (v.Tot == null || v.Tot >= vandaag))
            .ToListAsync(ct);
        var ids = vast.Select(v => v.ToewijzingId).ToList();
        var toewijzingen = await db.Toewijzingen.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var clientIds = toewijzingen.Values.Select(t => t.ClientId).ToList();
        var namen = (await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToListAsync(ct)).ToDictionary(c => c.Id, c => c.VolledigeNaam);
        return vast.Select(v => new Clientregel(v.ToewijzingId, namen.GetValueOrDefault(toewijzingen[v.ToewijzingId].ClientId, ""),
                toewijzingen[v.ToewijzingId].Productcode ?? "", v.MedewerkerId == medewerkerId ? "vaste medewerker" : "vervanger", v.Vanaf))
            .OrderBy(r => r.Client).ToList();
    }
}
