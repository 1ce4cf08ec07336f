namespace Maatwerk.IWmo.Berichten.Declaratie;

/// <summary>The Declaratie data of a WMO323 before its Clienten.</summary>
public sealed record DeclaratieKop(
    BerichtHeader Header,
    string DeclaratieNummer,
    DateOnly PeriodeBegin,
    DateOnly PeriodeEind,
    DateOnly DeclaratieDagtekening,
    long TotaalBedrag,
    string DebetCredit)
{
    public static DeclaratieKop From(BerichtElement bericht, BerichtElement declaratie) => new(
        BerichtHeader.From(bericht.Kind("Header")!),
        declaratie.Text("DeclaratieNummer") ?? "",
        declaratie.Date("DeclaratiePeriode/Begindatum") ?? default,
        declaratie.Date("DeclaratiePeriode/Einddatum") ?? default,
        declaratie.Date("DeclaratieDagtekening") ?? default,
        declaratie.Number("TotaalIngediendBedrag/TotaalBedrag") ?? 0,
        declaratie.Text("TotaalIngediendBedrag/DebetCredit") ?? "D");
}
