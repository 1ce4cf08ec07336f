using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>
/// The stop date the gemeente proposes for a Wmo toewijzing when the client obtains a Wlz indication (IB-34a/b).
/// The term comes from the contract profile: the rule started by <see cref="Afgegeven"/> (aanbieder is a
/// Wlz-aanbieder, IB-34a) or <see cref="Zichtbaar"/> (not a Wlz-aanbieder, IB-34b) with a term in werkdagen, counted
/// in the profile's working-day calendar. A contract whose profile has no such rule gets the issue date itself.
/// A stop date in the past is allowed (retroactive, IB-A11): the caller warns that delivered care must be checked.
/// </summary>
public static class WlzStopdatum
{
    public const string Afgegeven = "wlz-indicatie-afgegeven";
    public const string Zichtbaar = "wlz-indicatie-zichtbaar";
    public const string StopdatumVastgesteld = "stopdatum-vastgesteld";
    public const string Controle = "wlz-controle";
    /// <summary>iWmo WMO002 reden wijziging "Uitstroom naar ander domein".</summary>
    public const string RedenWijziging = "06";

    /// <param name="Gebeurtenis">The event that dates this stop (afgegeven or zichtbaar).</param>
    /// <param name="Referentie">The date the term counts from.</param>
    /// <param name="Regel">The profile rule that gave the term; null when the contract has none (then Stopdatum = afgifte).</param>
    public sealed record Proposal(DateOnly Stopdatum, string Gebeurtenis, DateOnly Referentie, Regel? Regel)
    {
        public bool IsRetroactive(DateOnly vandaag) => Stopdatum < vandaag;
    }

    public static IReadOnlyList<ValidationError> Validate(DateOnly afgifte, DateOnly zichtbaar, DateOnly vandaag) => new Validator()
        .Check("Afgiftedatum", afgifte != default, "Afgiftedatum van de Wlz-indicatie is verplicht.")
        .Check("Afgiftedatum", afgifte == default || afgifte <= vandaag, "De afgiftedatum van de Wlz-indicatie kan niet in de toekomst liggen.")
        .Check("ZichtbaarOp", zichtbaar == default || zichtbaar >= afgifte, "De Wlz-indicatie kan niet zichtbaar zijn geworden vóór de afgiftedatum.")
        .Check("ZichtbaarOp", zichtbaar == default || zichtbaar <= vandaag, "De datum waarop de Wlz-indicatie zichtbaar werd, kan niet in de toekomst liggen.")
        .Errors;

    /// <summary>Proposed stop date under <paramref name="profiel"/> (null = no known profile).</summary>
    public static Proposal Calculate(ContractProfile? profiel, bool wlzAanbieder, DateOnly afgifte, DateOnly zichtbaar,
        IReadOnlyList<Feestdag>? koninklijkBesluitDagen = null)
    {
        var (soort, referentie) = wlzAanbieder ? (Afgegeven, afgifte) : (Zichtbaar, zichtbaar);
        var regel = profiel?.Regels.FirstOrDefault(r => r.Type == RegelType.Termijn && r.Gebeurtenissen.Contains(soort)
            && r.Termijn is { Basis: Tijdbasis.Werkdagen });
        if (profiel is null || regel is null)
            return new Proposal(afgifte, soort, referentie, null);
        var rekenaar = new TermijnCalculator(new WerkdagCalendar(profiel.WerkdagOfStandaard, koninklijkBesluitDagen));
        return new Proposal(rekenaar.Calculate(referentie, regel.Termijn!).Datum, soort, referentie, regel);
    }
}
