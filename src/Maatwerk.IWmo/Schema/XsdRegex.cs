using System.Text;
using System.Text.RegularExpressions;

namespace Maatwerk.IWmo.Schema;

/// <summary>Translates an XSD pattern into a .NET regex. XSD patterns are anchored to the whole value, '.' excludes
/// only CR and LF, and \s / \S cover exactly space, tab, CR and LF. NonBacktracking keeps patterns such as
/// ([.\s]*\S+[.\s]*)+ linear on hostile input.</summary>
internal static class XsdRegex
{
    public static Regex Compile(string xsdPattern) =>
        new($"^(?:{Translate(xsdPattern)})\\z", (NestedQuantifier.IsMatch(xsdPattern) ? RegexOptions.NonBacktracking : RegexOptions.Compiled) | RegexOptions.CultureInvariant);

    // A quantified group that itself contains a quantifier, e.g. ([.\s]*\S+[.\s]*)+, can backtrack exponentially.
    private static readonly Regex NestedQuantifier = new(@"\([^()]*[*+}][^()]*\)[*+{]", RegexOptions.CultureInvariant);

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
