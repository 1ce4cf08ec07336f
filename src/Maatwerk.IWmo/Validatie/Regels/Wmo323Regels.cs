using System.Runtime.CompilerServices;
using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Declaratie (323): rules per Prestatie while streaming, the total (TR358) at the end. The periods have TR137
/// (Einddatum not before Begindatum and not after the message's Dagtekening), as the rule XSLT checks them.</summary>
internal sealed class Wmo323Regels : Regelset
{
    private static readonly DateOnly Minimum = new(2021, 1, 1);
    private long _som;
    private bool _kopGecontroleerd;
    private DateOnly? _dagtekening;
    private readonly HashSet<string> _referenties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referentiesVanClient = new(StringComparer.Ordinal);
    private BerichtElement? _client;
    private readonly HashSet<string> _vorigeReferenties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _debetSleutels = new(StringComparer.Ordinal);
    private readonly List<(string Vorig, BerichtElement Waar)> _credits = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        if (eenheid.Naam != "Prestatie") return;
        var declaratie = voorouders[1];
        if (!_kopGecontroleerd)
        {
            _kopGecontroleerd = true;
            _dagtekening = voorouders[0].Datum("Header/BerichtIdentificatie/Dagtekening");
            Kop(declaratie, _dagtekening);
        }
        if (!ReferenceEquals(_client, voorouders[^2]))
        {
            _client = voorouders[^2];
            _referentiesVanClient.Clear();
        }
        Prestatie(eenheid, declaratie, _client.Tekst("Bsn") ?? "", _dagtekening);
    }

    private void Kop(BerichtElement declaratie, DateOnly? dagtekening)
    {
        var periode = declaratie.Kind("DeclaratiePeriode")!;
        Tr137(periode, dagtekening);
        if (periode.Datum("Begindatum") is { } b && periode.Datum("Einddatum") is { } e)
        {
            if (b < Minimum)
                Fout("CS100", periode, $"DeclaratiePeriode begint op {D(b)}, vóór 01-01-2021.");
            if (b.Day != 1 || e != b.AddMonths(1).AddDays(-1))
                Fout("CS340", periode, $"DeclaratiePeriode {D(b)} t/m {D(e)} is niet precies één hele kalendermaand.");
        }
        var totaal = declaratie.Kind("TotaalIngediendBedrag")!;
        if (totaal.Getal("TotaalBedrag") == 0 && totaal.Tekst("DebetCredit") != "D")
            Fout("CS325", totaal, "Bij een TotaalBedrag van 0 moet DebetCredit D (debet) zijn.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Prestatie(BerichtElement p, BerichtElement declaratie, string bsn, DateOnly? dagtekening)
    {
        var bedrag = p.Kind("IngediendBedrag")!;
        var dc = bedrag.Tekst("DebetCredit");
        var waarde = bedrag.Getal("Bedrag") ?? 0;
        _som += dc == "C" ? -waarde : waarde;
        if (waarde == 0 && dc != "D")
            Fout("CS325", bedrag, "Bij een Bedrag van 0 moet DebetCredit D (debet) zijn.");

        var referentie = p.Tekst("ProductReferentie/ReferentieNummer") ?? "";
        var vorig = p.Tekst("ProductReferentie/VorigReferentieNummer");
        if (dc == "C" && vorig is null)
            Fout("CD060", p.Kind("ProductReferentie"), "Bij een creditprestatie is VorigReferentieNummer verplicht.");
        if (dc == "D" && vorig is not null)
            Fout("CD060", p.Kind("ProductReferentie"), "VorigReferentieNummer alleen vullen bij een creditprestatie.");
        // TR101 (XSLT): the same ProductReferentie twice among one client's prestaties is a double line; TR314: a
        // ReferentieNummer must be unique for the provider, so elsewhere in the message it rejects the prestatie.
        if (!_referentiesVanClient.Add($"{referentie}|{vorig}"))
            Fout("TR101", p.Kind("ProductReferentie"), $"ProductReferentie {referentie} komt meer dan eens voor bij deze cliënt.");
        else if (!_referenties.Add(referentie))
            Fout("TR314", p.Kind("ProductReferentie")!.Kind("ReferentieNummer"), $"ReferentieNummer {referentie} komt al eerder voor in de declaratie.");
        if (vorig is not null)
        {
            if (!_vorigeReferenties.Add(vorig))
                Fout("TR315", p.Kind("ProductReferentie"), $"VorigReferentieNummer {vorig} komt meer dan eens voor in het bericht.");
            _credits.Add((vorig, p.Kind("ProductReferentie")!));
        }

        var eenheid = p.Tekst("Eenheid");
        var tarief = p.Kind("ProductTarief");
        if (eenheid != "83" && tarief is null)
            Fout("CD087", p, "ProductTarief is verplicht als Eenheid niet 83 (euro's) is.");
        if (eenheid == "83" && tarief is not null)
            Fout("CD087", tarief, "ProductTarief leeg laten bij Eenheid 83 (euro's).");
        if (eenheid == "83" && p.Getal("GeleverdVolume") != waarde)
            Fout("CS339", bedrag, "Bij Eenheid 83 (euro's) moet IngediendBedrag gelijk zijn aan GeleverdVolume.");

        var periode = p.Kind("ProductPeriode")!;
        Tr137(periode, dagtekening);
        if (periode.Datum("Begindatum") is { } b && periode.Datum("Einddatum") is { } e)
        {
            if (b < Minimum)
                Fout("CS100", periode, $"ProductPeriode begint op {D(b)}, vóór 01-01-2021.");
            if (b.Year != e.Year || b.Month != e.Month)
                Fout("CS337", periode, $"ProductPeriode {D(b)} t/m {D(e)} valt niet binnen één kalendermaand.");
            if (declaratie.Datum("DeclaratiePeriode/Einddatum") is { } declEind && e > declEind)
                Fout("TR319", periode, $"ProductPeriode eindigt op {D(e)}, na de DeclaratiePeriode (t/m {D(declEind)}).");
            if (declaratie.Datum("DeclaratieDagtekening") is { } dd && e < dd.AddYears(-5))
                Fout("TR335", periode, $"Einddatum {D(e)} ligt meer dan 5 jaar voor de DeclaratieDagtekening.");
            if (dc == "D")
            {
                var sleutel = $"{bsn}|{p.Tekst("ToewijzingNummer")}|{p.Tekst("ProductCategorie")}|{p.Tekst("ProductCode")}|{b.DayNumber}|{e.DayNumber}";
                if (!_debetSleutels.Add(sleutel))
                    Fout("TR416", p, "Er is al een debetprestatie voor dezelfde toewijzing, product en ProductPeriode in dit bericht.");
            }
        }
    }

    /// <summary>TR137: Einddatum not before Begindatum and not after the Dagtekening of the message.</summary>
    private void Tr137(BerichtElement periode, DateOnly? dagtekening)
    {
        if (periode.Datum("Begindatum") is not { } b || periode.Datum("Einddatum") is not { } e) return;
        if (e < b)
            Fout("TR137", periode, $"{periode.Naam}: Einddatum {D(e)} ligt voor Begindatum {D(b)}.");
        if (e > dagtekening)
            Fout("TR137", periode, $"{periode.Naam}: Einddatum {D(e)} ligt na de Dagtekening van het bericht {D(dagtekening!.Value)}.");
    }

    public override void Einde(BerichtElement bericht)
    {
        foreach (var (vorig, waar) in _credits)
            if (_referenties.Contains(vorig))
                Fout("TR316", waar, $"Prestatie {vorig} wordt in hetzelfde bericht gedeclareerd en gecrediteerd.");
        var totaal = bericht.Zoek("Declaratie/TotaalIngediendBedrag");
        if (totaal is null) return;
        var opgegeven = (totaal.Getal("TotaalBedrag") ?? 0) * (totaal.Tekst("DebetCredit") == "C" ? -1 : 1);
        if (opgegeven != _som)
            Fout("TR358", totaal, $"TotaalIngediendBedrag ({Bedrag(opgegeven)}) is niet gelijk aan de som van de prestaties ({Bedrag(_som)}).");
    }

    private static string Bedrag(long centen) =>
        (centen / 100m).ToString("€ #,##0.00;€ -#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
