using Maatwerk.Domain.Common;

namespace Maatwerk.Domain.Tijdregistraties;

/// <summary>The rules a registration must meet before it is stored, each returning a Dutch message that names the field
/// and the rule (with its clause where the contract is the source).</summary>
public static class TijdregistratieControle
{
    public const int MinutenPerDag = 24 * 60;

    /// <param name="registratie">The new or changed registration.</param>
    /// <param name="levering">When care under its toewijzing could be delivered.</param>
    /// <param name="regels">The contract's rules on time (<see cref="Tijdregels.Uit"/>).</param>
    /// <param name="andere">Other registrations that may conflict: of the same worker and of the same client on the same
    /// day, without <paramref name="registratie"/> itself (whatever else is passed is ignored).</param>
    /// <param name="vandaag">Today in Amsterdam: time is registered after it was delivered, not before.</param>
    public static IReadOnlyList<ValidationError> Validate(Tijdregistratie registratie, Levering levering, Tijdregels regels,
        IEnumerable<Tijdregistratie> andere, DateOnly vandaag)
    {
        var r = registratie;
        var v = new Validator()
            .Check(nameof(r.Datum), r.Datum != default, "Datum is verplicht.")
            .Check(nameof(r.Minuten), r.Minuten > 0, "Vul het aantal minuten in (meer dan 0).")
            .Check(nameof(r.Minuten), r.Minuten <= MinutenPerDag, "Een registratie duurt hoogstens 24 uur (1440 minuten).")
            .Check(nameof(r.Contactwijze), Enum.IsDefined(r.Contactwijze), "Kies de contactwijze: persoonlijk, telefonisch, elektronisch of met het netwerk (DEV-Eis21).")
            .Check(nameof(r.Soort), Enum.IsDefined(r.Soort), "Kies of het directe of indirecte tijd is (DEV-Art8.3).")
            .Check(nameof(r.MedewerkerId), r.MedewerkerId != Guid.Empty, "Kies de medewerker die de zorg gaf (IB-59).")
            .Optional(nameof(r.Toelichting), "De toelichting", r.Toelichting, 500)
            .Optional(nameof(r.ExterneReferentie), "De externe referentie", r.ExterneReferentie, 100);
        if (!v.IsValid || r.Datum == default)
            return v.Errors;

        v.Check(nameof(r.Datum), r.Datum <= vandaag, $"De datum {r.Datum:dd-MM-yyyy} ligt in de toekomst; registreer tijd op of na de dag waarop de zorg is gegeven.");
        if (levering.WaaromNiet(r.Datum) is { } buiten)
            v.Add(nameof(r.Datum), buiten);
        v.Check(nameof(r.Minuten), r.EindMinuut <= MinutenPerDag,
            $"De registratie loopt over middernacht ({r.Begintijd:HH\\:mm} + {r.Minuten} minuten); een dag heeft 24 uur. Splits haar in een deel per dag.");

        var dezelfdeDag = andere.Where(a => a.Id != r.Id && a.Datum == r.Datum).ToList();
        var vanMedewerker = dezelfdeDag.Where(a => a.MedewerkerId == r.MedewerkerId).ToList();

        // A day has 24 hours: a group session registered per client (same worker, start and length) counts once.
        if (regels.MaxMinutenPerDag is { } perDag)
        {
            var totaal = vanMedewerker.Append(r).DistinctBy(a => (a.BeginMinuut, a.Minuten, a.Productcode)).Sum(a => a.Minuten);
            v.Check(nameof(r.Minuten), totaal <= perDag.Waarde,
                $"{r.MedewerkerNaam} komt op {r.Datum:dd-MM-yyyy} op {Uren(totaal)} geregistreerde tijd; hoogstens {Uren(perDag.Waarde)} per dag ({perDag.Bron}).");
        }

        // DEV-B4-PO-Indiv: individual products are given to one client at a time.
        if (regels.NietOverlappen is { } individueel)
        {
            var botsing = vanMedewerker.FirstOrDefault(a => a.Overlapt(r) && (regels.IsIndividueel(r.Productcode) || regels.IsIndividueel(a.Productcode)));
            if (botsing is not null)
                v.Add(nameof(r.Begintijd),
                    $"{r.MedewerkerNaam} heeft al tijd geregistreerd van {botsing.Begintijd:HH\\:mm} tot {botsing.Eindtijd:HH\\:mm} op {botsing.Datum:dd-MM-yyyy} " +
                    $"({botsing.Productcode}); tijd van één medewerker op een individueel product ({string.Join(", ", individueel.Waarde)}) mag niet overlappen ({individueel.Bron}).");
        }

        // BSD-2.4-b5: at most N professionals on one contact, each with their own registration.
        if (regels.MaxProfessionals is { } max)
        {
            var gelijktijdig = MeesteGelijktijdig(r, dezelfdeDag.Where(a => a.ClientId == r.ClientId && a.Overlapt(r)).ToList());
            v.Check(nameof(r.MedewerkerId), gelijktijdig <= max.Waarde,
                $"Bij dit contact zouden {gelijktijdig} professionals tegelijk tijd registreren; hoogstens {max.Waarde} per contact ({max.Bron}).");
        }
        return v.Errors;
    }

    /// <summary>The largest number of distinct workers with time for the client at one moment within <paramref name="r"/>.</summary>
    private static int MeesteGelijktijdig(Tijdregistratie r, IReadOnlyList<Tijdregistratie> overlappend)
    {
        var momenten = overlappend.Select(a => Math.Max(a.BeginMinuut, r.BeginMinuut)).Append(r.BeginMinuut).Distinct();
        return momenten.Max(m => overlappend.Where(a => a.BeginMinuut <= m && m < a.EindMinuut).Select(a => a.MedewerkerId)
            .Append(r.MedewerkerId).Distinct().Count());
    }

    public static string Uren(int minuten) => minuten % 60 == 0 ? $"{minuten / 60} uur" : $"{minuten / 60} uur en {minuten % 60} minuten";
}
