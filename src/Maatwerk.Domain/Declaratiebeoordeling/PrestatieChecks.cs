using System.Globalization;
using Maatwerk.IWmo.Berichten.Declaratie;

namespace Maatwerk.Domain.Declaratiebeoordeling;

/// <summary>What the checks need to know about the toewijzing a Prestatie refers to, as the platform holds it.</summary>
/// <param name="Productcode">The iWmo ProductCode the 301 carried (null: toewijzing per category).</param>
/// <param name="RedenWijziging">WMO002 reason of the gemeente's last change: 13 = deleted (TR384); 05/06 = ended early
/// (verkorting, Wlz), a retroactive stop when the line runs past the new end (IB-A10/A11).</param>
/// <param name="WlzIndicatie">The day a Wlz indication of the client was issued, if recorded.</param>
/// <param name="Budget">Budget of the ToegewezenProduct in eurocents (TR369); null when it has an Omvang instead.</param>
/// <param name="Contract">The rules of the toewijzing's contract beyond iWmo (DEV-Art8.13, DEV-Art8.8b, DEV-Eis28-b).</param>
/// <param name="Voorzieningen">For a no-show toewijzing: the client's toewijzingen under the same contract whose no-show
/// may be declared on it (DEV-Eis28-b).</param>
public sealed record ToewijzingStand(Guid Id, string Nummer, string Bsn, string Productcategorie, string? Productcode, DateOnly Ingangsdatum,
    DateOnly? Einddatum, int? Volume, string? Eenheid, string? Frequentie, string? RedenWijziging = null, DateOnly? WlzIndicatie = null, long? Budget = null,
    Contractcontroles? Contract = null, IReadOnlyList<Voorziening>? Voorzieningen = null);

/// <summary>A Prestatie of this aanbieder received before (earlier messages, or earlier in the same message).</summary>
public sealed record EerderePrestatie(string ReferentieNummer, string? VorigReferentieNummer, string ToewijzingNummer, string ProductCategorie,
    string ProductCode, DateOnly Begindatum, DateOnly Einddatum, long GeleverdVolume, string Eenheid, long Bedrag, bool IsCredit, Beoordeling Beoordeling);

/// <summary>The contract's tariff in force on a date (from <c>Tariefbepaling.Op</c>) and the unit the contract prices in.</summary>
public sealed record ContractTarief(decimal Bedrag, string ContractEenheid, DateOnly Vanaf, string? Bron);

/// <summary>The gemeente's checks of one received Prestatie against the platform's state (iWmo controleniveau 3 and 4,
/// IV088): each rule with its retour code, in the order of the brief. Pure: the caller reads the state. A missing start or
/// stop message is never a reason to reject (OP364): no check looks at 305/307. Lines after a retroactive stop or a Wlz
/// indication go to a person, never rejected automatically (IB-A10/A11, OP186/OP362).</summary>
public static class PrestatieChecks
{
    private const string Minuut = "01", Uur = "04", Euro = "83";

    public static IReadOnlyList<PrestatieCheck> Run(string bsn, DeclaratiePrestatie p, ToewijzingStand? t, IReadOnlyList<EerderePrestatie> eerder,
        Func<DateOnly, ContractTarief?> tarief, bool? productcodeBekend = null, Berichtcontext? bericht = null) =>
        Run(bsn, p, t, new EerdereRegels(eerder), tarief, productcodeBekend, bericht);

    /// <summary>The same checks against an index of the earlier lines (<see cref="EerdereRegels"/>): what the receipt of a
    /// whole 323 uses, a few hash look-ups per line however many lines came before.</summary>
    public static IReadOnlyList<PrestatieCheck> Run(string bsn, DeclaratiePrestatie p, ToewijzingStand? t, EerdereRegels eerder,
        Func<DateOnly, ContractTarief?> tarief, bool? productcodeBekend = null, Berichtcontext? bericht = null)
    {
        var uit = new List<PrestatieCheck>(24);
        Run(uit, bsn, p, t, eerder, t is null ? null : tarief(p.Begindatum), productcodeBekend, bericht);
        return uit;
    }

