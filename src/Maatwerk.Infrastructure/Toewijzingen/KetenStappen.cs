using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Berichten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.IWmo.Berichten;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>Around a step of the chain: what it needs to know before (<see cref="ContextAsync"/>) and storing what it did
/// after (<see cref="ApplyAsync"/>): the events it registered and took back, and the iWmo message it sends between the
/// client's gemeente and the aanbieder (301 to the aanbieder; 305/307 back), answered at once by the receiving side with
/// its retourbericht. Nothing is saved here; the caller's <see cref="UnitOfWork"/> commits.</summary>
public sealed class KetenStappen(MaatwerkDbContext db, Domain.Contracten.ContractProfileCatalog catalogus, BerichtenService berichten,
    ICurrentActor actor, TimeProvider clock)
{
    /// <summary>What a step of this toewijzing may need to know: the profile (stop rules), the warm hand-over checklist and,
    /// for withdrawing a resumption, the temporary stop before it (read from the timeline).</summary>
    public async Task<StapContext> ContextAsync(Toewijzing t, Domain.Contracten.Contract contract, bool uitBericht, CancellationToken ct)
    {
        var tijdlijn = t.HervatOp is null ? [] : await db.Gebeurtenissen.Where(g => g.ToewijzingId == t.Id).OrderBy(g => g.Moment).ToListAsync(ct);
        return new StapContext(Amsterdam.Today(clock))
        {
            Profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie),
            Overdracht = await db.WarmeOverdrachten.FirstOrDefaultAsync(o => o.ToewijzingId == t.Id, ct),
            VorigeOnderbreking = t.HervatOp is { } hervat ? Onderbrekingen.For(tijdlijn, hervat) : null,
            UitBericht = uitBericht,
        };
    }

    /// <param name="voorStap">The toewijzing as it was before the step: a withdrawal carries the key of the message it withdraws.</param>
    /// <param name="verzend">False for a step that came in as a message from another system (it was sent there).</param>
    public async Task ApplyAsync(Toewijzing t, Domain.Contracten.Contract contract, StapOutcome uitkomst, Toewijzing? voorStap, bool verzend,
        string? door = null, CancellationToken ct = default)
    {
        foreach (var (soort, datum) in uitkomst.Vervallen)
        {
            var weg = await db.Gebeurtenissen.Where(g => g.ToewijzingId == t.Id && g.Soort == soort).ToListAsync(ct);
            db.Gebeurtenissen.RemoveRange(weg.Where(g => datum is null || DateOnly.FromDateTime(Amsterdam.Local(g.Moment)) == datum));
        }
        foreach (var feit in uitkomst.Feiten)
            KetenGebeurtenissen.Add(db, catalogus, clock, door ?? actor.Email, t, contract, feit.Soort, feit.Datum, feit.Toelichting);
        if (verzend && uitkomst.Bericht is { } code)
            await SendAsync(uitkomst.Intrekken ? voorStap ?? t : t, contract, code, uitkomst.Intrekken, ct);
    }

    private async Task SendAsync(Toewijzing t, Domain.Contracten.Contract contract, string code, bool intrekken, CancellationToken ct)
    {
        var client = await db.Clienten.FirstAsync(c => c.Id == t.ClientId, ct);
        var gemeente = await db.Organisaties.FirstAsync(o => o.Id == client.GemeenteId, ct);
        var aanbieder = await db.Organisaties.FirstAsync(o => o.Id == contract.AanbiederId, ct);
        var naarAanbieder = code == BerichtCatalog.Wmo301.Naam;
        var (van, naar) = naarAanbieder ? (gemeente, aanbieder) : (aanbieder, gemeente);
        var vandaag = Amsterdam.Today(clock);
        var partijen = new BerichtBuilder.Parties((van.Gemeentecode ?? van.AgbCode)!, (naar.Gemeentecode ?? naar.AgbCode)!, BerichtenService.NewIdentificatie(), vandaag);
        var tijd = TimeOnly.FromDateTime(Amsterdam.Local(clock.GetUtcNow()));
        var bericht = naarAanbieder ? BerichtBuilder.Toewijzing301(partijen, client, t, tijd, t.RedenWijziging is null ? null : vandaag, t.ReferentieAanbieder)
            : code == BerichtCatalog.Wmo305.Naam ? BerichtBuilder.Start305(partijen, client, t, intrekken)
            : BerichtBuilder.Stop307(partijen, client, t, intrekken);
        var verzonden = berichten.Send(bericht, van, naar, t.Id, client.Id);
        // The receiving side answered at once (OP090): that retour meets the retour term of a new toewijzing.
        if (naarAanbieder && t.RedenWijziging is null && verzonden.RetourXml is not null)
            KetenGebeurtenissen.Add(db, catalogus, clock, "platform", t, contract, KetenGebeurtenis.RetourVerzonden, vandaag,
                $"{verzonden.RetourSoort} op {verzonden.Soort} {verzonden.Identificatie}", clock.GetUtcNow());
    }
}
