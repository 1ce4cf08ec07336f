namespace Maatwerk.IWmo.Validatie;

/// <summary>The "systeemdatum" of the iWmo rules (TR135: a Dagtekening may not lie after it): the date in the
/// Netherlands at the moment the caller's clock gives. The library itself reads no clock.</summary>
public static class Systeemdatum
{
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly From(TimeProvider klok) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Nederland).DateTime);
}
