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
    /// <param name="regie">What the support plan says about regie and consent (DEV-B2-DeclTime); null without a plan.</param>
    public static IReadOnlyList<ValidationError> Validate(Tijdregistratie registratie, Levering levering, Tijdregels regels,
        IEnumerable<Tijdregistratie> andere, DateOnly vandaag, PlanRegie? regie = null)
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
            .Optional(nameof(r.ExterneReferentie), "De externe referentie", r.ExterneReferentie, 100)
            .Optional(nameof(r.Plandoel), "Het plandoel", r.Plandoel, 200);
        if (!v.IsValid || r.Datum == default)
            return v.Errors;

        v.Check(nameof(r.Datum), r.Datum <= vandaag, $"De datum {r.Datum:dd-MM-yyyy} ligt in de toekomst; registreer tijd op of na de dag waarop de zorg is gegeven.");
        if (levering.WaaromNiet(r.Datum) is { } buiten)
            v.Add(nameof(r.Datum), buiten);
        v.Check(nameof(r.Minuten), r.EindMinuut <= MinutenPerDag,
            $"De registratie loopt over middernacht ({r.Begintijd:HH\\:mm} + {r.Minuten} minuten); een dag heeft 24 uur. Splits haar in een deel per dag.");

        foreach (var fout in ZonderClient(r, regels, regie))
            v.Add(nameof(r.Plandoel), fout);

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

    /// <summary>Warnings that do not refuse the registration: DEV-Eis19-Group, a group session (the same worker, day, start,
    /// length and product, registered per client) with more clients than the profile's guideline for that product.</summary>
    /// <param name="andere">Other registrations of the same worker on the same day (whatever else is passed is ignored).</param>
    public static IReadOnlyList<string> Warnings(Tijdregistratie r, Tijdregels regels, IEnumerable<Tijdregistratie> andere)
    {
        if (regels.Groepsgrootte is not { } groep || r.Productcode is null || !groep.Waarde.TryGetValue(r.Productcode, out var max))
            return [];
        var clienten = andere.Where(a => a.Id != r.Id && a.MedewerkerId == r.MedewerkerId && a.Datum == r.Datum && a.Begintijd == r.Begintijd
                && a.Minuten == r.Minuten && string.Equals(a.Productcode, r.Productcode, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.ClientId).Append(r.ClientId).Distinct().Count();
        return clienten <= max ? [] :
        [
            $"Groepsgrootte: {r.MedewerkerNaam} heeft op {r.Datum:dd-MM-yyyy} om {r.Begintijd:HH\\:mm} ({r.Productcode}) {clienten} cliënten in de groep; " +
            $"de richtlijn is gemiddeld {max} per professional ({groep.Bron}). De registratie is opgeslagen; pas zo nodig de groepsindeling aan.",
        ];
    }

    /// <summary>DEV-B2-DeclTime: time without the client (indirect) with a plan goal claims the exception; it must be on a
    /// product of the exception and meet the contract's conditions (plan flag, consent on or before the day).</summary>
    private static IEnumerable<string> ZonderClient(Tijdregistratie r, Tijdregels regels, PlanRegie? regie)
    {
        if (r.Soort != Tijdsoort.Indirect || string.IsNullOrWhiteSpace(r.Plandoel) || regels.AlleenDirect is not { Waarde: true })
            yield break;
        if (regels.ZonderClient is not { } uitzondering || !regels.IsZonderClientProduct(r.Productcode))
        {
            yield return regels.ZonderClient is { } z
                ? $"Tijd zonder de cliënt is alleen declarabel op {string.Join(", ", z.Waarde.Producten)} ({z.Bron}), niet op {r.Productcode}; laat het plandoel leeg."
                : $"Onder dit contract is alleen directe tijd declarabel ({regels.AlleenDirect.Bron}); een plandoel maakt tijd zonder de cliënt niet declarabel.";
            yield break;
        }
        var (regel, bron) = (uitzondering.Waarde, uitzondering.Bron);
        if (regel.Vraagt(ZonderClientRegel.RegieOvergenomen) && regie is not { Overgenomen: true })
            yield return $"Tijd zonder de cliënt op {r.Productcode} is alleen declarabel als het ondersteuningsplan vermeldt dat de regie tijdelijk is overgenomen (planvlag 'regie overgenomen', {bron}).";
        else if (regel.Vraagt(ZonderClientRegel.Toestemming) && (regie?.ToestemmingOp is not { } op || op > r.Datum))
            yield return $"Tijd zonder de cliënt op {r.Productcode} is alleen declarabel met toestemming van de cliënt, vastgelegd in het plan op of vóór {r.Datum:dd-MM-yyyy} ({bron}).";
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

/// <summary>What the support plan of the toewijzing says about regie (DEV-B2-DeclTime).</summary>
public sealed record PlanRegie(bool Overgenomen, DateOnly? ToestemmingOp);
