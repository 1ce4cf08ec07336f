using Maatwerk.Domain.Common;
using Maatwerk.Domain.Tijdregistraties;

namespace Maatwerk.Domain.Declaratiebeoordeling;

public enum BesluitSoort
{
    /// <summary>€ 15 per line of a late re-declaration (DEV-Art8.8c, AMB-19): the aanbieder owes it to the gemeente.</summary>
    Boete = 1,
    /// <summary>Payments to the aanbieder suspended (DEV-Art8.9) until lifted: its lines are held out of payment batches.</summary>
    Opschorting = 2,
    /// <summary>An amount the aanbieder owes, set off against a later payment (DEV-Art8.11).</summary>
    Verrekening = 3,
    /// <summary>A paid or approved line found wrong (material check, DEV-Eis9-MI-R3-4): its amount is recovered (DEV-Art8.11).</summary>
    Terugvordering = 4,
    /// <summary>The "tenzij" of DEV-Art8.8b: the gemeente allows the aanbieder's corrections for a financial year after its last
    /// correction window (1 February Y+1): its lines for that year are accepted at receipt instead of refused (0233).</summary>
    Correctietoestemming = 5,
    /// <summary>DEV-Art22.7-8: the productieverantwoording or controleverklaring came not on time; the gemeente appointed an accountant
    /// at the aanbieder's cost, set off against the next payment like any open amount (issue 12).</summary>
    Accountantskosten = 6,
    /// <summary>DEV-Art22.2c: failing art. 22.2 is established as a ground for termination — a recorded decision, no amount.</summary>
    Ontbindingsgrond = 7,
}

/// <summary>A decision of the gemeente about an aanbieder's money, recorded with its reason and clause: the penalty ledger
/// (boete), suspension, set-off and recovery. An amount (eurocents, owed by the aanbieder) stays open until a payment batch
/// sets it off; a suspension holds until it is lifted.</summary>
public sealed class Declaratiebesluit : Entity
{
    public Guid GemeenteId { get; set; }
    public Guid AanbiederId { get; set; }
    public BesluitSoort Soort { get; set; }
    /// <summary>The declaration the decision is about (the late re-declaration of a boete), if any.</summary>
    public Guid? DeclaratieId { get; set; }
    /// <summary>The line the decision is about (a recovery after a material check), if any.</summary>
    public Guid? PrestatieId { get; set; }
    /// <summary>For a correctietoestemming: the financial year whose corrections are allowed after the last window (DEV-Art8.8b).</summary>
    public int? Jaar { get; set; }
    /// <summary>For a boete: the number of lines of the late declaration it counts.</summary>
    public int? Regels { get; set; }
    /// <summary>Owed by the aanbieder to the gemeente, in eurocents (0 for a suspension).</summary>
    public long Bedrag { get; set; }
    public string Reden { get; set; } = "";
    /// <summary>The clause the decision rests on (DEV-Art8.8c, DEV-Art8.9, DEV-Art8.11).</summary>
    public string Bron { get; set; } = "";
    public string Door { get; set; } = "";
    public DateTimeOffset Op { get; set; }
    /// <summary>A suspension lifted: when and by whom.</summary>
    public DateTimeOffset? OpgehevenOp { get; set; }
    public string? OpgehevenDoor { get; set; }
    /// <summary>The payment batch that set the amount off.</summary>
    public Guid? BetaalbatchId { get; set; }
    public DateTimeOffset? VerrekendOp { get; set; }

    public bool IsOpenBedrag => !IsZonderBedrag(Soort) && BetaalbatchId is null && Bedrag > 0;

    /// <summary>Decisions that hold rather than set off an amount.</summary>
    public static bool IsZonderBedrag(BesluitSoort soort) => soort is BesluitSoort.Opschorting or BesluitSoort.Correctietoestemming or BesluitSoort.Ontbindingsgrond;
    public bool IsActieveOpschorting => Soort == BesluitSoort.Opschorting && OpgehevenOp is null;

    public const int MinRedenLengte = 10;

