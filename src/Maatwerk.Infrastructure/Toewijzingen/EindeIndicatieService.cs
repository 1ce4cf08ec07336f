using Maatwerk.Domain.Clienten;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Domain.Toewijzingen;
using Maatwerk.Domain.Verplichtingen;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Toewijzingen;

/// <summary>What the aanbieder registers after informing the client about the end of the indication (IB-27a/b).</summary>
public sealed record EindeIndicatieInput
{
    public DateOnly Datum { get; init; }
    /// <summary>brief, gesprek or email (see <see cref="EindeIndicatieMelding.Wijzen"/>).</summary>
    public string? Wijze { get; init; }
    /// <summary>Whether the client was advised to request an extension at the gemeente (IB-27b).</summary>
    public bool Verlengingsadvies { get; init; }
    public string? Toelichting { get; init; }
}

/// <summary>
/// IB-27a/b: the aanbieder tells the client, at least 2 months before the end date (the profile's rule), that the
/// toewijzing ends and how to request an extension. A printable letter and the registration of the event
/// "client-geinformeerd-einde", which meets the obligation through the obligations engine.
/// </summary>
public sealed class EindeIndicatieService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, UnitOfWork unitOfWork,
    ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Everything the letter and the details page show.</summary>
    public sealed record Overview(Toewijzing Toewijzing, Client Client, string Aanbieder, string Gemeente, string Product,
        DateOnly? Deadline, string? Bron, IReadOnlyList<ContractGebeurtenis> Meldingen, bool MagBrief, bool ContractKentMelding)
    {
        /// <summary>The aanbieder may register the notice now (the contract profile knows the event).</summary>
        public bool MagRegistreren => MagBrief && ContractKentMelding;
    }

    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>At the aanbieder, administratie/planner and begeleider inform the client.</summary>
    public bool MagUitvoeren => scope.IsAanbieder && scope.Rol is Rol.Administratie or Rol.Begeleider;

    /// <summary>The notices so far and the deadline, for anyone who sees the toewijzing; null when not in view.</summary>
    public async Task<Overview?> OverviewAsync(Guid toewijzingId, bool metClient, CancellationToken ct = default)
    {
        var t = await scope.Toewijzingen().FirstOrDefaultAsync(x => x.Id == toewijzingId, ct);
        if (t is null)
            return null;
        var contract = await db.Contracten.FirstAsync(c => c.Id == t.ContractId, ct);
        var client = await db.Clienten.FirstAsync(c => c.Id == t.ClientId, ct);
        if (metClient)
        {
            db.LogRead(nameof(Client), client.Id);
            await db.SaveChangesAsync(ct);
        }
        var aanbieder = await db.Organisaties.Where(o => o.Id == contract.AanbiederId).Select(o => o.Naam).FirstAsync(ct);
        var gemeente = await db.Organisaties.Where(o => o.Id == client.GemeenteId).Select(o => o.Naam).FirstAsync(ct);
        var profiel = catalogus.Find(contract.ProfielId, contract.ProfielVersie);
        var product = (t.Productcode is { } code ? profiel?.FindProduct(code)?.Naam : null) ?? t.Productcode ?? $"productcategorie {t.Productcategorie}";
        var deadline = t.Einddatum is { } einde ? EindeIndicatieMelding.Deadline(profiel, einde) : null;
        var meldingen = await db.Gebeurtenissen.Where(g => g.ToewijzingId == t.Id && g.Soort == EindeIndicatieMelding.Gebeurtenis)
            .OrderBy(g => g.Moment).ToListAsync(ct);
        var magBrief = MagUitvoeren && t.Einddatum is not null && EindeIndicatieMelding.IsZorgRunning(t);
        return new Overview(t, client, aanbieder, gemeente, product, deadline?.Deadline, deadline?.Regel.Bron, meldingen, magBrief,
            RequiresMelding(profiel));
    }

    public async Task<SaveResult> RegisterAsync(Guid toewijzingId, EindeIndicatieInput invoer, CancellationToken ct = default)
    {
        var t = await scope.Toewijzingen().FirstOrDefaultAsync(x => x.Id == toewijzingId, ct);
        if (t is null || !MagUitvoeren)
            return SaveResult.NotFound();
        var eerder = await db.Gebeurtenissen.Where(g => g.ToewijzingId == t.Id && g.Soort == EindeIndicatieMelding.Gebeurtenis)
            .Select(g => g.Toelichting).ToListAsync(ct);
        var fouten = EindeIndicatieMelding.Validate(t, invoer.Datum, invoer.Wijze, Vandaag, eerder).ToList();
        if (invoer.Toelichting is { Length: > 200 })
            fouten.Add(new("Toelichting", "Toelichting mag hoogstens 200 tekens lang zijn."));
        var contract = await db.Contracten.FirstAsync(c => c.Id == t.ContractId, ct);
        if (!RequiresMelding(catalogus.Find(contract.ProfielId, contract.ProfielVersie)))
            fouten.Add(new("Contract", $"Het contract ({contract.ProfielId}) vraagt niet om de cliënt vóór het einde te informeren; er is niets vast te leggen."));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        var toelichting = EindeIndicatieMelding.Toelichting(t.Einddatum!.Value, invoer.Wijze!, invoer.Verlengingsadvies)
            + (string.IsNullOrWhiteSpace(invoer.Toelichting) ? "" : $"; {invoer.Toelichting.Trim()}");
        return await unitOfWork.ExecuteAsync(() =>
        {
            KetenGebeurtenissen.Add(db, catalogus, clock, actor.Email, t, contract, EindeIndicatieMelding.Gebeurtenis, invoer.Datum, toelichting);
            return Task.FromResult(SaveResult.Ok(t.Id));
        }, ct);
    }

    /// <summary>The contract asks to inform the client before the end (a rule met by the notice, e.g. IB-27a).</summary>
    private static bool RequiresMelding(ContractProfile? profiel) =>
        profiel?.Regels.Any(r => r.VoldaanDoor.Contains(EindeIndicatieMelding.Gebeurtenis)) == true;
}