    /// <summary>The same checks added to <paramref name="uit"/>, with the contract tariff on the line's Begindatum already
    /// looked up (null: none in force): the receipt's path, which builds no delegate or list per line. The checks go into one list, without iterators, and a passed
    /// check with its rule's fixed text is one shared record (<see cref="PrestatieCheck.Pass(string, string)"/>): a 323 of
    /// 100,000 lines allocates for the GC what it checks, not its bookkeeping (issue 12, bench/README.md "Session 26").</summary>
    public static void Run(List<PrestatieCheck> uit, string bsn, DeclaratiePrestatie p, ToewijzingStand? t, EerdereRegels eerder,
        ContractTarief? tarief, bool? productcodeBekend = null, Berichtcontext? bericht = null)
    {
        if (bericht is not null)
            uit.Add(ContractChecks.Tr318(p, bericht));
        // Identity: TR314 (8021) ReferentieNummer unique for the aanbieder, in the message and across messages.
        uit.Add(eerder.Contains(p.ReferentieNummer)
            ? PrestatieCheck.Reject("TR314", "8021", $"ReferentieNummer {p.ReferentieNummer} is al eerder aangeleverd.")
            : PrestatieCheck.Pass("TR314", "8021"));
        if (t is null)
        {
            uit.Add(PrestatieCheck.Reject("TR338", "9338", $"Toewijzing {p.ToewijzingNummer} is niet bekend bij de gemeente voor deze aanbieder."));
            return;
        }
        uit.Add(PrestatieCheck.Pass("TR338", "9338", $"Toewijzing {t.Nummer} bestaat."));
        uit.Add(t.RedenWijziging == "13"
            ? PrestatieCheck.Reject("TR384", "9384", $"Toewijzing {t.Nummer} is verwijderd (reden wijziging 13); daarop kan niet worden gedeclareerd.")
            : PrestatieCheck.Pass("TR384", "9384"));
        uit.Add(bsn == t.Bsn
            ? PrestatieCheck.Pass("TR304", "8187")
            : PrestatieCheck.Reject("TR304", "8187", $"BSN {bsn} hoort niet bij toewijzing {t.Nummer}."));
        Product(uit, p, t, productcodeBekend);
        Period(uit, p, t);
        Volume(uit, p, t, eerder);
        Amounts(uit, p, tarief);
        DebetCredit(uit, p, eerder);
        ContractChecks.Run(uit, p, t, bericht);
    }

    /// <summary>TR339/TR340/TR341 (category, code and unit as allocated; hours may be declared in minutes) and TR381 (S329).</summary>
    private static void Product(List<PrestatieCheck> uit, DeclaratiePrestatie p, ToewijzingStand t, bool? productcodeBekend)
    {
        uit.Add(p.ProductCategorie == t.Productcategorie
            ? PrestatieCheck.Pass("TR339", "9339")
            : PrestatieCheck.Reject("TR339", "9339", $"ProductCategorie {p.ProductCategorie} wijkt af van de toewijzing ({t.Productcategorie})."));
        uit.Add(t.Productcode is null || p.ProductCode == t.Productcode
            ? PrestatieCheck.Pass("TR340", "9340")
            : PrestatieCheck.Reject("TR340", "9340", $"ProductCode {p.ProductCode} wijkt af van de toewijzing ({t.Productcode})."));
        uit.Add(t.Eenheid is null || p.Eenheid == t.Eenheid || (t.Eenheid == Uur && p.Eenheid == Minuut)
            ? PrestatieCheck.Pass("TR341", "9341")
            : PrestatieCheck.Reject("TR341", "9341", $"Eenheid {p.Eenheid} past niet bij de toewijzing ({t.Eenheid})."));
        if (productcodeBekend is { } bekend)
            uit.Add(bekend
                ? PrestatieCheck.Pass("TR381", "S329")
                : PrestatieCheck.Reject("TR381", "S329", $"ProductCode {p.ProductCode} staat niet op de productcodelijst van de gemeente bij categorie {p.ProductCategorie}."));
    }

