using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Maatwerk.IWmo.Schema;

/// <summary>Translates an XSD pattern into a matcher. XSD patterns are anchored to the whole value, '.' excludes only
/// CR and LF, and \s / \S cover exactly space, tab, CR and LF. The patterns that occur on nearly every value get a
/// hand-written matcher (no regex start-up cost); a quantified group that contains a quantifier, such as
/// ([.\s]*\S+[.\s]*)+, runs NonBacktracking so hostile input stays linear.</summary>
internal static class XsdRegex
{
    private static readonly Regex NestedQuantifier = new(@"\([^()]*[*+}][^()]*\)[*+{]", RegexOptions.CultureInvariant);
    private static readonly Regex DigitsN = new(@"^\[0-9\]\{(\d+)\}$", RegexOptions.CultureInvariant);

    public static Func<string, bool> Compile(string xsdPattern)
    {
        if (xsdPattern == @".*[^\s].*") return HasNonSpaceOnOneLine;
        if (xsdPattern == "[0-9]*") return s => AllDigits(s);
        if (DigitsN.Match(xsdPattern) is { Success: true } m)
        {
            var n = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return s => s.Length == n && AllDigits(s);
        }
        if (xsdPattern.All(char.IsAsciiDigit)) return s => s == xsdPattern;
        var options = (NestedQuantifier.IsMatch(xsdPattern) ? RegexOptions.NonBacktracking : RegexOptions.None) | RegexOptions.CultureInvariant;
        var regex = new Regex($"^(?:{Translate(xsdPattern)})\\z", options);
        return regex.IsMatch;
    }

    /// <summary>.*[^\s].* — no CR/LF anywhere (XSD '.' excludes them) and at least one non-whitespace character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasNonSpaceOnOneLine(string s)
    {
        var found = false;
        foreach (var c in s)
        {
            if (c is '\n' or '\r') return false;
            if (c is not (' ' or '\t')) found = true;
        }
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllDigits(string s)
    {
        foreach (var c in s)
            if (c is < '0' or > '9') return false;
        return true;
    }

    private static string Translate(string p)
    {
        var sb = new StringBuilder(p.Length + 16);
        var inClass = false;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\' && i + 1 < p.Length)
            {
                var n = p[++i];
                sb.Append(n switch
                {
                    's' => inClass ? " \\t\\n\\r" : "[ \\t\\n\\r]",
                    'S' => inClass ? "\\S" : "[^ \\t\\n\\r]",
                    'd' => "\\p{Nd}",
                    _ => "\\" + n,
                });
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '.' && !inClass)
            {
                sb.Append("[^\\n\\r]");
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
