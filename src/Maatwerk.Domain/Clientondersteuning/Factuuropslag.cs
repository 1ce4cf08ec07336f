using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>Storing an invoice: no period twice for a gemeente, and a line only from registered contacts (OCO-6.1a).</summary>
public static class Factuuropslag
{
    public sealed record Bestaand(string Nummer, DateOnly Van, DateOnly Tot);

    /// <summary>The stored invoice for the specification, or the field messages: a period that overlaps an invoice already
    /// stored for this gemeente is refused (no double invoicing), so is a specification without a line, and a line whose
    /// contacts are not all among <paramref name="geregistreerd"/> (the contacts registered for the gemeente).</summary>
    public static (OcoFactuur? Factuur, IReadOnlyList<ValidationError> Errors) Maak(Factuurspecificatie specificatie, IEnumerable<Bestaand> bestaande,
        ISet<Guid> geregistreerd, Func<OcoFactuur> nieuw)
    {
        var v = new Validator();
        foreach (var b in bestaande.Where(b => b.Van <= specificatie.Tot && b.Tot >= specificatie.Van).OrderBy(b => b.Van))
            v.Check("Van", false, $"De periode {b.Van:dd-MM-yyyy} t/m {b.Tot:dd-MM-yyyy} is voor deze gemeente al gefactureerd (factuur {b.Nummer}); "
                + "een periode wordt niet twee keer gefactureerd (OCO-6.1a).");
        v.Check("Van", specificatie.Regels.Count > 0, "In deze periode is geen geregistreerde levering om te factureren (OCO-6.1a).");
        foreach (var r in specificatie.Regels)
            v.Check("Regels", r.Contacten.Count > 0 && r.Contacten.All(geregistreerd.Contains),
                "Een factuurregel bestaat alleen uit geregistreerde contacten van deze gemeente (OCO-6.1a).");
        if (v.Errors.Count > 0)
            return (null, v.Errors);
        var factuur = nieuw();
        (factuur.Van, factuur.Tot) = (specificatie.Van, specificatie.Tot);
        factuur.Regels = specificatie.Regels.Select(r =>
        {
            var regel = new OcoFactuurregel
            {
                FactuurId = factuur.Id, MeldingId = r.MeldingId, Soort = r.Soort, EersteLevering = r.EersteLevering,
                LaatsteLevering = r.LaatsteLevering, Aantal = r.Aantal,
            };
            regel.Contacten = r.Contacten.Distinct().Select(c => new OcoFactuurContact { RegelId = regel.Id, ContactId = c }).ToList();
            return regel;
        }).ToList();
        return (factuur, []);
    }
}
