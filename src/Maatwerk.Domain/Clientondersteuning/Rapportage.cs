using System.Globalization;
using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Clientondersteuning;

/// <summary>One figure of the periodic report OCO-4.7 (a)–(q), with the meldingen behind it (each figure links to its records).</summary>
public sealed record Cijfer(string Onderdeel, string Omschrijving, string Waarde, IReadOnlyList<Guid> Meldingen);

/// <summary>A complaint from the complaints register about the OCO provider's support of one gemeente's residents
/// (OCO-4.7(j)–(l)): the day received, the day settled, resolved or not, and the melding it is linked to (if any).</summary>
public sealed record OcoKlacht(Guid KlachtId, Guid? MeldingId, DateOnly Ontvangen, DateOnly? Afgehandeld, bool Opgelost);

/// <summary>The registrations of one gemeente a report is computed from; the complaints come from the complaints register.</summary>
public sealed record RapportageGegevens(IReadOnlyList<Melding> Meldingen, IReadOnlyList<Contactmoment> Contacten, IReadOnlyList<Traject> Trajecten,
    IReadOnlyList<Verwijzing> Verwijzingen, IReadOnlyList<OcoKlacht>? Klachten = null);

/// <summary>The periodic report OCO-4.7 (a)–(q) over a period (default calendar half-years, OCO-A8), computed from the
/// registrations. Readings where 4.7 names a figure but not how to count it are in docs/clientondersteuning.md; in short:
/// a melding counts in the period it was received ((g), (h), (i)); a contact, referral or complaint on its own date; a
/// trajectory when it was active ((f)), started ((o)) or ended ((m), (p)); a resident is helped ((a)) when help was
/// obtained (OCO-2.7) or a trajectory ended with "geholpen" in the period. (q) is free text.</summary>
public static class Rapportage
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The calendar half-year containing <paramref name="datum"/> (OCO-A8).</summary>
    public static (DateOnly Van, DateOnly Tot) HalfJaar(DateOnly datum) => datum.Month <= 6
        ? (new DateOnly(datum.Year, 1, 1), new DateOnly(datum.Year, 6, 30))
        : (new DateOnly(datum.Year, 7, 1), new DateOnly(datum.Year, 12, 31));

    public static IReadOnlyList<ValidationError> ValidatePeriode(DateOnly van, DateOnly tot)
    {
        var v = new Validator()
            .Check("Van", van != default, "Vul het begin van de rapportageperiode in.")
            .Check("Tot", tot != default, "Vul het einde van de rapportageperiode in.");
        if (van != default && tot != default)
            v.Check("Tot", tot >= van, "De rapportageperiode kan niet eindigen vóór zij begint.");
        return v.Errors;
    }

    /// <param name="dag">The day of a moment in Europe/Amsterdam.</param>
    public static IReadOnlyList<Cijfer> Calculate(RapportageGegevens g, DateOnly van, DateOnly tot, Func<DateTimeOffset, DateOnly> dag, string? trends = null)
    {
        bool In(DateOnly d) => d >= van && d <= tot;
        var ontvangen = g.Meldingen.Where(m => In(dag(m.OntvangenOp))).ToList();
        var contacten = g.Contacten.Where(c => In(dag(c.Moment))).ToList();
        var perMelding = g.Meldingen.ToDictionary(m => m.Id);
        var trajectVan = g.Trajecten.ToDictionary(t => t.MeldingId);
        var cijfers = new List<Cijfer>();
        void Add(string code, string omschrijving, string waarde, IEnumerable<Guid> meldingen) =>
            cijfers.Add(new(code, omschrijving, waarde, meldingen.Distinct().ToList()));
        static string Aantal(int n) => n.ToString(CultureInfo.InvariantCulture);
        string Gemiddeld(IReadOnlyCollection<double> waarden, string eenheid) =>
            waarden.Count == 0 ? "—" : $"{waarden.Average().ToString("0.0", Nl)} {eenheid}";

        DateOnly? Afgerond(Melding m) => trajectVan.TryGetValue(m.Id, out var t) ? t.Einddatum : m.HulpVerkregenOp;
        var geholpen = g.Meldingen.Where(m => (m.HulpVerkregenOp is { } h && In(h))
            || (trajectVan.TryGetValue(m.Id, out var t) && t.Einddatum is { } e && In(e) && t.Geholpen == true)).ToList();
        Add("a", "Aantal inwoners geholpen met hun vraag", Aantal(geholpen.Count), geholpen.Select(m => m.Id));

        var verwijzingen = g.Verwijzingen.Where(v => In(v.Datum)).ToList();
        Add("b", "Aantal verwijzingen", Aantal(verwijzingen.Count), verwijzingen.Select(v => v.MeldingId));

        var verwijzerContacten = contacten.Where(c => c.MetVerwijzer).ToList();
        Add("c", "Aantal contacten met verwijzers", Aantal(verwijzerContacten.Count), verwijzerContacten.Select(c => c.MeldingId));

        var perClient = contacten.GroupBy(c => c.MeldingId).ToList();
        Add("d", "Aantal gesprekken per cliënt (gemiddeld)", perClient.Count == 0 ? "—" : ((double)contacten.Count / perClient.Count).ToString("0.0", Nl),
            perClient.Select(p => p.Key));

        var eenmalig = contacten.Where(c => c.Soort == Contactsoort.InformatieAdvies).ToList();
        Add("e", "Aantal eenmalige contacten informatie en advies", Aantal(eenmalig.Count), eenmalig.Select(c => c.MeldingId));

        var actief = g.Trajecten.Where(t => t.Startdatum <= tot && (t.Einddatum is null || t.Einddatum >= van)).ToList();
        Add("f", "Aantal trajecten (meerdere contacten)", Aantal(actief.Count), actief.Select(t => t.MeldingId));

        var eersteContact = ontvangen.Select(m => (m, c: g.Contacten.Where(c => c.MeldingId == m.Id).OrderBy(c => c.Moment).FirstOrDefault()))
            .Where(x => x.c is not null).ToList();
        Add("g", "Doorlooptijd van contacten: melding tot eerste contact (gemiddeld)",
            Gemiddeld(eersteContact.Select(x => (x.c!.Moment - x.m.OntvangenOp).TotalDays).ToList(), "dagen"), eersteContact.Select(x => x.m.Id));

        foreach (var (code, naam) in Melding.Levensdomeinen)
        {
            var metDomein = ontvangen.Where(m => m.LevensdomeinCodes.Contains(code)).ToList();
            if (metDomein.Count > 0)
                Add("h", $"Levensdomein: {naam}", Aantal(metDomein.Count), metDomein.Select(m => m.Id));
        }
        if (!cijfers.Any(c => c.Onderdeel == "h"))
            Add("h", "Levensdomein van de vraag", "0", []);

        var complex = ontvangen.Where(m => m.Complex).ToList();
        Add("i", "Aantal complexe (bovengemiddelde) vragen", Aantal(complex.Count), complex.Select(m => m.Id));

        // (j)–(l) from the complaints register: received in the period; settled in the period (throughput in calendar days); resolved.
        var register = g.Klachten ?? [];
        static IEnumerable<Guid> Gekoppeld(IEnumerable<OcoKlacht> k) => k.Where(x => x.MeldingId is not null).Select(x => x.MeldingId!.Value);
        var klachten = register.Where(k => In(k.Ontvangen)).ToList();
        Add("j", "Aantal klachten", Aantal(klachten.Count), Gekoppeld(klachten));
        var afgehandeld = register.Where(k => k.Afgehandeld is { } a && In(a)).ToList();
        Add("k", "Doorlooptijd klachtafhandeling (gemiddeld)",
            Gemiddeld(afgehandeld.Select(k => (double)(k.Afgehandeld!.Value.DayNumber - k.Ontvangen.DayNumber)).ToList(), "dagen"), Gekoppeld(afgehandeld));
        var opgelost = afgehandeld.Where(k => k.Opgelost).ToList();
        Add("l", "Aantal opgeloste klachten", Aantal(opgelost.Count), Gekoppeld(opgelost));

        var beeindigd = g.Trajecten.Where(t => t.Einddatum is { } e && In(e)).ToList();
        var passend = beeindigd.Where(t => t.PassendeOndersteuning == true).ToList();
        Add("m", "Aantal keren passende ondersteuning gerealiseerd", Aantal(passend.Count), passend.Select(t => t.MeldingId));

        var beoordeeld = g.Meldingen.Where(m => m.Tevredenheid is not null && Afgerond(m) is { } a && In(a)).ToList();
        Add("n", "Cliënttevredenheid over de ondersteuning (gemiddeld cijfer)",
            beoordeeld.Count == 0 ? "—" : $"{beoordeeld.Average(m => m.Tevredenheid!.Value).ToString("0.0", Nl)} (n = {beoordeeld.Count})", beoordeeld.Select(m => m.Id));

        var gestart = g.Trajecten.Where(t => In(t.Startdatum) && perMelding.ContainsKey(t.MeldingId)).ToList();
        Add("o", "Wachttijd: melding tot start traject (gemiddeld)",
            Gemiddeld(gestart.Select(t => (double)(t.Startdatum.DayNumber - dag(perMelding[t.MeldingId].OntvangenOp).DayNumber)).ToList(), "dagen"),
            gestart.Select(t => t.MeldingId));

        Add("p", "Doorlooptijd van trajecten: start tot einde (gemiddeld)",
            Gemiddeld(beeindigd.Select(t => (double)(t.Einddatum!.Value.DayNumber - t.Startdatum.DayNumber)).ToList(), "dagen"), beeindigd.Select(t => t.MeldingId));

        Add("q", "Trends en ontwikkelingen", string.IsNullOrWhiteSpace(trends) ? "—" : trends.Trim(), []);
        return cijfers;
    }
}
