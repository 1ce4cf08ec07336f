using System.Runtime.CompilerServices;
using System.Globalization;

namespace Maatwerk.IWmo.Schema;

/// <summary>Checks a simple value against its type exactly as an XSD 1.0 validator does (lexical space, value space,
/// facets). Returns null when valid, otherwise a code and a Dutch explanation.</summary>
public static class ValueCheck
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (string Code, string Melding)? Check(SimpleType type, string raw)
    {
        var value = type.Base == XsdBase.String ? raw : Collapse(raw);
        switch (type.Base)
        {
            case XsdBase.Integer:
                if (!IsInteger(value))
                    return Fout("F004", raw, "is geen geheel getal.");
                decimal? getal = TryParseKort(value, out var kort) ? kort
                    : decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var lang) ? lang : null;
                if (getal is not { } number || number < type.MinInclusive || number > type.MaxInclusive)
                    return BuitenBereik(type, value);
                break;
            case XsdBase.Date:
                if (!IsDate(value))
                    return Fout("F003", raw, "is geen geldige datum (verwacht JJJJ-MM-DD).");
                break;
            case XsdBase.Time:
                if (!IsTime(value))
                    return Fout("F007", raw, "is geen geldige tijd (verwacht UU:MM:SS).");
                break;
        }
        if (type.MinLength is not null || type.MaxLength is not null)
        {
            var length = CodePoints(value);
            if (length < (type.MinLength ?? 0) || length > (type.MaxLength ?? int.MaxValue))
                return Lengte(type, value, length);
        }
        if (type.EnumerationSet is { } allowed && !allowed.Contains(value))
            return NietToegestaan(allowed, value);
        var steps = type.CompiledPatterns;
        for (var i = 0; i < steps.Length; i++)
        {
            if (!Matches(steps[i], value))
                return Formaat(type, value, i);
        }
        return null;
    }

    // The messages are built outside Check: inlined there, their string building made Check 5 kB of machine code that
    // the command line compiles at start-up for every run (bench/README.md, "Session 26").
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Code, string Melding)? Fout(string code, string raw, string uitleg) => (code, $"'{Short(raw)}' {uitleg}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Code, string Melding)? BuitenBereik(SimpleType type, string value) =>
        ("F005", $"Waarde {Short(value)} ligt buiten het toegestane bereik {type.MinInclusive}–{type.MaxInclusive}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Code, string Melding)? Lengte(SimpleType type, string value, int length) =>
        length < (type.MinLength ?? 0)
            ? ("F001", value.Length == 0 ? "Waarde is leeg." : $"Waarde is te kort: {length} tekens, minimaal {type.MinLength}.")
            : ("F001", $"Waarde is te lang: {length} tekens, maximaal {type.MaxLength}.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Code, string Melding)? NietToegestaan(IReadOnlySet<string> allowed, string value) =>
        ("F006", $"'{Short(value)}' is geen toegestane waarde (toegestaan: {string.Join(", ", allowed.Order().Take(12))}{(allowed.Count > 12 ? ", …" : "")}).");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Code, string Melding)? Formaat(SimpleType type, string value, int i) =>
        ("F002", $"'{Short(value)}' voldoet niet aan het formaat {string.Join(" of ", type.Patterns[i])}.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Matches(Func<string, bool>[] alternatives, string value)
    {
        foreach (var m in alternatives)
            if (m(value)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Collapse(string s)
    {
        if (s.Length == 0 || (!NeedsCollapse(s))) return s;
        return string.Join(' ', s.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NeedsCollapse(string s)
    {
        foreach (var c in s)
            if (c is ' ' or '\t' or '\n' or '\r') return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsInteger(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (i == s.Length) return false;
        for (; i < s.Length; i++)
            if (s[i] is < '0' or > '9') return false;
        return true;
    }

    /// <summary>An optional sign and 1 to 18 ASCII digits, read as a long without the general number parser; false for
    /// anything else, which the caller then parses as before (same result, only the common case is faster).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryParseKort(ReadOnlySpan<char> s, out long waarde)
    {
        waarde = 0;
        var negatief = s.Length > 0 && s[0] == '-';
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (s.Length == i || s.Length - i > 18) return false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is < '0' or > '9') return false;
            waarde = waarde * 10 + (c - '0');
        }
        if (negatief) waarde = -waarde;
        return true;
    }

    /// <summary>xs:date lexical form with optional timezone; years 0001–9999 as System.Xml supports.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsDate(string s)
    {
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Digits(s, 0, 4, out var y) || !Digits(s, 5, 2, out var m) || !Digits(s, 8, 2, out var d)) return false;
        if (y == 0 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        return IsTimezone(s.AsSpan(10));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsTime(string s)
    {
        if (s.Length < 8 || s[2] != ':' || s[5] != ':') return false;
        if (!Digits(s, 0, 2, out var h) || !Digits(s, 3, 2, out var mi) || !Digits(s, 6, 2, out var se)) return false;
        if (h > 23 || mi > 59 || se > 59) return false;
        var i = 8;
        if (i < s.Length && s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) return false;
        }
        return IsTimezone(s.AsSpan(i));
    }

    private static bool IsTimezone(ReadOnlySpan<char> tz)
    {
        if (tz.Length == 0 || tz is "Z") return true;
        if (tz.Length != 6 || tz[0] is not ('+' or '-') || tz[3] != ':') return false;
        if (!char.IsAsciiDigit(tz[1]) || !char.IsAsciiDigit(tz[2]) || !char.IsAsciiDigit(tz[4]) || !char.IsAsciiDigit(tz[5])) return false;
        var hh = (tz[1] - '0') * 10 + tz[2] - '0';
        var mm = (tz[4] - '0') * 10 + tz[5] - '0';
        return mm <= 59 && (hh < 14 || (hh == 14 && mm == 0));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i])) return false;
            value = value * 10 + s[i] - '0';
        }
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CodePoints(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    internal static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