    public static string Naam(BesluitSoort soort) => soort switch
    {
        BesluitSoort.Boete => "boete",
        BesluitSoort.Opschorting => "opschorting",
        BesluitSoort.Verrekening => "verrekening",
        BesluitSoort.Correctietoestemming => "correctietoestemming",
        BesluitSoort.Accountantskosten => "accountant op kosten van de aanbieder",
        BesluitSoort.Ontbindingsgrond => "ontbindingsgrond vastgesteld",
        _ => "terugvordering",
    };

    /// <summary>The penalty of DEV-Art8.8c: € per line × every line of the late (re-)declaration (AMB-19), only on the
    /// gemeente's decision that the lateness is repeated and attributable; the reason says why. Once per declaration.</summary>
    public static (Declaratiebesluit? Besluit, List<ValidationError> Fouten) Boete(OntvangenDeclaratie d, Regelwaarde<decimal>? perRegel, string? reden,
        bool alOpgelegd, string door, DateTimeOffset op)
    {
        var fouten = new List<ValidationError>();
        if (perRegel is null)
            fouten.Add(new("Soort", "Het contract van deze aanbieder kent geen boete per te laat gedeclareerde regel (DEV-Art8.8c)."));
        if (d.AanbiederId is null)
            fouten.Add(new("DeclaratieId", "De aanbieder van deze declaratie is niet bekend op het platform; een boete kan alleen aan een bekende aanbieder."));
        if (alOpgelegd)
            fouten.Add(new("DeclaratieId", $"Voor declaratie {d.DeclaratieNummer} is al een boete opgelegd."));
        CheckReden(reden, fouten, "Leg vast waarom de te late (her)declaratie herhaald en toerekenbaar is (DEV-Art8.8c, AMB-19)");
        if (fouten.Count > 0)
            return (null, fouten);
        var bedrag = (long)Math.Round(perRegel!.Waarde * 100m * d.Regels, MidpointRounding.AwayFromZero);
        return (new Declaratiebesluit
        {
            GemeenteId = d.GemeenteId, AanbiederId = d.AanbiederId!.Value, Soort = BesluitSoort.Boete, DeclaratieId = d.Id, Regels = d.Regels, Bedrag = bedrag,
            Reden = reden!.Trim(), Bron = perRegel.Bron, Door = door, Op = op,
        }, fouten);
    }

    /// <summary>A sampled line found not in order (material check, DEV-Eis9-MI-R3-4): its amount is recovered by setting it
    /// off against the next payment, under the contract's set-off clause (<paramref name="bron"/>, Deventer DEV-Art8.11).</summary>
    public static Declaratiebesluit Terugvordering(Guid gemeenteId, Guid aanbiederId, OntvangenPrestatie regel, string notitie, string bron, string door, DateTimeOffset op) => new()
    {
        GemeenteId = gemeenteId, AanbiederId = aanbiederId, Soort = BesluitSoort.Terugvordering, DeclaratieId = regel.DeclaratieId, PrestatieId = regel.Id,
        Bedrag = regel.BedragMetTeken, Reden = $"Steekproef: regel {regel.ReferentieNummer} niet in orde — {notitie}", Bron = bron, Door = door, Op = op,
    };

