using System.Globalization;
using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Berichten.Model;

/// <summary>Conversions between XML values and the typed model (xs:integer → long, xs:date → DateOnly, xs:time → TimeOnly).</summary>
internal static class Veld
{
    public static string? Tekst(BerichtElement? e) => e?.Waarde;

    public static long? Getal(BerichtElement? e) =>
        e?.Waarde is { } w && long.TryParse(ValueCheck.Collapse(w), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static DateOnly? Datum(BerichtElement? e) => BerichtElement.AsDate(e?.Waarde);

    public static TimeOnly? Tijd(BerichtElement? e) =>
        e?.Waarde is { } w && TimeOnly.TryParse(ValueCheck.Collapse(w).TrimEnd('Z'), CultureInfo.InvariantCulture, out var t) ? t : null;

    public static string Formatteer(string v) => v;
    public static string Formatteer(long v) => v.ToString(CultureInfo.InvariantCulture);
    public static string Formatteer(DateOnly v) => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Formatteer(TimeOnly v) => v.ToString(v.Millisecond == 0 ? "HH:mm:ss" : "HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
