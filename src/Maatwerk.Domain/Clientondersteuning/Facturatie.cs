using Maatwerk.Domain.Common;
using Maatwerk.Domain.Declaraties;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>One line of the OCO provider's periodic invoice to a gemeente: the support given on one resident's question in
/// the period, of one kind (one-off information and advice, or a trajectory), with the contacts beneath it. A line exists
/// only with registered delivery under it and links to those contact records (OCO-6.1a).</summary>
public sealed record Factuurregel(Guid MeldingId, Contactsoort Soort, DateOnly EersteLevering, DateOnly LaatsteLevering, IReadOnlyList<Guid> Contacten)
{
    public int Aantal => Contacten.Count;
    public string Omschrijving => OmschrijvingOf(Soort);

    /// <summary>The kind of support as the invoice names it.</summary>
    public static string OmschrijvingOf(Contactsoort soort) => soort == Contactsoort.Trajectcontact ? "Traject cliëntondersteuning" : "Eenmalig informatie en advies";
}

/// <summary>A contact in the period that the invoice leaves out because the support is older than the contract lets the
/// gemeente process (OCO-6.1c), with the message naming the clause.</summary>
public sealed record GeweigerdeLevering(Guid MeldingId, Guid ContactId, DateOnly Datum, string Reden);

/// <summary>The specification of the periodic invoice of one gemeente: the lines, and what was left out and why.</summary>
public sealed record Factuurspecificatie(DateOnly Van, DateOnly Tot, IReadOnlyList<Factuurregel> Regels, IReadOnlyList<GeweigerdeLevering> Geweigerd)
{
    public int Contacten => Regels.Sum(r => r.Aantal);
    public int Inwoners => Regels.Select(r => r.MeldingId).Distinct().Count();
}

/// <summary>Builds the OCO invoice from registered delivery. The OCO programme of requirements names no price (no tariff,
/// no lump sum, no price per trajectory; next-capabilities "OCO: no tariffs"): it says only what may be invoiced. So the
/// invoice is a specification of delivered support in quantities, each line traced to its contacts:
/// <list type="bullet">
/// <item>OCO-6.1a "Alleen de feitelijk geleverde dienstverlening kan in rekening worden gebracht": a line is made from the
/// contacts registered in the period and nothing else; a melding or trajectory without a contact in the period has no line.</item>
/// <item>OCO-6.1c "Facturen die gaan over ondersteuning van meer dan 1 jaar oud, worden niet in behandeling genomen"
/// (OCO-A10: from the delivery date to the day of submission): the profile's age limit, the same rule the 323 pre-flight
/// uses (<see cref="Declaratietermijnen.TeOud"/>), leaves every contact older than the limit out, with its message.</item>
/// </list></summary>
public static class Facturatie
{
    /// <summary>The last full calendar month before <paramref name="vandaag"/>: the default invoice period.</summary>
    public static (DateOnly Van, DateOnly Tot) VorigeMaand(DateOnly vandaag)
    {
        var van = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        return (van, van.AddMonths(1).AddDays(-1));
    }

    /// <summary>The lines of the period from the contacts (<paramref name="termijnen"/>: the age terms of each melding's
    /// contract, by melding id); contacts after today are not delivery yet.</summary>
    public static Factuurspecificatie Build(IEnumerable<Contactmoment> contacten, DateOnly van, DateOnly tot, Func<DateTimeOffset, DateOnly> dag,
        Func<Guid, Declaratietermijnen> termijnen, DateOnly vandaag)
    {
        var geweigerd = new List<GeweigerdeLevering>();
        var geleverd = new List<(Contactmoment Contact, DateOnly Datum)>();
        foreach (var c in contacten.Select(c => (Contact: c, Datum: dag(c.Moment))).Where(c => c.Datum >= van && c.Datum <= tot && c.Datum <= vandaag)
                     .OrderBy(c => c.Contact.Moment))
        {
            if (termijnen(c.Contact.MeldingId).TeOud(c.Datum, vandaag, $"Het contact van {c.Datum:dd-MM-yyyy}") is { } reden)
                geweigerd.Add(new GeweigerdeLevering(c.Contact.MeldingId, c.Contact.Id, c.Datum, reden));
            else
                geleverd.Add(c);
        }
        var regels = geleverd.GroupBy(c => (c.Contact.MeldingId, c.Contact.Soort))
            .Select(g => new Factuurregel(g.Key.MeldingId, g.Key.Soort, g.Min(c => c.Datum), g.Max(c => c.Datum), g.Select(c => c.Contact.Id).ToList()))
            .OrderBy(r => r.EersteLevering).ThenBy(r => r.Soort).ToList();
        return new Factuurspecificatie(van, tot, regels, geweigerd);
    }

    /// <summary>The period of an invoice: it ends on or after its start, and not in the future (only delivered support).</summary>
    public static IReadOnlyList<ValidationError> ValidatePeriode(DateOnly van, DateOnly tot, DateOnly vandaag)
    {
        var v = new Validator();
        v.Check("Van", van != default, "Vul het begin van de factuurperiode in.");
        v.Check("Tot", tot != default, "Vul het einde van de factuurperiode in.");
        if (van != default && tot != default)
            v.Check("Tot", tot >= van, "Het einde van de factuurperiode ligt niet vóór het begin.");
        if (van != default)
            v.Check("Van", van <= vandaag, "Een factuurperiode begint niet in de toekomst: alleen geleverde ondersteuning wordt gefactureerd (OCO-6.1a).");
        return v.Errors;
    }
}
