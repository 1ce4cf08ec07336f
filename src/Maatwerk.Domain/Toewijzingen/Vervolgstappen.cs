using static Maatwerk.Domain.Toewijzingen.ToewijzingStatus;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>The toewijzing as a guided flow (issue 13): of the steps the table allows now
/// (<see cref="StappenTable.Possible"/>), the one that normally comes next is shown as a form; the others stay available
/// behind a disclosure; a one-off step already registered (contact, intake planned) is done and folds into the timeline.</summary>
public static class Vervolgstappen
{
    public sealed record Indeling(IReadOnlyList<Zorgstap> Volgende, IReadOnlyList<Zorgstap> Overige);

    /// <summary>One-off steps: once registered they are done (the timeline shows them); contact stays possible once care runs.</summary>
    private static readonly IReadOnlyDictionary<Zorgstap, string> Eenmalig = new Dictionary<Zorgstap, string>
    {
        [Zorgstap.Contact] = KetenGebeurtenis.Contact,
        [Zorgstap.IntakeGepland] = KetenGebeurtenis.IntakeGepland,
    };

    /// <summary>What normally comes next in a status, in order of preference.</summary>
    private static IReadOnlyList<Zorgstap> Voorkeur(ToewijzingStatus status) => status switch
    {
        Verzonden => [Zorgstap.Accepteren],
        Geaccepteerd => [Zorgstap.Contact, Zorgstap.Start],
        Gestart => [Zorgstap.Stop],
        TijdelijkGestopt => [Zorgstap.Hervatten],
        WeigeringAangevraagd => [Zorgstap.WeigeringBeoordelen],
        _ => [],
    };

    public static Indeling Deel(ToewijzingStatus status, IEnumerable<Zorgstap> mogelijk, IEnumerable<string> geregistreerd)
    {
        var gebeurd = geregistreerd.ToHashSet(StringComparer.Ordinal);
        bool Gedaan(Zorgstap s) => Eenmalig.TryGetValue(s, out var soort) && gebeurd.Contains(soort)
            && !(s == Zorgstap.Contact && status is Gestart or TijdelijkGestopt);
        var open = mogelijk.Where(s => !Gedaan(s)).ToList();
        var volgende = Voorkeur(status).Where(open.Contains).Take(1).ToList();
        return new Indeling(volgende, open.Except(volgende).ToList());
    }
}
