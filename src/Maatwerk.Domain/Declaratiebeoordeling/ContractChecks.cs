using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Tijdregistraties;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>The checks of a received Prestatie against the previous 323 (TR318) and against the contract (DEV-Eis28-b,
/// DEV-Art8.13, DEV-Art8.8a/b), each with its clause and the retour code a rejection gets.</summary>
public static class ContractChecks
{
    /// <summary>Code for a line the gemeente does not assess under the contract (WJ001 has no code for a contract term):
    /// "Berichtklasse is niet beoordeeld", with the clause in the note.</summary>
    public const string NietBeoordeeld = "0233";

    /// <summary>TR318 (8214): when care was delivered in every period, the DeclaratiePeriode is the calendar month after the
    /// previous one. Checkable reading: a DeclaratiePeriode before the previous one is rejected (a correction uses the
    /// latest period, OP354, so the same month again is fine), and when months were skipped, a line whose ProductPeriode
    /// lies in a skipped month is rejected: care was delivered then, so that month should have had its declaration.</summary>
    public static PrestatieCheck Tr318(DeclaratiePrestatie p, Berichtcontext b)
    {
        if (b.VorigePeriode is not { } vorige)
            return PrestatieCheck.Pass("TR318", "8214", "Eerste declaratie van deze aanbieder aan de gemeente.");
        var huidig = b.DeclaratiePeriode;
        if (huidig < vorige)
            return PrestatieCheck.Reject("TR318", "8214",
                $"DeclaratiePeriode {huidig:MM-yyyy} ligt vóór de vorige DeclaratiePeriode {vorige:MM-yyyy} van deze aanbieder; de declaratieperiode volgt op de vorige (TR318).");
        var maand = new DateOnly(p.Begindatum.Year, p.Begindatum.Month, 1);
        return maand > vorige && maand < huidig
            ? PrestatieCheck.Reject("TR318", "8214",
                $"Zorg in {maand:MM-yyyy} hoort in de declaratie over die maand: de vorige DeclaratiePeriode was {vorige:MM-yyyy}, deze is {huidig:MM-yyyy}. Als er iedere maand zorg is geleverd, is de DeclaratiePeriode de maand na de vorige (TR318).")
            : huidig <= vorige.AddMonths(1)
                ? PrestatieCheck.Pass("TR318", "8214")
                : PrestatieCheck.Pass("TR318", "8214", $"Geen zorg gedeclareerd in de overgeslagen maanden na {vorige:MM-yyyy}.");
    }

    /// <summary>Adds the contract's checks of the line to <paramref name="uit"/> (none without a contract).</summary>
    public static void Run(List<PrestatieCheck> uit, DeclaratiePrestatie p, ToewijzingStand? t, Berichtcontext? b)
    {
        if (t?.Contract is not { } c)
            return;
        if (NoShow(p, t, c) is { } noShow)
            uit.Add(noShow);
        if (b is null)
            return;
        // A credit corrects an earlier line: the correction windows apply to it (DEV-Art8.8b), not the 3 months.
        if (p.DebetCredit == "D" && c.UitersteDatum(p.Einddatum) is { } uiterst && c.UitersteIndiening is { } u)
            uit.Add(b.Ontvangen <= uiterst
                ? (_opTijd ??= new()).Of((u, uiterst), static s => PrestatieCheck.Pass(s.Item1.Bron, NietBeoordeeld, $"Ingediend binnen {s.Item1.Waarde} na de periode (uiterlijk {s.Item2:dd-MM-yyyy})."))
                : new PrestatieCheck(u.Bron, NietBeoordeeld, CheckOutcome.ManualReview,
                    $"Te laat: de regel over {p.Begindatum:MM-yyyy} is ontvangen op {b.Ontvangen:dd-MM-yyyy}, later dan {u.Waarde} na de periode (uiterlijk {uiterst:dd-MM-yyyy}). De gemeente mag haar weigeren ({u.Bron}); beoordeel en kies (lezing AMB-16)."));
        if (b.GeslotenJaren is { } gesloten && gesloten.Contains(p.Begindatum.Year) && c.CorrectieDeadline(p.Begindatum.Year) is { } deadline && c.LaatsteCorrectie is { } l)
            uit.Add(ClosedYear(p.Begindatum.Year, b, deadline, l.Bron));
    }

    [ThreadStatic] private static LaatsteCheck<(Regelwaarde<Termijn>, DateOnly)>? _opTijd;

    /// <summary>What the DEV-Art8.8b check says of a line that waits for the aanbieder's motivation (<see cref="MotiveringAchteraf"/> finds those lines by it).</summary>
    public const string ZonderMotivering = "Deze declaratie heeft geen motivering";

    /// <summary>DEV-Art8.8a/b for a line of a year the gemeente closed: within the correction windows (up to and including
    /// 1 February Y+1, AMB-18) each correction comes "met motivering" — without one the beoordelaar asks for it (manual);
    /// after the last window it is refused (0233, MR-25c), "tenzij" the gemeente recorded a decision allowing corrections
    /// for that year (<see cref="BesluitSoort.Correctietoestemming"/>): then it is accepted at receipt.</summary>
    public static PrestatieCheck ClosedYear(int jaar, Berichtcontext b, DateOnly deadline, string bron)
    {
        if (b.Ontvangen > deadline)
            return b.ToegestaneJaren?.Contains(jaar) == true
                ? PrestatieCheck.Pass(bron, NietBeoordeeld,
                    $"Boekjaar {jaar} is afgesloten (DEV-Art8.8a) en het laatste correctievenster sloot op {deadline:dd-MM-yyyy}, maar de gemeente heeft correcties op {jaar} voor deze aanbieder toegestaan ({bron}, 'tenzij').")
                : PrestatieCheck.Reject(bron, NietBeoordeeld,
                    $"Boekjaar {jaar} is afgesloten (DEV-Art8.8a) en correcties of aanvullingen op {jaar} konden tot en met {deadline:dd-MM-yyyy} ({bron}); deze regel wordt niet meer verwerkt.");
        return string.IsNullOrWhiteSpace(b.Motivering)
            ? new PrestatieCheck(bron, NietBeoordeeld, CheckOutcome.ManualReview,
                $"Boekjaar {jaar} is afgesloten (DEV-Art8.8a); een correctie kan tot en met {deadline:dd-MM-yyyy}, maar steeds met motivering ({bron}). {ZonderMotivering}: vraag haar op of wijs de regel af.")
            : PrestatieCheck.Pass(bron, NietBeoordeeld,
                $"Boekjaar {jaar} is afgesloten (DEV-Art8.8a); correctie binnen het venster (tot en met {deadline:dd-MM-yyyy}, {bron}). Motivering: {b.Motivering}");
    }

    /// <summary>A correction or addition to an earlier period (DEV-Art8.8b): a credit line, a line that replaces an earlier one
    /// (VorigReferentieNummer), or a line for a month before this 323's DeclaratiePeriode.</summary>
    public static bool IsCorrectie(DeclaratiePrestatie p, Berichtcontext b) =>
        p.DebetCredit == "C" || !string.IsNullOrEmpty(p.VorigReferentieNummer) || p.Begindatum < b.DeclaratiePeriode;

    /// <summary>DEV-Eis28-b (9321): on the no-show toewijzing at most one unit (AMB-13: one klokuur) per underlying
    /// voorziening per calendar month (AMB-12), and only for a voorziening of a no-show product (PO/OAD) in that month.</summary>
    private static PrestatieCheck? NoShow(DeclaratiePrestatie p, ToewijzingStand t, Contractcontroles c)
    {
        // The caller gives the voorzieningen only for a toewijzing of the contract's no-show product.
        if (t.Voorzieningen is null || p.DebetCredit == "C" || c.NoShowMinuten is not { } max)
            return null;
        var voorzieningen = (t.Voorzieningen ?? []).Where(v => v.Overlaps(p.Begindatum, p.Einddatum)
            && (c.NoShowProducten is null || c.NoShowProducten.Contains(v.Productcode, StringComparer.OrdinalIgnoreCase))).ToList();
        if (voorzieningen.Count == 0)
            return PrestatieCheck.Reject(max.Bron, "9321",
                $"No-show op toewijzing {t.Nummer}: de cliënt heeft in {p.Begindatum:MM-yyyy} geen voorziening waarvoor een no-show gedeclareerd mag worden ({string.Join(", ", c.NoShowProducten ?? [])}; {max.Bron}).");
        long minuten = (long)max.Waarde * voorzieningen.Count;
        var toegestaan = p.Eenheid == "04" ? minuten / 60 : minuten;
        return p.GeleverdVolume <= toegestaan
            ? PrestatieCheck.Pass(max.Bron, "9321", $"No-show: {p.GeleverdVolume} van hoogstens {toegestaan} ({voorzieningen.Count} voorziening(en) × {max.Waarde} minuten per maand, {max.Bron}).")
            : PrestatieCheck.Reject(max.Bron, "9321",
                $"No-show: {p.GeleverdVolume} is meer dan één eenheid ({max.Waarde} minuten) per voorziening per kalendermaand; voor {string.Join(", ", voorzieningen.Select(v => v.Productcode))} in {p.Begindatum:MM-yyyy} is dat hoogstens {toegestaan} ({max.Bron}, DEV-Art8.4, AMB-12/13).");
    }
}
