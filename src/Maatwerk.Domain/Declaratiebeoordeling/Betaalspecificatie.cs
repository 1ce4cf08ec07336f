namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>One line of a payment specification: a paid declaration (its granted total) or a set-off (a penalty,
/// set-off or recovery the aanbieder owed, negative).</summary>
public sealed record Specificatieregel(string Soort, string Omschrijving, string? DeclaratieNummer, DateOnly? Periode, string? Bron, long Bedrag);

/// <summary>What one payment batch pays one aanbieder (DEV-Art8.5) and what it sets off (DEV-Art8.11, DEV-Art8.8c):
/// amounts in eurocents.</summary>
public sealed record Betaalspecificatie(Guid BatchId, DateTimeOffset Betaald, string Gemeente, string Aanbieder, string? Agb, IReadOnlyList<Specificatieregel> Regels)
{
    public const string Declaratie = "declaratie";

    public long Bruto => Regels.Where(r => r.Soort == Declaratie).Sum(r => r.Bedrag);
    public long Verrekend => Regels.Where(r => r.Soort != Declaratie).Sum(r => r.Bedrag);
    public long Netto => Bruto + Verrekend;

    public static Specificatieregel Line(OntvangenDeclaratie d) =>
        new(Declaratie, $"Declaratie {d.DeclaratieNummer}: goedgekeurde regels", d.DeclaratieNummer, d.PeriodeBegin, "DEV-Art8.5", d.TotaalToegekend ?? 0);

    public static Specificatieregel Line(Declaratiebesluit b, string? declaratieNummer) =>
        new(Declaratiebesluit.Naam(b.Soort), b.Reden, declaratieNummer, null, b.Bron, -b.Bedrag);
}

/// <summary>Set-off in a payment batch (DEV-Art8.11; penalties are due at once, DEV-AIV15): the open amounts an aanbieder
/// owes, oldest first, each whole, as far as the batch pays it; what does not fit stays open for the next batch.</summary>
public static class Verrekening
{
    public static IReadOnlyList<Declaratiebesluit> Select(long teBetalen, IEnumerable<Declaratiebesluit> open)
    {
        var gekozen = new List<Declaratiebesluit>();
        var rest = teBetalen;
        foreach (var b in open.Where(b => b.IsOpenBedrag).OrderBy(b => b.Op).ThenBy(b => b.Id))
        {
            if (b.Bedrag > rest)
                continue;
            gekozen.Add(b);
            rest -= b.Bedrag;
        }
        return gekozen;
    }
}
