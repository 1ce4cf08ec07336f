using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Toewijzingen;

/// <summary>
/// The aanbieder tells the client, before the toewijzing ends, that it ends and how to ask the gemeente for an
/// extension (IB-27a/b). Registered as the event <see cref="Gebeurtenis"/>; its toelichting starts with the end date
/// it was about, so a second notice is only possible after the end date changed.
/// </summary>
public static class EindeIndicatieMelding
{
    public const string Gebeurtenis = "client-geinformeerd-einde";
    public const string EindeIndicatie = "einde-indicatie";

    public static readonly IReadOnlyDictionary<string, string> Wijzen = new Dictionary<string, string>
    {
        ["brief"] = "per brief",
        ["gesprek"] = "in een gesprek",
        ["email"] = "per e-mail",
    };

    /// <summary>"Einde indicatie dd-MM-yyyy": the prefix that ties a notice to the end date it announced.</summary>
    public static string Kenmerk(DateOnly einddatum) => $"Einde indicatie {einddatum:dd-MM-yyyy}";

    public static string Toelichting(DateOnly einddatum, string wijze, bool verlengingsadvies) =>
        $"{Kenmerk(einddatum)}; cliënt {Wijzen[wijze]} geïnformeerd; {(verlengingsadvies ? "advies over verlengingsaanvraag bij de gemeente gegeven (IB-27b)" : "geen advies over verlenging gegeven")}";

    /// <summary>Care has started and not (definitively) stopped.</summary>
    public static bool IsZorgRunning(Toewijzing t) => t.Status is ToewijzingStatus.Gestart or ToewijzingStatus.TijdelijkGestopt;

    /// <param name="eerdereToelichtingen">Toelichtingen of earlier notices on this toewijzing.</param>
    public static IReadOnlyList<ValidationError> Validate(Toewijzing t, DateOnly datum, string? wijze, DateOnly vandaag, IEnumerable<string?> eerdereToelichtingen)
    {
        var v = new Validator()
            .Check("Status", IsZorgRunning(t), "De zorg voor deze toewijzing loopt niet: de cliënt informeren over het einde kan alleen terwijl de zorg loopt.")
            .Check("Einddatum", t.Einddatum is not null, "Deze toewijzing heeft geen einddatum; er is geen einde om over te informeren.")
            .Check("Datum", datum != default, "Datum waarop de cliënt is geïnformeerd is verplicht.")
            .Check("Datum", datum <= vandaag, "De datum waarop de cliënt is geïnformeerd kan niet in de toekomst liggen.")
            .Check("Datum", datum == default || datum >= t.Toewijzingsdatum, "De cliënt kan niet vóór de dagtekening van de toewijzing over het einde zijn geïnformeerd.")
            .Check("Wijze", wijze is not null && Wijzen.ContainsKey(wijze), "Kies hoe de cliënt is geïnformeerd: brief, gesprek of e-mail.");
        if (t.Einddatum is { } einde)
            v.Check("Einddatum", !eerdereToelichtingen.Any(e => e?.StartsWith(Kenmerk(einde), StringComparison.Ordinal) == true),
                $"De cliënt is al geïnformeerd over de einddatum {einde:dd-MM-yyyy}; opnieuw registreren kan pas als de einddatum wijzigt.");
        return v.Errors;
    }

    /// <summary>The last day to inform the client under the profile's rule (IB-27a: einddatum − 2 maanden), from the
    /// rule that the end of the indication starts and this notice meets; null when the contract has no such rule.</summary>
    public static (DateOnly Deadline, Regel Regel)? Deadline(ContractProfile? profiel, DateOnly einddatum)
    {
        var regel = profiel?.Regels.FirstOrDefault(r => r.Type == RegelType.Termijn && r.Termijn is not null
            && r.Gebeurtenissen.Contains(EindeIndicatie) && r.VoldaanDoor.Contains(Gebeurtenis));
        if (profiel is null || regel is null)
            return null;
        var rekenaar = new TermijnCalculator(new WerkdagCalendar(profiel.WerkdagOfStandaard));
        return (rekenaar.Calculate(einddatum, regel.Termijn!).Datum, regel);
    }
}
