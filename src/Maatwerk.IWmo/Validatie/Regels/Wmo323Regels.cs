using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Declaratie (323): rules per Prestatie while streaming, the total (TR358) at the end. The periods have TR137
/// (Einddatum not before Begindatum and not after the message's Dagtekening), as the rule XSLT checks them.</summary>
internal sealed class Wmo323Regels : RegelSet
{
    private static readonly DateOnly Minimum = new(2021, 1, 1);
    private long _som;
    private bool _kopGecontroleerd;
    private DateOnly? _dagtekening;
    // The Declaratie's own dates precede its clients in the sequence, so they are read once, at the first Prestatie.
    private DateOnly? _declaratieEind;
    private DateOnly? _declaratieDagtekening;
    // Keys per prestatie in compact sets: as strings they would all survive to the end and be traced by every collection.
    private readonly CompactStringSet _referenties = new();
    private readonly CompactStringSet _referentiesVanClient = new();
    private readonly char[] _sleutel = new char[256];
    private BerichtElement? _client;
    private readonly HashSet<string> _vorigeReferenties = new(StringComparer.Ordinal);
    private readonly CompactStringSet _debetSleutels = new();
    private readonly List<(string Vorig, BerichtElement Waar)> _credits = [];

    public override void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
    {
        if (eenheid.Naam != "Prestatie") return;
        var declaratie = voorouders[1];
        if (!_kopGecontroleerd)
        {
            _kopGecontroleerd = true;
            _dagtekening = voorouders[0].Date("Header/BerichtIdentificatie/Dagtekening");
            if (!Vervolg) Header(declaratie, _dagtekening);
            _declaratieEind = declaratie.Date("DeclaratiePeriode/Einddatum");
            _declaratieDagtekening = declaratie.Date("DeclaratieDagtekening");
        }
        if (!ReferenceEquals(_client, voorouders[^2]))
        {
            _client = voorouders[^2];
            _referentiesVanClient.Clear();
        }
        Prestatie(eenheid, _client.Text("Bsn") ?? "", _dagtekening);
    }

    private void Header(BerichtElement declaratie, DateOnly? dagtekening)
    {
        var periode = declaratie.Kind("DeclaratiePeriode")!;
        if (periode.Date("Begindatum") is { } b && periode.Date("Einddatum") is { } e)
        {
            Tr137(periode, b, e, dagtekening);
            if (b < Minimum)
                Finding("CS100", periode, $"DeclaratiePeriode begint op {D(b)}, vóór 01-01-2021.");
            if (b.Day != 1 || e != b.AddMonths(1).AddDays(-1))
                Finding("CS340", periode, $"DeclaratiePeriode {D(b)} t/m {D(e)} is niet precies één hele kalendermaand.");
        }
        var totaal = declaratie.Kind("TotaalIngediendBedrag")!;
        if (totaal.Number("TotaalBedrag") == 0 && totaal.Text("DebetCredit") != "D")
            Finding("CS325", totaal, "Bij een TotaalBedrag van 0 moet DebetCredit D (debet) zijn.");
    }

