using System.Globalization;
using System.Text;

namespace Maatwerk.IWmo.Generator;

/// <summary>Small helpers for writing C# source: literals and the file frame.</summary>
public static class CSharp
{
    public static string Literal(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        return sb.Append('"').ToString();
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Max(int max) => max == ElementDef.Unbounded ? "Occurs.Unbounded" : Int(max);

    /// <summary>The generated files use LF line ends and end with one newline, whatever the machine.</summary>
    public sealed class Writer
    {
        private readonly StringBuilder _sb = new();

        public Writer Line(string text = "")
        {
            _sb.Append(text).Append('\n');
            return this;
        }

        public override string ToString() => _sb.ToString();
    }
}
