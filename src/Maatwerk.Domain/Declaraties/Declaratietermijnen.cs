using Maatwerk.Domain.Common;
using Maatwerk.Domain.Contracten;

namespace Maatwerk.Domain.Declaraties;

/// <summary>The contract terms that refuse a declaration line because of its age, read from the profile's
/// <c>type: controle</c> rules (the numbers and the clause are data):
/// <list type="bullet">
/// <item>the last correction window (<c>correctieTotMaand</c>, <c>correctieTotDag</c>; Deventer DEV-Art8.8b, AMB-18): a
/// correction (credit or new debit) of a line delivered in year Y is accepted up to and including that day of year Y+1;</item>
/// <item>the age limit (<c>weigerOuderDanMaanden</c>; OCO-6.1c, OCO-A10): a line whose support began more than that many
/// months before the day of submission is not processed.</item>
/// </list>
/// A contract without such a rule refuses nothing.</summary>
public sealed record Declaratietermijnen(Declaratietermijnen.Correctievenster? Venster, Declaratietermijnen.Ouderdomsgrens? Grens)
{
    public const string CorrectieTotMaandParameter = "correctieTotMaand";
    public const string CorrectieTotDagParameter = "correctieTotDag";
    public const string WeigerOuderDanMaandenParameter = "weigerOuderDanMaanden";

    /// <summary>Corrections of lines of year Y up to and including (<paramref name="Maand"/>, <paramref name="Dag"/>) of Y+1.</summary>
    public sealed record Correctievenster(int Maand, int Dag, string Bron)
    {
        public DateOnly Sluit(int jaar) => new(jaar + 1, Maand, Math.Min(Dag, DateTime.DaysInMonth(jaar + 1, Maand)));
    }

    public sealed record Ouderdomsgrens(int Maanden, string Bron);

    public static Declaratietermijnen Geen { get; } = new(null, null);