    /// <summary>A suspension (DEV-Art8.9: the aanbieder attributably fails to meet its obligations) or a set-off
    /// (DEV-Art8.11: an amount wrongly declared or paid, or otherwise owed), each with its reason. One suspension at a time.
    /// Only under a contract whose profile has the clause (<see cref="Contractcontroles.Opschorting"/>,
    /// <see cref="Contractcontroles.Verrekening"/>); otherwise the message names the contract that lacks it.</summary>
    public static (Declaratiebesluit? Besluit, List<ValidationError> Fouten) New(string? soort, Guid gemeenteId, Guid aanbiederId, decimal? bedrag, string? reden,
        bool alOpgeschort, Contractcontroles controles, string contract, string door, DateTimeOffset op)
    {
        var fouten = new List<ValidationError>();
        BesluitSoort? s = soort?.Trim().ToLowerInvariant() switch { "opschorting" => BesluitSoort.Opschorting, "verrekening" => BesluitSoort.Verrekening, _ => null };
        var bron = s == BesluitSoort.Opschorting ? controles.Opschorting : controles.Verrekening;
        if (s is null)
            fouten.Add(new("Soort", "Kies 'opschorting' of 'verrekening'."));
        else if (bron is null)
            fouten.Add(new("Soort", $"Het contract '{contract}' kent geen {(s == BesluitSoort.Opschorting ? "opschorting van betalingen" : "verrekening of terugvordering")}; dit besluit kan onder dit contract niet worden vastgelegd."));
        if (s == BesluitSoort.Opschorting && alOpgeschort)
            fouten.Add(new("Soort", "De betalingen aan deze aanbieder zijn al opgeschort; hef die opschorting eerst op."));
        if (s == BesluitSoort.Verrekening && (bedrag is not { } b || b <= 0 || b > 10_000_000m || decimal.Round(b, 2) != b))
            fouten.Add(new("Bedrag", "Geef bij verrekening het bedrag in euro's (groter dan 0, hoogstens twee decimalen)."));
        CheckReden(reden, fouten, s == BesluitSoort.Opschorting ? $"Leg vast welke verplichting de aanbieder toerekenbaar niet nakomt ({bron})"
            : $"Leg vast waarom het bedrag wordt verrekend ({bron})");
        if (fouten.Count > 0)
            return (null, fouten);
        return (new Declaratiebesluit
        {
            GemeenteId = gemeenteId, AanbiederId = aanbiederId, Soort = s!.Value, Bedrag = s == BesluitSoort.Verrekening ? (long)(bedrag!.Value * 100m) : 0,
            Reden = reden!.Trim(), Bron = bron!, Door = door, Op = op,
        }, fouten);
    }

    /// <summary>The "tenzij" of DEV-Art8.8b (MR-25c): the gemeente allows an aanbieder's corrections for a past financial year after
    /// the contract's last correction window (<paramref name="venster"/>, 1 February Y+1), recorded with who, when and why.
    /// Only under a contract with correction windows, for a past year, once per aanbieder and year.</summary>
    public static (Declaratiebesluit? Besluit, List<ValidationError> Fouten) Correctietoestemming(Guid gemeenteId, Guid aanbiederId, int? jaar,
        Regelwaarde<Calendar.Termijn>? venster, string contract, string? reden, bool alToegestaan, DateOnly vandaag, string door, DateTimeOffset op)
    {
        var fouten = new List<ValidationError>();
        if (venster is null)
            fouten.Add(new("AanbiederId", $"Het contract '{contract}' kent geen correctievensters (zoals DEV-Art8.8b); er is niets toe te staan."));
        if (jaar is not { } j || j < 2000 || j >= vandaag.Year)
            fouten.Add(new("Jaar", $"Kies een voorbij boekjaar (uiterlijk {vandaag.Year - 1}): correcties na het laatste correctievenster toestaan (DEV-Art8.8b)."));
        else if (alToegestaan)
            fouten.Add(new("Jaar", $"Correcties op boekjaar {j} zijn voor deze aanbieder al toegestaan."));
        CheckReden(reden, fouten, "Leg vast waarom de gemeente correcties na het laatste correctievenster toestaat (DEV-Art8.8b 'tenzij')");
        if (fouten.Count > 0)
            return (null, fouten);
        return (new Declaratiebesluit
        {
            GemeenteId = gemeenteId, AanbiederId = aanbiederId, Soort = BesluitSoort.Correctietoestemming, Jaar = jaar, Reden = reden!.Trim(),
            Bron = venster!.Bron, Door = door, Op = op,
        }, fouten);
    }

    /// <summary>The reason is what makes it a recorded decision: at least <see cref="MinRedenLengte"/> characters, at most 1000.</summary>
    public static void CheckReden(string? reden, List<ValidationError> fouten, string waarom)
    {
        if (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length < MinRedenLengte)
            fouten.Add(new("Reden", $"{waarom}: een reden van minstens {MinRedenLengte} tekens is verplicht."));
        else if (reden.Trim().Length > 1000)
            fouten.Add(new("Reden", "De reden is hoogstens 1000 tekens."));
    }
}
