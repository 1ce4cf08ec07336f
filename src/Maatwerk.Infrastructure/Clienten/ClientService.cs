using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>Clients as the signed-in user may see and change them. Every read of one client is audited.</summary>
public sealed class ClientService(MaatwerkDbContext db, DataScope scope, TimeProvider clock)
{
    public const string DuplicaatMelding = "Er staat al een cliënt met dit BSN bij deze gemeente ingeschreven.";

    public Task<List<Client>> ListAsync(string? zoek, CancellationToken ct = default)
    {
        var query = scope.Clienten();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            query = query.Where(c => c.Bsn == z || c.Achternaam.ToLower().Contains(z.ToLower()) || c.Voornamen.ToLower().Contains(z.ToLower()));
        }
        return query.OrderBy(c => c.Achternaam).ThenBy(c => c.Voornamen).ToListAsync(ct);
    }

    public async Task<Client?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var client = await scope.Clienten().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
            return null;
        db.LogRead(nameof(Client), id);
        await db.SaveChangesAsync(ct);
        return client;
    }

    /// <summary>Only a gemeente registers residents; an aanbieder receives them through a toewijzing.</summary>
    public bool MagWijzigen => !scope.IsAanbieder;

    public async Task<SaveResult> CreateAsync(ClientInvoer invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var client = new Client();
        invoer.ApplyTo(client);
        var errors = Validate(client);
        db.Clienten.Add(client);
        return await db.SaveAsync(client, errors, null, (nameof(Client.Bsn), DuplicaatMelding), ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, ClientInvoer invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var client = await scope.Clienten().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
            return SaveResult.NotFound();
        invoer.ApplyTo(client);
        return await db.SaveAsync(client, Validate(client), invoer.Versie, (nameof(Client.Bsn), DuplicaatMelding), ct);
    }

    private List<Domain.Common.ValidationError> Validate(Client client)
    {
        var errors = client.Validate(Amsterdam.Vandaag(clock)).ToList();
        if (client.GemeenteId != Guid.Empty && !scope.GemeenteIds.Contains(client.GemeenteId))
            errors.Add(new(nameof(Client.GemeenteId), "U kunt alleen cliënten van uw eigen gemeente(n) registreren."));
        return errors;
    }
}
