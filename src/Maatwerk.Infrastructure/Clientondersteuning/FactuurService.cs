using Maatwerk.Domain.Clientondersteuning;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.Autorisatie;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Clientondersteuning;

/// <summary>The OCO provider's periodic invoice to a gemeente, built from registered delivery (OCO-6.1a) and without support
/// older than the contract's limit (OCO-6.1c, the rule the 323 pre-flight uses). The coordinator (administratie) of the
/// provider makes it; the specification names meldingen by number, never the resident.</summary>
public sealed class FactuurService(MaatwerkDbContext db, DataScope scope, ContractProfileCatalog catalogus, TimeProvider clock)
{
    public sealed record Specificatie(string Gemeente, string Aanbieder, Factuurspecificatie Factuur, IReadOnlyDictionary<Guid, string> Meldingnummers);

    public bool MagOpstellen => scope.IsAanbieder && scope.Rol == Rol.Administratie;
    public DateOnly Vandaag => Amsterdam.Today(clock);

    /// <summary>The number a melding has on the invoice: the start of its id, so the gemeente can ask about a line
    /// without learning who the resident is.</summary>
    public static string Meldingnummer(Guid id) => id.ToString("N")[..8].ToUpperInvariant();

    public async Task<List<Domain.Organisaties.Organisatie>> GemeentenAsync(CancellationToken ct = default) =>
        MagOpstellen ? await OcoScope.GemeentenAsync(db, await scope.OcoContracten().ToListAsync(ct), ct) : [];

    /// <summary>The specification for a gemeente and period, or the field messages.</summary>
    public async Task<(Specificatie? Specificatie, IReadOnlyList<ValidationError> Errors)> BuildAsync(FactuurInput invoer, CancellationToken ct = default)
    {
        if (!MagOpstellen)
            return (null, [new ValidationError("", "Alleen de coördinator van de aanbieder stelt de factuur op.")]);
        var fouten = Facturatie.ValidatePeriode(invoer.Van, invoer.Tot, Vandaag).ToList();
        var gemeente = (await GemeentenAsync(ct)).FirstOrDefault(g => g.Id == invoer.GemeenteId);
        if (gemeente is null)
            fouten.Add(new(nameof(FactuurInput.GemeenteId), "Kies een gemeente van uw contract voor cliëntondersteuning."));
        if (fouten.Count > 0)
            return (null, fouten);
        var meldingen = await scope.Meldingen(db).Where(m => m.GemeenteId == gemeente!.Id).Select(m => new { m.Id, m.ContractId }).ToListAsync(ct);
        var ids = meldingen.Select(m => m.Id).ToList();
        var contracten = await scope.OcoContracten().ToListAsync(ct);
        var termijnen = contracten.ToDictionary(c => c.Id, c => Declaratietermijnen.Uit(catalogus.Find(c.ProfielId, c.ProfielVersie)));
        var perMelding = meldingen.ToDictionary(m => m.Id, m => termijnen.GetValueOrDefault(m.ContractId, Declaratietermijnen.Geen));
        // Contacts are read a day around the period: the period is in Amsterdam days, the moments are stored in UTC.
        var (van, tot) = (Amsterdam.StartOf(invoer.Van.AddDays(-1)), Amsterdam.StartOf(invoer.Tot.AddDays(2)));
        var contacten = await db.Set<Contactmoment>().Where(c => ids.Contains(c.MeldingId) && c.Moment >= van && c.Moment < tot).ToListAsync(ct);
        var factuur = Facturatie.Build(contacten, invoer.Van, invoer.Tot, OcoScope.Day, id => perMelding[id], Vandaag);
        var nummers = factuur.Regels.Select(r => r.MeldingId).Concat(factuur.Geweigerd.Select(g => g.MeldingId)).Distinct()
            .ToDictionary(id => id, Meldingnummer);
        return (new Specificatie(gemeente!.Naam, scope.Organisatie.Naam, factuur, nummers), []);
    }
}