    private void Prestatie(BerichtElement p, string bsn, DateOnly? dagtekening)
    {
        var bedrag = p.Kind("IngediendBedrag")!;
        var dc = bedrag.Text("DebetCredit");
        var waarde = bedrag.Number("Bedrag") ?? 0;
        _som += dc == "C" ? -waarde : waarde;
        if (waarde == 0 && dc != "D")
            Finding("CS325", bedrag, "Bij een Bedrag van 0 moet DebetCredit D (debet) zijn.");

        var referentie = p.Text("ProductReferentie/ReferentieNummer") ?? "";
        var vorig = p.Text("ProductReferentie/VorigReferentieNummer");
        if (dc == "C" && vorig is null)
            Finding("CD060", p.Kind("ProductReferentie"), "Bij een creditprestatie is VorigReferentieNummer verplicht.");
        if (dc == "D" && vorig is not null)
            Finding("CD060", p.Kind("ProductReferentie"), "VorigReferentieNummer alleen vullen bij een creditprestatie.");
        // TR101 (XSLT): the same ProductReferentie twice among one client's prestaties is a double line; TR314: a
        // ReferentieNummer must be unique for the provider, so elsewhere in the message it rejects the prestatie.
        if (!_referentiesVanClient.Add(_sleutel.AsSpan().TryWrite($"{referentie}|{vorig}", out var n) ? _sleutel.AsSpan(0, n) : $"{referentie}|{vorig}"))
            Finding("TR101", p.Kind("ProductReferentie"), $"ProductReferentie {referentie} komt meer dan eens voor bij deze cliënt.");
        else if (!_referenties.Add(referentie))
            Finding("TR314", p.Kind("ProductReferentie")!.Kind("ReferentieNummer"), $"ReferentieNummer {referentie} komt al eerder voor in de declaratie.");
        if (vorig is not null)
        {
            if (!_vorigeReferenties.Add(vorig))
                Finding("TR315", p.Kind("ProductReferentie"), $"VorigReferentieNummer {vorig} komt meer dan eens voor in het bericht.");
            _credits.Add((vorig, p.Kind("ProductReferentie")!));
        }

        var eenheid = p.Text("Eenheid");
        var tarief = p.Heeft("ProductTarief");
        if (eenheid != "83" && !tarief)
            Finding("CD087", p, "ProductTarief is verplicht als Eenheid niet 83 (euro's) is.");
        if (eenheid == "83" && tarief)
            Finding("CD087", p.Kind("ProductTarief"), "ProductTarief leeg laten bij Eenheid 83 (euro's).");
        if (eenheid == "83" && p.Number("GeleverdVolume") != waarde)
            Finding("CS339", bedrag, "Bij Eenheid 83 (euro's) moet IngediendBedrag gelijk zijn aan GeleverdVolume.");

        var periode = p.Kind("ProductPeriode")!;
        if (periode.Date("Begindatum") is { } b && periode.Date("Einddatum") is { } e)
        {
            Tr137(periode, b, e, dagtekening);
            if (b < Minimum)
                Finding("CS100", periode, $"ProductPeriode begint op {D(b)}, vóór 01-01-2021.");
            if (b.Year != e.Year || b.Month != e.Month)
                Finding("CS337", periode, $"ProductPeriode {D(b)} t/m {D(e)} valt niet binnen één kalendermaand.");
            if (_declaratieEind is { } declEind && e > declEind)
                Finding("TR319", periode, $"ProductPeriode eindigt op {D(e)}, na de DeclaratiePeriode (t/m {D(declEind)}).");
            if (_declaratieDagtekening is { } dd && e < dd.AddYears(-5))
                Finding("TR335", periode, $"Einddatum {D(e)} ligt meer dan 5 jaar voor de DeclaratieDagtekening.");
            if (dc == "D")
            {
                if (!_debetSleutels.Add(DebetSleutel(bsn, p.Text("ToewijzingNummer"), p.Text("ProductCategorie"), p.Text("ProductCode"), b, e)))
                    Finding("TR416", p, "Er is al een debetprestatie voor dezelfde toewijzing, product en ProductPeriode in dit bericht.");
            }
        }
    }

    /// <summary>TR416: one debet prestatie per client, toewijzing, product and period.</summary>
    private ReadOnlySpan<char> DebetSleutel(string bsn, string? toewijzing, string? categorie, string? code, DateOnly b, DateOnly e) =>
        _sleutel.AsSpan().TryWrite($"{bsn}|{toewijzing}|{categorie}|{code}|{b.DayNumber}|{e.DayNumber}", out var n)
            ? _sleutel.AsSpan(0, n)
            : $"{bsn}|{toewijzing}|{categorie}|{code}|{b.DayNumber}|{e.DayNumber}";

    /// <summary>TR137: Einddatum not before Begindatum and not after the Dagtekening of the message.</summary>
    private void Tr137(BerichtElement periode, DateOnly b, DateOnly e, DateOnly? dagtekening)
    {
        if (e < b)
            Finding("TR137", periode, $"{periode.Naam}: Einddatum {D(e)} ligt voor Begindatum {D(b)}.");
        if (e > dagtekening)
            Finding("TR137", periode, $"{periode.Naam}: Einddatum {D(e)} ligt na de Dagtekening van het bericht {D(dagtekening!.Value)}.");
    }

    /// <summary>A ReferentieNummer (TR314), VorigReferentieNummer (TR315) or debet key (TR416) of the second part that
    /// the first part has too: sequentially, its first occurrence in the second part would have been reported.</summary>
    public override bool Botst(RegelSet tweede)
    {
        var t = (Wmo323Regels)tweede;
        return t._referenties.Overlapt(_referenties) || t._vorigeReferenties.Overlaps(_vorigeReferenties) || t._debetSleutels.Overlapt(_debetSleutels);
    }

    /// <summary>What <see cref="Einde"/> needs of the second part: its sum, its credits (TR316) and its ReferentieNummers.</summary>
    public override void Voeg(RegelSet tweede)
    {
        var t = (Wmo323Regels)tweede;
        _som += t._som;
        _referenties.VoegToe(t._referenties);
        _credits.AddRange(t._credits);
    }

    public override void Einde(BerichtElement bericht)
    {
        foreach (var (vorig, waar) in _credits)
            if (_referenties.Contains(vorig))
                Finding("TR316", waar, $"Prestatie {vorig} wordt in hetzelfde bericht gedeclareerd en gecrediteerd.");
        var totaal = bericht.Find("Declaratie/TotaalIngediendBedrag");
        if (totaal is null) return;
        var opgegeven = (totaal.Number("TotaalBedrag") ?? 0) * (totaal.Text("DebetCredit") == "C" ? -1 : 1);
        if (opgegeven != _som)
            Finding("TR358", totaal, $"TotaalIngediendBedrag ({Amount(opgegeven)}) is niet gelijk aan de som van de prestaties ({Amount(_som)}).");
    }

    private static string Amount(long centen) =>
        (centen / 100m).ToString("€ #,##0.00;€ -#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
}