    /// <summary>TR307/TR308 (within the toewijzing) and TR387/TR388 (from the 1st to the last of the month, unless the
    /// toewijzing starts or ends inside it). Past the end of a toewijzing that was ended early (05/06) or after a Wlz
    /// indication: manual review (IB-A10/A11, OP186/OP362).</summary>
    private static void Period(List<PrestatieCheck> uit, DeclaratiePrestatie p, ToewijzingStand t)
    {
        var naStop = t.Einddatum is { } eind && p.Einddatum > eind && t.RedenWijziging is "05" or "06";
        var naWlz = t.WlzIndicatie is { } wlz && p.Einddatum >= wlz;
        if (naStop || naWlz)
            uit.Add(new PrestatieCheck("IB-A10/A11", "0233", CheckOutcome.ManualReview, naWlz
                ? $"De cliënt heeft een Wlz-indicatie per {t.WlzIndicatie:dd-MM-yyyy}; de regel loopt tot {p.Einddatum:dd-MM-yyyy}. Handmatig beoordelen, niet automatisch afwijzen (OP186/OP362)."
                : $"Toewijzing {t.Nummer} is met terugwerkende kracht beëindigd per {t.Einddatum:dd-MM-yyyy} (reden {t.RedenWijziging}); de regel loopt tot {p.Einddatum:dd-MM-yyyy}. Handmatig beoordelen, niet automatisch afwijzen (OP186/OP362)."));
        var handmatig = naStop || naWlz;
        PrestatieCheck Fail(string regel, string code, string melding) =>
            handmatig ? new(regel, code, CheckOutcome.ManualReview, melding + " (handmatig: IB-A10/A11)") : PrestatieCheck.Reject(regel, code, melding);

        uit.Add(p.Begindatum >= t.Ingangsdatum && (t.Einddatum is not { } e1 || p.Begindatum <= e1)
            ? PrestatieCheck.Pass("TR307", "9307")
            : Fail("TR307", "9307", $"Begindatum {p.Begindatum:dd-MM-yyyy} ligt niet binnen toewijzing {t.Nummer} ({Dates(t)})."));
        uit.Add(t.Einddatum is not { } e2 || p.Einddatum <= e2
            ? PrestatieCheck.Pass("TR308", "9308")
            : Fail("TR308", "9308", $"Einddatum {p.Einddatum:dd-MM-yyyy} ligt na de einddatum van toewijzing {t.Nummer} ({t.Einddatum:dd-MM-yyyy})."));
        var eerste = new DateOnly(p.Begindatum.Year, p.Begindatum.Month, 1);
        var laatste = eerste.AddMonths(1).AddDays(-1);
        var begin = t.Ingangsdatum > eerste && t.Ingangsdatum <= laatste ? t.Ingangsdatum : eerste;
        uit.Add(p.Begindatum == begin
            ? PrestatieCheck.Pass("TR387", "9387")
            : Fail("TR387", "9387", $"De periode moet beginnen op {begin:dd-MM-yyyy} (de 1e van de maand, of de ingangsdatum van de toewijzing als die later in de maand ligt), niet op {p.Begindatum:dd-MM-yyyy}."));
        var einde = t.Einddatum is { } e3 && e3 >= eerste && e3 < laatste ? e3 : laatste;
        uit.Add(p.Einddatum == einde
            ? PrestatieCheck.Pass("TR388", "9388")
            : Fail("TR388", "9388", $"De periode moet eindigen op {einde:dd-MM-yyyy} (de laatste dag van de maand, of de einddatum van de toewijzing als die eerder in de maand ligt), niet op {p.Einddatum:dd-MM-yyyy}."));
    }

