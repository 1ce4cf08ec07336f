using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Ervaringsonderzoek;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Ervaringsonderzoek;

/// <summary>The client's side of the one-time link (IB-47b), without login: the page shows a greeting and the IB-47
/// questions, nothing else of the client; answering stores the response with its events and uses the link up.</summary>
public sealed class ErvaringslinkService(MaatwerkDbContext db, ContractProfileCatalog catalogus, UnitOfWork unitOfWork, TimeProvider clock)
{
    public const string Door = "cliënt (link)";

    public DateOnly Vandaag => Amsterdam.Today(clock);

    public sealed record LinkView(string Aanhef, string Zorgaanbieder, string? Onbruikbaar);

    private Task<Ervaringslink?> FindLinkAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
            return Task.FromResult<Ervaringslink?>(null);
        var hash = ErvaringEvents.Hash(token);
        return db.Set<Ervaringslink>().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
    }

    public async Task<LinkView?> FindAsync(string? token, CancellationToken ct = default) =>
        await FindLinkAsync(token, ct) is { } link ? new LinkView(link.Aanhef, link.Zorgaanbieder, link.Unusable(clock.GetUtcNow())) : null;

    /// <summary>Stores the client's answers; the date is today and the channel digital, whatever was posted.</summary>
    public async Task<SaveResult> SubmitAsync(string? token, ClientervaringInput invoer, CancellationToken ct = default)
    {
        if (await FindLinkAsync(token, ct) is not { } link)
            return SaveResult.NotFound();
        var nu = clock.GetUtcNow();
        var reactie = (invoer with { Datum = Vandaag }).ToClientervaring();
        (reactie.GeregistreerdDoor, reactie.GeregistreerdOp) = (Door, nu);
        if (link.Use(reactie, nu) is { Count: > 0 } gebruikt)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(gebruikt);
        }
        if (reactie.Validate(Vandaag) is { Count: > 0 } fouten)
        {
            db.ChangeTracker.Clear();
            return SaveResult.Invalid(fouten);
        }
        return await unitOfWork.ExecuteAsync(async () =>
        {
            db.Add(reactie);
            await ErvaringEvents.AddAsync(db, catalogus, reactie, Door, ct);
            return SaveResult.Ok(reactie.Id);
        }, ct);
    }
}
