using Maatwerk.Domain.Common;
using Maatwerk.Domain.Verantwoording;
using Maatwerk.Infrastructure.Audit;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Verantwoording;

/// <summary>The profit percentage with the annual accounts (IB-45, DEV-Eis25/MR-30): the aanbieder records revenue and result;
/// above the contract's cap the contract manager asks for an explanation, the aanbieder answers, the contract manager records
/// "geaccepteerd" or a measure (a recorded decision without automatic effect).</summary>
public sealed class WinstService(MaatwerkDbContext db, ICurrentActor actor, TimeProvider clock, UnitOfWork unitOfWork, JaarrekeningService jaarrekeningen)
{
    public sealed record CijfersInvoer
    {
        public decimal? Omzet { get; init; }
        public decimal? Resultaat { get; init; }
    }

    public sealed record VraagInvoer
    {
        public string? Vraag { get; init; }
    }

    public sealed record AntwoordInvoer
    {
        public string? Antwoord { get; init; }
    }

    public sealed record OordeelInvoer
    {
        public WinstOordeel? Oordeel { get; init; }
        public WinstMaatregel? Maatregel { get; init; }
        public string? Notitie { get; init; }
    }

    /// <summary>Revenue and result; correctable until the gemeente has asked about them.</summary>
    public Task<SaveResult> RecordCijfersAsync(Guid id, CijfersInvoer invoer, CancellationToken ct = default) =>
        WithAsync(id, jaarrekeningen.MagIndienen, (j, _) =>
        {
            var fouten = Winstnorm.ValidateCijfers(invoer.Omzet, invoer.Resultaat).ToList();
            if (j.ToelichtingGevraagdOp is not null)
                fouten.Add(new("Omzet", "De gemeente heeft al een toelichting op deze cijfers gevraagd; ze kunnen niet meer worden gewijzigd."));
            if (fouten.Count > 0)
                return fouten;
            (j.Omzet, j.Resultaat, j.CijfersDoor, j.CijfersOp) = (invoer.Omzet, invoer.Resultaat, actor.Email, clock.GetUtcNow());
            return [];
        }, ct);

    public Task<SaveResult> AskAsync(Guid id, VraagInvoer invoer, CancellationToken ct = default) =>
        WithAsync(id, jaarrekeningen.MagBeoordelen, (j, boven) =>
        {
            var fouten = Winstverantwoording.ValidateVraag(boven, j, invoer.Vraag);
            if (fouten.Count == 0)
                (j.Vraag, j.VraagDoor, j.ToelichtingGevraagdOp, j.Antwoord, j.AntwoordDoor, j.AntwoordOp) =
                    (invoer.Vraag!.Trim(), actor.Email, clock.GetUtcNow(), null, null, null);
            return fouten;
        }, ct);

    public Task<SaveResult> AnswerAsync(Guid id, AntwoordInvoer invoer, CancellationToken ct = default) =>
        WithAsync(id, jaarrekeningen.MagIndienen, (j, _) =>
        {
            var fouten = Winstverantwoording.ValidateAntwoord(j, invoer.Antwoord);
            if (fouten.Count == 0)
                (j.Antwoord, j.AntwoordDoor, j.AntwoordOp) = (invoer.Antwoord!.Trim(), actor.Email, clock.GetUtcNow());
            return fouten;
        }, ct);

    public Task<SaveResult> JudgeAsync(Guid id, OordeelInvoer invoer, CancellationToken ct = default) =>
        WithAsync(id, jaarrekeningen.MagBeoordelen, (j, boven) =>
        {
            var fouten = Winstverantwoording.ValidateOordeel(boven, j, invoer.Oordeel, invoer.Maatregel, invoer.Notitie);
            if (fouten.Count == 0)
                (j.Oordeel, j.Maatregel, j.OordeelNotitie, j.OordeelDoor, j.OordeelOp) = (invoer.Oordeel,
                    invoer.Oordeel == WinstOordeel.Maatregel ? invoer.Maatregel : null, string.IsNullOrWhiteSpace(invoer.Notitie) ? null : invoer.Notitie.Trim(),
                    actor.Email, clock.GetUtcNow());
            return fouten;
        }, ct);

    /// <summary>Loads the accounts in view (404 otherwise, or when the role may not), applies the step, saves once.</summary>
    private Task<SaveResult> WithAsync(Guid id, bool mag, Func<Jaarrekening, bool, IReadOnlyList<ValidationError>> stap, CancellationToken ct) =>
        unitOfWork.ExecuteAsync(async () =>
        {
            if (!mag || await jaarrekeningen.InScope().FirstOrDefaultAsync(j => j.Id == id, ct) is not { } j)
                return SaveResult.NotFound();
            var contract = await db.Contracten.AsNoTracking().FirstAsync(c => c.Id == j.ContractId, ct);
            var fouten = stap(j, jaarrekeningen.NormOf(contract)?.IsBoven(j.Winstpercentage) == true);
            if (fouten.Count > 0)
                return SaveResult.Invalid(fouten);
            j.Versie = Guid.NewGuid();
            await db.SaveChangesAsync(ct);
            return SaveResult.Ok(j.Id);
        }, ct);
}