    /// <summary>TR321 (the line fits the allocated volume for its period), TR322 (all lines together fit the total) and
    /// TR369 (budget). Per week: the volume times the calendar weeks the period touches (IV077); per month: the volume;
    /// per day: times the days. Hours allocated may be declared as minutes (volume × 60).</summary>
    private static void Volume(List<PrestatieCheck> uit, DeclaratiePrestatie p, ToewijzingStand t, EerdereRegels eerder)
    {
        var factor = p.Eenheid == t.Eenheid || t.Eenheid is null ? 1 : t.Eenheid == Uur && p.Eenheid == Minuut ? 60 : 0;
        if (t.Volume is not { } volume || factor == 0 || p.DebetCredit == "C")
        {
            uit.Add(t.Volume is null ? PrestatieCheck.Pass("TR321", "9321", "Toewijzing zonder omvang.") : PrestatieCheck.Pass("TR321", "9321"));
        }
        else
        {
            var perioden = t.Frequentie switch
            {
                "1" => p.Einddatum.DayNumber - p.Begindatum.DayNumber + 1,
                "2" => Weken(p.Begindatum, p.Einddatum),
                _ => 1,
            };
            long toegestaan = (long)volume * perioden * factor;
            uit.Add(p.GeleverdVolume <= toegestaan
                ? PrestatieCheck.Pass("TR321", "9321", $"Volume {p.GeleverdVolume} past binnen {toegestaan} voor deze periode.")
                : PrestatieCheck.Reject("TR321", "9321", $"Volume {p.GeleverdVolume} is meer dan de toegewezen {toegestaan} {EenheidNaam(p.Eenheid)} voor deze periode."));
        }
        if (t.Volume is { } totaal && factor != 0 && p.DebetCredit == "D" && t.Frequentie is null or "6")
        {
            var totalen = eerder.Of(t.Nummer);
            var gedeclareerd = totalen.DebetVolume - totalen.CreditVolume;
            var max = (long)totaal * factor;
            uit.Add(gedeclareerd + p.GeleverdVolume <= max
                ? PrestatieCheck.Pass("TR322", "9322", $"Samen {gedeclareerd + p.GeleverdVolume} van {max} {EenheidNaam(p.Eenheid)}.")
                : PrestatieCheck.Reject("TR322", "9322", $"Samen met eerder gedeclareerde {gedeclareerd} {EenheidNaam(p.Eenheid)} gaat dit boven de toegewezen {max}."));
        }
        else
            uit.Add(PrestatieCheck.Pass("TR322", "9322"));
        if (t.Budget is { } budget && p.DebetCredit == "D")
        {
            var besteed = eerder.Of(t.Nummer).DebetBedrag;
            uit.Add(besteed + p.Bedrag <= budget
                ? PrestatieCheck.Pass("TR369", "9369", "Past binnen het budget.")
                : PrestatieCheck.Reject("TR369", "9369", $"Samen met eerder gedeclareerd {Cents(besteed)} gaat {Cents(p.Bedrag)} boven het budget van {Cents(budget)}."));
        }
        else
            uit.Add(PrestatieCheck.Pass("TR369", "9369"));
    }

    /// <summary>TR418 (0611): ProductTarief equals the contract's tariff in force on the line's Begindatum, in the line's
    /// unit (an hourly tariff per minute: the hour tariff / 60 in cents, rounded half up, IV081); TR346 (9346): the amount
    /// is volume × tariff (for minutes of an hourly tariff also the exact hour tariff × minutes / 60, as IV081 builds it).</summary>
    private static void Amounts(List<PrestatieCheck> uit, DeclaratiePrestatie p, ContractTarief? contract)
    {
        long? verwacht = contract is null ? null : TariefInCenten(contract, p.Eenheid);
        if (p.Eenheid == Euro)
            uit.Add(PrestatieCheck.Pass("TR418", "0611", "Eenheid euro's: geen tarief."));
        else if (contract is null)
            uit.Add(PrestatieCheck.Reject("TR418", "0611", $"Er geldt geen contracttarief voor {p.ProductCode} op {p.Begindatum:dd-MM-yyyy}."));
        else
            uit.Add(p.ProductTarief == verwacht
                ? (_tr418Geslaagd ??= new()).Of((verwacht!.Value, p.Eenheid), static s =>
                    PrestatieCheck.Pass("TR418", "0611", $"Tarief {Cents(s.Item1)} per {EenheidNaam(s.Item2, 1)} is het contracttarief."))
                : (_tr418Afgewezen ??= new()).Of((contract, p.Eenheid, verwacht!.Value, p.ProductTarief), static s => PrestatieCheck.Reject("TR418", "0611",
                    $"Contracttarief {Tarieven.Tariefbepaling.Euro(s.Item1.Bedrag)} per {s.Item1.ContractEenheid} (vanaf {s.Item1.Vanaf:dd-MM-yyyy}) = {Cents(s.Item3)} per {EenheidNaam(s.Item2, 1)}; gedeclareerd {Cents(s.Item4 ?? 0)}.")));
        if (p.Eenheid == Euro || p.ProductTarief is not { } pt)
        {
            uit.Add(PrestatieCheck.Pass("TR346", "9346", "Niet van toepassing."));
            return;
        }
        var exact = contract is not null && p.Eenheid == Minuut && IsPerUur(contract.ContractEenheid)
            ? (long?)Math.Round(contract.Bedrag * 100m * p.GeleverdVolume / 60m, MidpointRounding.AwayFromZero)
            : null;
        uit.Add(p.Bedrag == p.GeleverdVolume * pt || p.Bedrag == exact
            ? PrestatieCheck.Pass("TR346", "9346")
            : PrestatieCheck.Reject("TR346", "9346", $"Bedrag {Cents(p.Bedrag)} is niet volume × tarief ({p.GeleverdVolume} × {Cents(pt)} = {Cents(p.GeleverdVolume * pt)})."));
    }

