using System.Text;

namespace Maatwerk.Domain.Declaratiebeoordeling;

public enum CheckOutcome
{
    Passed = 0,
    /// <summary>The line is rejected with the check's retour code.</summary>
    Rejected = 1,
    /// <summary>Never rejected automatically: a person judges it (IB-A10/A11, OP186/OP362).</summary>
    ManualReview = 2,
}

/// <summary>One check of a received Prestatie: the rule (TR…, or a contract clause), the retour code a rejection gets
/// (WJ001), the outcome and a Dutch explanation.</summary>
public sealed record PrestatieCheck(string Regel, string Retourcode, CheckOutcome Outcome, string Melding)
{
    public static PrestatieCheck Pass(string regel, string retourcode, string melding) => new(regel, retourcode, CheckOutcome.Passed, melding);
    public static PrestatieCheck Reject(string regel, string retourcode, string melding) => new(regel, retourcode, CheckOutcome.Rejected, melding);

    /// <summary>A passed check with its rule's fixed text (<see cref="Geslaagd"/>): the one shared record of that rule (a
    /// record is immutable), not a new one per line checked.</summary>
    public static PrestatieCheck Pass(string regel, string retourcode) =>
        Geslaagd[regel] is var vast && vast.Retourcode == retourcode ? vast : new(regel, retourcode, CheckOutcome.Passed, vast.Melding);

    /// <summary>The stored text's limit (column Controles): about 25 checks of at most 300 characters.</summary>
    public const int MaxLength = 8000;

    /// <summary>The passed check of a rule whose text says nothing about the line, by rule: such a check is stored as rule, code
    /// and outcome alone (<see cref="Write"/>) and gets its text back from here on reading, so a 323 of 100,000 lines does
    /// not store the same sentences 100,000 times (issue 12, bench/README.md "Session 25"). A text here is what every
    /// stored line shows: change it only to correct it.</summary>
    private static readonly Dictionary<string, PrestatieCheck> Geslaagd = new PrestatieCheck[]
    {
        new("TR304", "8187", CheckOutcome.Passed, "BSN hoort bij de toewijzing."),
        new("TR307", "9307", CheckOutcome.Passed, "Begindatum ligt binnen de toewijzing."),
        new("TR308", "9308", CheckOutcome.Passed, "Einddatum ligt niet na de toewijzing."),
        new("TR314", "8021", CheckOutcome.Passed, "ReferentieNummer is uniek."),
        new("TR318", "8214", CheckOutcome.Passed, "DeclaratiePeriode volgt op de vorige."),
        new("TR321", "9321", CheckOutcome.Passed, "Niet van toepassing."),
        new("TR322", "9322", CheckOutcome.Passed, "Periodieke omvang: per periode getoetst (TR321)."),
        new("TR339", "9339", CheckOutcome.Passed, "ProductCategorie zoals toegewezen."),
        new("TR340", "9340", CheckOutcome.Passed, "ProductCode zoals toegewezen."),
        new("TR341", "9341", CheckOutcome.Passed, "Eenheid past bij de toewijzing."),
        new("TR346", "9346", CheckOutcome.Passed, "Bedrag = volume × tarief."),
        new("TR369", "9369", CheckOutcome.Passed, "Toewijzing zonder budget."),
        new("TR381", "S329", CheckOutcome.Passed, "ProductCode staat op de productcodelijst van de gemeente."),
        new("TR384", "9384", CheckOutcome.Passed, "Toewijzing is niet verwijderd."),
        new("TR387", "9387", CheckOutcome.Passed, "Begindatum van de periode klopt."),
        new("TR388", "9388", CheckOutcome.Passed, "Einddatum van de periode klopt."),
        new("TR389", "9389", CheckOutcome.Passed, "Geen eerdere debetregel voor deze toewijzing, dit product en deze periode."),
        new("TR390", "9390", CheckOutcome.Passed, "Nog niet eerder gecrediteerd."),
    }.ToDictionary(c => c.Regel, StringComparer.Ordinal);

    /// <summary>Stored as one line per check: rule|code|outcome|message (the message without line breaks or bars, at most
    /// 300 characters), or rule|code|0 for a passed check with its rule's fixed text; checks beyond <see cref="MaxLength"/>
    /// are left off.</summary>
    public static string Write(IEnumerable<PrestatieCheck> checks)
    {
        var tekst = _tekst ??= new StringBuilder(1024); // one per thread: a receipt writes 100,000 of these (issue 12)
        tekst.Clear();
        var lengte = 0;
        foreach (var c in checks)
        {
            var begin = tekst.Length;
            if (begin > 0)
                tekst.Append('\n');
            var regel = tekst.Length;
            tekst.Append(c.Regel).Append('|').Append(c.Retourcode).Append('|').Append((int)c.Outcome);
            if (c.Outcome != CheckOutcome.Passed || !Geslaagd.TryGetValue(c.Regel, out var vast) || vast.Melding != c.Melding)
            {
                tekst.Append('|');
                foreach (var teken in c.Melding.AsSpan(0, Math.Min(c.Melding.Length, 300)))
                    tekst.Append(teken switch { '\n' => ' ', '|' => '/', _ => teken });
            }
            var regelLengte = tekst.Length - regel;
            if (lengte + regelLengte + 1 > MaxLength)
            {
                tekst.Length = begin;
                break;
            }
            lengte += regelLengte + 1;
        }
        return tekst.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? _tekst;

    /// <summary>Reads what <see cref="Write"/> stored, also the lines stored before passed checks were written compactly.</summary>
    public static IReadOnlyList<PrestatieCheck> Read(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|', 4))
            .Where(d => d.Length == 4 || (d.Length == 3 && d[2] == "0" && Geslaagd.ContainsKey(d[0])))
            .Select(d => new PrestatieCheck(d[0], d[1], (CheckOutcome)int.Parse(d[2], System.Globalization.CultureInfo.InvariantCulture),
                d.Length == 4 ? d[3] : Geslaagd[d[0]].Melding))
            .ToList();
}
