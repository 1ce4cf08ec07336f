using Maatwerk.Domain.Personeel;

namespace Maatwerk.Domain.Meldcode;

/// <summary>One line of the report "medewerkers zonder (geldige) meldcode-training": the person, their latest training (if
/// any) and why it does not count, with the clauses of the contracts that ask it.</summary>
public sealed record MeldcodeTrainingStatus(Medewerker Medewerker, MeldcodeTraining? Laatste, string Probleem, IReadOnlyList<string> Bronnen);

/// <summary>IB-52a: every staff member who delivers care is trained in the five steps of the Meldcode. Pure: the feature
/// gives the people, their trainings and the contracts' rules (<see cref="MeldcodeEis"/>).</summary>
public static class MeldcodeTrainingCheck
{
    /// <summary>Who the report is about: in service on <paramref name="datum"/> and delivering at least one product (the
    /// people who meet clients). Staff without products (office, management) are left out.</summary>
    public static bool DeliversCare(Medewerker m, DateOnly datum) => m.IsInDienst(datum) && m.Producten.Count > 0;

    /// <summary>The problem of one person on <paramref name="datum"/>, or null when they have a valid training. Without any
    /// rule a training is still expected (the Wet verplichte meldcode asks the aanbieder to promote knowledge of it) but
    /// never expires; with rules, the shortest validity of those rules counts.</summary>
    public static MeldcodeTrainingStatus? Evaluate(Medewerker medewerker, IEnumerable<MeldcodeTraining> trainingen, IReadOnlyCollection<MeldcodeEis> eisen, DateOnly datum)
    {
        var bronnen = eisen.Select(e => e.Bron).Distinct().Order(StringComparer.Ordinal).ToList();
        var laatste = trainingen.Where(t => t.MedewerkerId == medewerker.Id && t.Datum <= datum).MaxBy(t => t.Datum);
        var bron = bronnen.Count > 0 ? $" ({string.Join(", ", bronnen)})" : "";
        if (laatste is null)
            return new(medewerker, null, $"Geen meldcode-training geregistreerd{bron}.", bronnen);
        var geldig = eisen.Select(e => e.GeldigMaanden).OfType<int>().DefaultIfEmpty().Min();
        if (geldig > 0 && laatste.Datum.AddMonths(geldig) < datum)
            return new(medewerker, laatste, $"De laatste meldcode-training ({laatste.Datum:dd-MM-yyyy}) is ouder dan {geldig} maanden{bron}.", bronnen);
        return null;
    }

    /// <summary>The report: everyone who delivers care on <paramref name="datum"/> without a valid training, by name.</summary>
    public static IReadOnlyList<MeldcodeTrainingStatus> Report(IEnumerable<Medewerker> medewerkers, IReadOnlyCollection<MeldcodeTraining> trainingen,
        IReadOnlyCollection<MeldcodeEis> eisen, DateOnly datum) =>
        medewerkers.Where(m => DeliversCare(m, datum)).OrderBy(m => m.Naam, StringComparer.CurrentCulture)
            .Select(m => Evaluate(m, trainingen, eisen, datum)).OfType<MeldcodeTrainingStatus>().ToList();
}