    /// <summary>TR389/TR416 (one debit per ToewijzingNummer, category, code and period unless it was credited), TR323 (a
    /// credit needs an approved debit) and TR390 (a line is credited once).</summary>
    private static void DebetCredit(List<PrestatieCheck> uit, DeclaratiePrestatie p, EerdereRegels eerder)
    {
        if (p.DebetCredit == "D")
        {
            var dubbel = eerder.UncreditedDebet(p.ToewijzingNummer, p.ProductCategorie, p.ProductCode, p.Begindatum, p.Einddatum);
            uit.Add(dubbel is null
                ? PrestatieCheck.Pass("TR389", "9389")
                : PrestatieCheck.Reject("TR389", "9389", $"Voor toewijzing {p.ToewijzingNummer}, {p.ProductCode}, {p.Begindatum:dd-MM-yyyy}–{p.Einddatum:dd-MM-yyyy} is al een debetregel ingediend ({dubbel}) die niet is gecrediteerd."));
            return;
        }
        var debet = eerder.Debet(p.VorigReferentieNummer);
        uit.Add(debet is Beoordeling.Goedgekeurd
            ? PrestatieCheck.Pass("TR323", "8017", $"Crediteert de goedgekeurde debetregel {p.VorigReferentieNummer}.")
            : PrestatieCheck.Reject("TR323", "8017", debet is null
                ? $"Er is geen debetregel {p.VorigReferentieNummer} bekend om te crediteren."
                : $"Debetregel {p.VorigReferentieNummer} is niet goedgekeurd; alleen een goedgekeurde regel kan worden gecrediteerd (IV085)."));
        uit.Add(eerder.IsGecrediteerd(p.VorigReferentieNummer)
            ? PrestatieCheck.Reject("TR390", "9390", $"Regel {p.VorigReferentieNummer} is al gecrediteerd.")
            : PrestatieCheck.Pass("TR390", "9390"));
    }

    [ThreadStatic] private static LaatsteCheck<(long, string)>? _tr418Geslaagd;
    [ThreadStatic] private static LaatsteCheck<(ContractTarief, string, long, long?)>? _tr418Afgewezen;

    /// <summary>The contract tariff in cents in the line's unit: an hourly tariff per minute is hour / 60, rounded half up (IV081).</summary>
    public static long TariefInCenten(ContractTarief t, string eenheid) =>
        (long)Math.Round(eenheid == Minuut && IsPerUur(t.ContractEenheid) ? t.Bedrag * 100m / 60m : t.Bedrag * 100m, MidpointRounding.AwayFromZero);

    private static bool IsPerUur(string eenheid) => eenheid.Contains("uur", StringComparison.OrdinalIgnoreCase);

    /// <summary>Calendar weeks (Monday–Sunday) the period touches (IV077).</summary>
    public static int Weken(DateOnly van, DateOnly tot)
    {
        static DateOnly Maandag(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        return (Maandag(tot).DayNumber - Maandag(van).DayNumber) / 7 + 1;
    }

    private static string Dates(ToewijzingStand t) => $"{t.Ingangsdatum:dd-MM-yyyy} t/m {(t.Einddatum is { } e ? e.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : "open")}";

    private static string EenheidNaam(string eenheid, long aantal = 2) => eenheid switch
    {
        Minuut => aantal == 1 ? "minuut" : "minuten",
        Uur => "uur",
        "14" => aantal == 1 ? "etmaal" : "etmalen",
        "16" => aantal == 1 ? "dagdeel" : "dagdelen",
        _ => aantal == 1 ? "eenheid" : "eenheden",
    };

    /// <summary>Cents as a Dutch amount: € 1.407,00.</summary>
    public static string Cents(long cents) => "€ " + Tarieven.Tariefbepaling.Euro(cents / 100m);
}
