using System.Globalization;
using Maatwerk.Domain.Afwezigheid;
using Maatwerk.Domain.Common;
using Maatwerk.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Afwezigheid;

/// <summary>Reminders of appointments (IB-22a): the aanbieder's administratie and begeleiders register them on their own
/// toewijzingen; the gemeente reads those of its own residents. A no-show shows whether the client was reminded.</summary>
public sealed partial class AfwezigheidService
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private IQueryable<Herinnering> HerinneringenInView()
    {
        if (!MagLezen)
            return db.Set<Herinnering>().Where(_ => false);
        var toewijzingen = scope.Toewijzingen().Select(t => t.Id);
        var query = db.Set<Herinnering>().Where(h => toewijzingen.Contains(h.ToewijzingId));
        return scope.IsAanbieder ? query.Where(h => h.AanbiederId == scope.Organisatie.Id) : query;
    }

    /// <summary>A reminder with the toewijzing it was sent under.</summary>
    public sealed record HerinneringRow(Herinnering Herinnering, string Client, string ToewijzingNummer);

    /// <summary>The reminders in view, optionally of one toewijzing, newest appointment first.</summary>
    public async Task<List<HerinneringRow>> HerinneringenAsync(Guid? toewijzingId = null, CancellationToken ct = default)
    {
        var query = HerinneringenInView();
        if (toewijzingId is { } id)
            query = query.Where(h => h.ToewijzingId == id);
        var lijst = await query.ToListAsync(ct);
        var toewijzingIds = lijst.Select(h => h.ToewijzingId).Distinct().ToList();
        var clientIds = lijst.Select(h => h.ClientId).Distinct().ToList();
        var nummers = await db.Toewijzingen.Where(t => toewijzingIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.ToewijzingNummer, ct);
        var clienten = await db.Clienten.Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.VolledigeNaam, ct);
        return lijst.OrderByDescending(h => h.AfspraakOp).ThenByDescending(h => h.VerzondenOp)
            .Select(h => new HerinneringRow(h, clienten.GetValueOrDefault(h.ClientId, ""), nummers.GetValueOrDefault(h.ToewijzingId, ""))).ToList();
    }

    /// <summary>Registers a reminder sent to the client (IB-22a). Another organisation's toewijzing: not found.</summary>
    public async Task<SaveResult> RegisterHerinneringAsync(HerinneringInput invoer, CancellationToken ct = default)
    {
        if (!MagRegistreren)
            return SaveResult.NotFound();
        var toewijzing = await scope.Toewijzingen().FirstOrDefaultAsync(t => t.Id == invoer.ToewijzingId, ct);
        if (toewijzing is null)
            return invoer.ToewijzingId == Guid.Empty
                ? SaveResult.Invalid(nameof(HerinneringInput.ToewijzingId), "Kies een toewijzing van uw organisatie.")
                : SaveResult.NotFound();
        DateTimeOffset? afspraak = invoer.AfspraakDatum == default ? null : Amsterdam.ToUtc(invoer.AfspraakDatum.ToDateTime(invoer.AfspraakTijd));
        DateTimeOffset? verzonden = invoer.VerzondenDatum == default ? null : Amsterdam.ToUtc(invoer.VerzondenDatum.ToDateTime(invoer.VerzondenTijd));
        var nu = clock.GetUtcNow();
        var fouten = Herinnering.Check(afspraak, verzonden, invoer.Kanaal, nu,
            (nameof(HerinneringInput.AfspraakDatum), nameof(HerinneringInput.VerzondenDatum), nameof(HerinneringInput.Kanaal))).ToList();
        if (invoer.Toelichting is { Length: > 500 })
            fouten.Add(new(nameof(HerinneringInput.Toelichting), "De toelichting is te lang (hoogstens 500 tekens)."));
        if (invoer.AfspraakDatum != default && (invoer.AfspraakDatum < toewijzing.Ingangsdatum || (toewijzing.Einddatum is { } eind && invoer.AfspraakDatum > eind)))
            fouten.Add(new(nameof(HerinneringInput.AfspraakDatum), $"De afspraak ligt buiten de toewijzing ({toewijzing.Ingangsdatum:dd-MM-yyyy} t/m {toewijzing.Einddatum:dd-MM-yyyy})."));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var herinnering = new Herinnering
        {
            AanbiederId = scope.Organisatie.Id, ContractId = toewijzing.ContractId, ToewijzingId = toewijzing.Id, ClientId = toewijzing.ClientId,
            AfspraakOp = afspraak!.Value, VerzondenOp = verzonden!.Value, Kanaal = invoer.Kanaal,
            Toelichting = string.IsNullOrWhiteSpace(invoer.Toelichting) ? null : invoer.Toelichting.Trim(),
            GeregistreerdDoor = actor.Email, GeregistreerdOp = nu,
        };
        db.Add(herinnering);
        await db.SaveChangesAsync(ct);
        return SaveResult.Ok(herinnering.Id);
    }
}
