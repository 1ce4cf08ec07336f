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
    public static DeclaratieKop Van(BerichtElement bericht, BerichtElement declaratie) => new(
        BerichtHeader.Van(bericht.Kind("Header")!),
        declaratie.Tekst("DeclaratieNummer") ?? "",
        declaratie.Datum("DeclaratiePeriode/Begindatum") ?? default,
        declaratie.Datum("DeclaratiePeriode/Einddatum") ?? default,
        declaratie.Datum("DeclaratieDagtekening") ?? default,
        declaratie.Getal("TotaalIngediendBedrag/TotaalBedrag") ?? 0,
        declaratie.Tekst("TotaalIngediendBedrag/DebetCredit") ?? "D");
}
