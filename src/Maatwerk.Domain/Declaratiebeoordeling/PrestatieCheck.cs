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

    /// <summary>The stored text's limit (column Controles): about 25 checks of at most 300 characters.</summary>
    public const int MaxLength = 8000;

    /// <summary>Stored as one line per check: rule|code|outcome|message (the message without line breaks or bars, at most
    /// 300 characters); checks beyond <see cref="MaxLength"/> are left off.</summary>
    public static string Write(IEnumerable<PrestatieCheck> checks)
    {
        var regels = new List<string>();
        var lengte = 0;
        foreach (var c in checks)
        {
            var melding = c.Melding.Replace('\n', ' ').Replace('|', '/');
            var regel = $"{c.Regel}|{c.Retourcode}|{(int)c.Outcome}|{(melding.Length <= 300 ? melding : melding[..300])}";
            if (lengte + regel.Length + 1 > MaxLength) break;
            regels.Add(regel);
            lengte += regel.Length + 1;
        }
        return string.Join("\n", regels);
    }

    public static IReadOnlyList<PrestatieCheck> Read(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|', 4))
            .Where(d => d.Length == 4)
            .Select(d => new PrestatieCheck(d[0], d[1], (CheckOutcome)int.Parse(d[2], System.Globalization.CultureInfo.InvariantCulture), d[3]))
            .ToList();
}
