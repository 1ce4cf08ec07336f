using Maatwerk.Domain.Calendar;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Tijdregistraties;

/// <summary>One period of the registration list: the <paramref name="Nummer"/>th block of <see cref="Registratielijst.Dagen"/>
/// days from the start of care (WMO305), clipped to the last day of care.</summary>
public sealed record Registratieperiode(int Nummer, DateOnly Van, DateOnly Tot)
{
    public bool Bevat(DateOnly datum) => datum >= Van && datum <= Tot;
}

/// <summary>DEV-Eis3-REG (MR-10): the list of direct units per toewijzing per period of 28 days from the start of care,
/// presented to the client or representative, who signs it. Signing registers <see cref="Gebeurtenis"/>, which meets the
/// profile's term rule (MR-10: 28 calendar days from the start or the previous signing).</summary>
public static class Registratielijst
{
    public const string Gebeurtenis = "registratielijst-getekend";

    /// <summary>The period length when the contract has no term rule met by <see cref="Gebeurtenis"/>: 4 weeks
    /// (DEV-Eis3-REG is the only source; other contracts use the list without an obligation).</summary>
    public const int Dagen = 28;

    /// <summary>The period length from the contract's rule met by signing (MR-10: 28 calendar days), else <see cref="Dagen"/>.</summary>
    public static int DagenUit(ContractProfile? profiel) =>
        profiel?.Regels.FirstOrDefault(r => r.VoldaanDoor.Contains(Gebeurtenis) && r.Termijn is { Basis: Tijdbasis.Kalenderdagen, Aantal: > 0 })
            ?.Termijn!.Aantal ?? Dagen;

    /// <summary>The regel that makes signing an obligation (MR-10 under Deventer), or null when the contract has none.</summary>
    public static Regel? Verplichting(ContractProfile? profiel) =>
        profiel?.Regels.FirstOrDefault(r => r.Type == RegelType.Termijn && r.VoldaanDoor.Contains(Gebeurtenis));

    /// <summary>The periods from <paramref name="start"/> (the start of care) up to and including <paramref name="totEnMet"/>
    /// (today, or the last day of care when it stopped earlier); the last period is clipped to the stop.</summary>
    public static IReadOnlyList<Registratieperiode> Periodes(DateOnly start, DateOnly totEnMet, DateOnly? laatsteZorgdag = null, int dagen = Dagen)
    {
        var result = new List<Registratieperiode>();
        for (var (van, nummer) = (start, 1); van <= totEnMet && (laatsteZorgdag is not { } l || van <= l); van = van.AddDays(dagen), nummer++)
        {
            var tot = van.AddDays(dagen - 1);
            if (laatsteZorgdag is { } stop && stop < tot)
                tot = stop;
            result.Add(new Registratieperiode(nummer, van, tot));
        }
        return result;
    }

    /// <summary>The period with number <paramref name="nummer"/> (1 = the first 28 days from the start).</summary>
    public static Registratieperiode Periode(DateOnly start, int nummer, DateOnly? laatsteZorgdag = null, int dagen = Dagen)
    {
        var van = start.AddDays((nummer - 1) * dagen);
        var tot = van.AddDays(dagen - 1);
        return new Registratieperiode(nummer, van, laatsteZorgdag is { } stop && stop < tot ? stop : tot);
    }

    /// <summary>Whether the registration belongs on the list: only direct time (DEV-Eis3-REG: "directe uren").</summary>
    public static bool HoortOpLijst(Tijdregistratie r) => r.Soort == Tijdsoort.Direct;
}

/// <summary>Who signed the list (DEV-Eis3-REG: "de cliënt en/of diens vertegenwoordiger").</summary>
public enum Ondertekenaar
{
    Client = 1,
    Vertegenwoordiger = 2,
}

/// <summary>How the list was signed.</summary>
public enum Ondertekenwijze
{
    OpPapier = 1,
    Digitaal = 2,
}

/// <summary>The client's (or representative's) approval of one period's registration list (DEV-Eis3-REG): who, when and
/// how, and what the list held when it was signed (so a later change to the registrations shows).</summary>
public sealed class Ondertekening : Entity
{
    public Guid AanbiederId { get; set; }
    public Guid ContractId { get; set; }
    public Guid ToewijzingId { get; set; }
    public Guid ClientId { get; set; }
    public int Periode { get; set; }
    public DateOnly PeriodeVan { get; set; }
    public DateOnly PeriodeTot { get; set; }
    public Ondertekenaar Door { get; set; }
    public string Naam { get; set; } = "";
    public DateOnly Datum { get; set; }
    public Ondertekenwijze Wijze { get; set; }

    /// <summary>The direct minutes on the list as it was signed.</summary>
    public int Minuten { get; set; }
    public string GeregistreerdDoor { get; set; } = "";
    public DateTimeOffset GeregistreerdOp { get; set; }

    public static readonly IReadOnlyDictionary<Ondertekenaar, string> Ondertekenaars = new Dictionary<Ondertekenaar, string>
    {
        [Ondertekenaar.Client] = "De cliënt",
        [Ondertekenaar.Vertegenwoordiger] = "Een vertegenwoordiger van de cliënt",
    };

    public static readonly IReadOnlyDictionary<Ondertekenwijze, string> Wijzen = new Dictionary<Ondertekenwijze, string>
    {
        [Ondertekenwijze.OpPapier] = "Op papier",
        [Ondertekenwijze.Digitaal] = "Digitaal",
    };

    /// <summary>The signing is recorded after the period ended (or on its last day), not in the future, and once.</summary>
    public static IReadOnlyList<ValidationError> Validate(Registratieperiode periode, Ondertekenaar door, string? naam, DateOnly datum,
        Ondertekenwijze wijze, DateOnly vandaag, bool alGetekend)
    {
        var v = new Validator()
            .Check(nameof(Door), Enum.IsDefined(door), "Kies wie de lijst tekende: de cliënt of een vertegenwoordiger (DEV-Eis3-REG).")
            .Required(nameof(Naam), "De naam van wie tekende", naam, 200)
            .Check(nameof(Wijze), Enum.IsDefined(wijze), "Kies hoe de lijst is getekend: op papier of digitaal.")
            .Check(nameof(Datum), datum != default, "Vul de datum in waarop de lijst is getekend.");
        if (datum != default)
        {
            v.Check(nameof(Datum), datum <= vandaag, $"De datum {datum:dd-MM-yyyy} ligt in de toekomst; leg de ondertekening vast op of na de dag van tekenen.");
            v.Check(nameof(Datum), datum >= periode.Tot,
                $"De lijst van periode {periode.Nummer} ({periode.Van:dd-MM-yyyy} t/m {periode.Tot:dd-MM-yyyy}) wordt getekend op of na de laatste dag van de periode, niet op {datum:dd-MM-yyyy}.");
        }
        v.Check("Periode", !alGetekend, $"De lijst van periode {periode.Nummer} ({periode.Van:dd-MM-yyyy} t/m {periode.Tot:dd-MM-yyyy}) is al getekend.");
        return v.Errors;
    }
}