    public static Declaratietermijnen Uit(ContractProfile? profiel)
    {
        if (profiel is null)
            return Geen;
        Correctievenster? venster = null;
        Ouderdomsgrens? grens = null;
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            if (Getal(regel, CorrectieTotMaandParameter) is { } maand and >= 1 and <= 12 && Getal(regel, CorrectieTotDagParameter) is { } dag and >= 1 and <= 31)
                venster = new(maand, dag, regel.Bron);
            if (Getal(regel, WeigerOuderDanMaandenParameter) is { } maanden and > 0)
                grens = new(maanden, regel.Bron);
        }
        return new(venster, grens);
    }

    /// <summary>Parameters the declaration terms cannot use, naming profile, rule and parameter (start-up, <c>maatwerk contracts check</c>).</summary>
    public static IEnumerable<ContractProfileError> Controleer(ContractProfile profiel)
    {
        foreach (var regel in profiel.Regels.Where(r => r.Type == RegelType.Controle))
        {
            var lijn = regel.Positie?.Lijn ?? profiel.LineNumber("regels");
            string Waar(string parameter) => $"profiel '{profiel.Sleutel}', regel '{regel.Id}' ({regel.Bron}): parameter '{parameter}'";
            foreach (var (parameter, min, max) in new[] { (CorrectieTotMaandParameter, 1, 12), (CorrectieTotDagParameter, 1, 31), (WeigerOuderDanMaandenParameter, 1, 1200) })
            {
                if (!regel.Parameters.TryGetValue(parameter, out var tekst))
                    continue;
                if (Getal(regel, parameter) is not { } n || n < min || n > max)
                    yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(parameter)} moet een geheel getal van {min} tot en met {max} zijn, niet '{tekst}'.");
            }
            if (regel.Parameters.ContainsKey(CorrectieTotMaandParameter) != regel.Parameters.ContainsKey(CorrectieTotDagParameter))
                yield return new ContractProfileError(profiel.Bestand, lijn, 1, $"{Waar(CorrectieTotMaandParameter)} en '{CorrectieTotDagParameter}' horen samen: het laatste correctievenster is een dag en een maand.");
        }
    }

    private static int? Getal(Regel regel, string parameter) =>
        regel.Parameters.TryGetValue(parameter, out var s) && int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>DEV-Art8.8b: a correction of <paramref name="origineel"/> made or sent on <paramref name="vandaag"/> after the
    /// last window of the line's year is refused, naming the clause.</summary>
    public ValidationError? Correctie(Prestatie origineel, DateOnly vandaag)
    {
        if (Venster is not { } v || vandaag <= v.Sluit(origineel.Begindatum.Year))
            return null;
        return new("ReferentieNummer", $"Regel {origineel.ReferentieNummer} ({origineel.Begindatum:dd-MM-yyyy}) hoort bij boekjaar {origineel.Begindatum.Year}; " +
            $"correcties op dat jaar konden tot en met {v.Sluit(origineel.Begindatum.Year):dd-MM-yyyy} worden ingediend ({v.Bron}). Het correctievenster is gesloten.");
    }

    /// <summary>OCO-6.1c: a line for support that began more than the limit before <paramref name="vandaag"/> is refused.</summary>
    public string? TeOud(DateOnly begindatum, DateOnly vandaag, string wat)
    {
        if (Grens is not { } g || begindatum >= vandaag.AddMonths(-g.Maanden))
            return null;
        return $"{wat} betreft ondersteuning vanaf {begindatum:dd-MM-yyyy}, meer dan {Duur(g.Maanden)} vóór vandaag ({vandaag:dd-MM-yyyy}); " +
            $"facturen voor ondersteuning ouder dan {Duur(g.Maanden)} worden niet verwerkt ({g.Bron}).";
    }

    private static string Duur(int maanden) => maanden % 12 == 0 ? (maanden == 12 ? "1 jaar" : $"{maanden / 12} jaar") : $"{maanden} maanden";

    /// <summary>The month's pre-flight under OCO-6.1c: lines too old to be processed leave the message, each with a blocking
    /// objection that names the clause.</summary>
    public static Declaratieopbouw.Uitkomst Ouderdom(Declaratieopbouw.Uitkomst uitkomst, Func<DeclareerbareToewijzing, Declaratietermijnen> termijnen, DateOnly vandaag)
    {
        var bezwaren = new List<Bezwaar>();
        var regels = new List<Declaratieregel>();
        foreach (var r in uitkomst.Regels)
        {
            if (termijnen(r.Toewijzing).TeOud(r.Begindatum, vandaag, $"De regel {r.Begindatum:dd-MM-yyyy} t/m {r.Einddatum:dd-MM-yyyy}") is { } melding)
                bezwaren.Add(new Bezwaar(r.Toewijzing.Id, r.Toewijzing.Nummer, termijnen(r.Toewijzing).Grens!.Bron, melding, true));
            else
                regels.Add(r);
        }
        return bezwaren.Count == 0 ? uitkomst : uitkomst with { Regels = regels, Bezwaren = [.. uitkomst.Bezwaren, .. bezwaren] };
    }

    /// <summary>The whole check of a correction (credit or new debit) of <paramref name="origineel"/>: the correction window
    /// (DEV-Art8.8b) and the age limit (OCO-6.1c).</summary>
    /// <param name="toegestaan">Years the gemeente allowed corrections for after the last window (DEV-Art8.8b "tenzij").</param>
    public ValidationError? Toets(Prestatie origineel, DateOnly vandaag, IReadOnlySet<int>? toegestaan = null) =>
        (toegestaan?.Contains(origineel.Begindatum.Year) == true ? null : Correctie(origineel, vandaag)) ?? (TeOud(origineel.Begindatum, vandaag, $"Regel {origineel.ReferentieNummer}") is { } m ? new("ReferentieNummer", m) : null);
}
