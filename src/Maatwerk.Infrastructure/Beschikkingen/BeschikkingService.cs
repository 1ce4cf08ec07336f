using Maatwerk.Domain.Beschikkingen;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Beschikkingen;

/// <summary>What a consulent enters to record a beschikking.</summary>
public sealed record BeschikkingInput
{
    public Guid ClientId { get; init; }
    public string Nummer { get; init; } = "";
    public DateOnly Besluitdatum { get; init; }
    public DateOnly Ingangsdatum { get; init; }
    public DateOnly? Einddatum { get; init; }
    public string Omschrijving { get; init; } = "";
}

/// <summary>The gemeente's beschikkingen of its clients: the consulent records them and issues toewijzingen from them.
/// They are the gemeente's decisions; an aanbieder sees the toewijzing, not the beschikking.</summary>
public sealed class BeschikkingService(MaatwerkDbContext db, DataScope scope, TimeProvider clock)
{
    public bool MagVastleggen => !scope.IsAanbieder && scope.Rol == Rol.Consulent;

    public Task<List<Beschikking>> ForClientAsync(Guid clientId, CancellationToken ct = default)
    {
        if (scope.IsAanbieder)
            return Task.FromResult(new List<Beschikking>());
        var inView = scope.Clienten().Select(c => c.Id);
        return db.Beschikkingen.Where(b => b.ClientId == clientId && inView.Contains(b.ClientId)).OrderByDescending(b => b.Ingangsdatum).ToListAsync(ct);
    }

    public async Task<Beschikking?> GetAsync(Guid id, CancellationToken ct = default) =>
        scope.IsAanbieder ? null : await db.Beschikkingen.FirstOrDefaultAsync(b => b.Id == id && scope.Clienten().Select(c => c.Id).Contains(b.ClientId), ct);

    public async Task<SaveResult> RecordAsync(BeschikkingInput invoer, CancellationToken ct = default)
    {
        if (!MagVastleggen)
            return SaveResult.NotFound();
        var beschikking = new Beschikking
        {
            ClientId = invoer.ClientId, Nummer = invoer.Nummer.Trim(), Besluitdatum = invoer.Besluitdatum, Ingangsdatum = invoer.Ingangsdatum,
            Einddatum = invoer.Einddatum, Omschrijving = invoer.Omschrijving.Trim(),
        };
        var fouten = beschikking.Validate(Amsterdam.Today(clock)).ToList();
        if (!await scope.Clienten().AnyAsync(c => c.Id == invoer.ClientId, ct))
            fouten.Add(new(nameof(BeschikkingInput.ClientId), "Kies een cliënt van uw gemeente."));
        else if (await db.Beschikkingen.AnyAsync(b => b.ClientId == invoer.ClientId && b.Nummer == beschikking.Nummer, ct))
            fouten.Add(new(nameof(BeschikkingInput.Nummer), $"Deze cliënt heeft al een beschikking met nummer {beschikking.Nummer}."));
        if (fouten.Count > 0)
            return SaveResult.Invalid(fouten);
        db.Beschikkingen.Add(beschikking);
        return await db.SaveAsync(beschikking, [], null, ct: ct);
    }
}
