using Maatwerk.Domain.Clienten;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Common.Lijsten;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clienten;

/// <summary>Clients as the signed-in user may see and change them. Every read of one client is audited.</summary>
public sealed class ClientService(MaatwerkDbContext db, DataScope scope, TimeProvider clock)
{
    public const string DuplicaatMelding = "Er staat al een cliënt met dit BSN bij deze gemeente ingeschreven.";

    /// <summary>The filter as the list page and API name it: gemeente (a regio sees the residents of several).</summary>
    public sealed record Filter(Guid? GemeenteId = null)
    {
        public static Filter Read(QueryReader q) => new(q.Guid("gemeente"));
    }

    public static readonly Sorting<Client> Sorteringen = new Sorting<Client>()
        .Add("naam", "achternaam, voornamen", q => q.OrderBy(c => c.Achternaam).ThenBy(c => c.Voornamen).ThenBy(c => c.Id))
        .Add("geboortedatum", "geboortedatum, oudste eerst", q => q.OrderBy(c => c.Geboortedatum).ThenBy(c => c.Id))
        .Add("woonplaats", "woonplaats, dan naam", q => q.OrderBy(c => c.Woonplaats).ThenBy(c => c.Achternaam).ThenBy(c => c.Id));

    public static readonly CsvExport<Client> Csv = new CsvExport<Client>()
        .Column("Achternaam", c => c.Achternaam)
        .Column("Tussenvoegsel", c => c.Tussenvoegsel)
        .Column("Voornamen", c => c.Voornamen)
        .Column("BSN", c => c.Bsn)
        .Column("Geboortedatum", c => c.Geboortedatum)
        .Column("Straat", c => c.Straat)
        .Column("Huisnummer", c => c.Huisnummer)
        .Column("Postcode", c => c.Postcode)
        .Column("Woonplaats", c => c.Woonplaats);

    /// <summary>One page of the clients in view: search by BSN (exact) or name (part, case-insensitive).</summary>
    public Task<ListPage<Client>> PageAsync(Filter filter, ListQuery query, CancellationToken ct = default) =>
        Filtered(filter, query.Zoek).ToPageAsync(query, q => Sorteringen.Apply(q, query.Sortering), q => q, ct);

    /// <summary>The whole filtered list for a CSV export, after an audit line: it is personal data of every client in it.</summary>
    public async Task<IAsyncEnumerable<Client>> ExportAsync(Filter filter, ListQuery query, CancellationToken ct = default)
    {
        await db.AuditExportAsync("Clienten", query.Beschrijf(("gemeente", filter.GemeenteId)), ct);
        return Filtered(filter, query.Zoek).Stream(q => Sorteringen.Apply(q, query.Sortering), q => q.AsNoTracking());
    }

    private IQueryable<Client> Filtered(Filter filter, string? zoek)
    {
        var query = scope.Clienten();
        if (filter.GemeenteId is { } gemeente)
            query = query.Where(c => c.GemeenteId == gemeente);
        return string.IsNullOrWhiteSpace(zoek) ? query : query.Matching(zoek);
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

    public async Task<SaveResult> CreateAsync(ClientInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var client = new Client();
        invoer.ApplyTo(client);
        var errors = Validate(client);
        db.Clienten.Add(client);
        return await db.SaveAsync(client, errors, null, (nameof(Client.Bsn), DuplicaatMelding), ct);
    }

    public async Task<SaveResult> UpdateAsync(Guid id, ClientInput invoer, CancellationToken ct = default)
    {
        if (!MagWijzigen)
            return SaveResult.NotFound();
        var client = await scope.Clienten().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (client is null)
            return SaveResult.NotFound();
        var gemeente = client.GemeenteId;
        invoer.ApplyTo(client);
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var resultaat = await db.SaveAsync(client, Validate(client), invoer.Versie, (nameof(Client.Bsn), DuplicaatMelding), ct);
        if (resultaat.Status != SaveStatus.Ok)
            return resultaat;
        if (client.GemeenteId != gemeente) // who sees the client's obligations moves with the client (a regio's member gemeenten)
            await db.Verplichtingen.Where(v => v.ClientId == client.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.GemeenteId, client.GemeenteId), ct);
        await transactie.CommitAsync(ct);
        return resultaat;
    }

    private List<Domain.Common.ValidationError> Validate(Client client)
    {
        var errors = client.Validate(Amsterdam.Today(clock)).ToList();
        if (client.GemeenteId != Guid.Empty && !scope.GemeenteIds.Contains(client.GemeenteId))
            errors.Add(new(nameof(Client.GemeenteId), "U kunt alleen cliënten van uw eigen gemeente(n) registreren."));
        return errors;
    }
}
