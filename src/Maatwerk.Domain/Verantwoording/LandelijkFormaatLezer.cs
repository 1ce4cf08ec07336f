using System.Globalization;
using Maatwerk.Domain.Common;
using Maatwerk.Domain.Organisaties;

namespace Maatwerk.Domain.Verantwoording;

/// <summary>Reads a productieverantwoording that an aanbieder drew up in its own system, in the national format
/// (<see cref="LandelijkFormaat"/>: the header block with "Verslagjaar", the column row starting with "Gemeentecode", the rows,
/// subtotals/total and signature are recognised and skipped). Every bad cell gets a Dutch message naming the row (as numbered
/// in the sheet), the column and the rule; the result has rows only when there are no errors. OCO-6.2a, DEV-Art22.1.</summary>
public static class LandelijkFormaatLezer
{
    /// <param name="KvK">The aanbieder's KvK-nummer as registered; a KvK in the file must match it (an empty cell is accepted).</param>
    public sealed record Context(int Jaar, IReadOnlyDictionary<string, string> Gemeenten, Func<string, string, bool> ProductBekend, string? KvK = null);

    public sealed record Resultaat(IReadOnlyList<Gemeenteopstelling.Rij> Rijen, IReadOnlyList<ValidationError> Fouten);

    private static readonly string[] Eenheden = ["01", "04", "14", "16", "82", "83", "84"];
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static Resultaat Lees(IReadOnlyList<IReadOnlyList<string>> cellen, Context context)
    {
        var fouten = new List<ValidationError>();
        void Fout(int rij, string kolom, string melding) => fouten.Add(new($"rij {rij}, kolom {kolom}", $"Rij {rij}, kolom '{kolom}': {melding}"));
        string Cel(IReadOnlyList<string> rij, int i) => i < rij.Count ? rij[i].Trim() : "";

        var jaarRij = Index(cellen, LandelijkFormaat.Verslagjaar);
        if (jaarRij < 0)
            fouten.Add(new(LandelijkFormaat.Verslagjaar, $"Het bestand mist de regel '{LandelijkFormaat.Verslagjaar}' in de kop (landelijk format)."));
        else if (!int.TryParse(Cel(cellen[jaarRij], 1), NumberStyles.None, CultureInfo.InvariantCulture, out var jaar) || jaar != context.Jaar)
            Fout(jaarRij + 1, LandelijkFormaat.Verslagjaar, $"het verslagjaar '{Cel(cellen[jaarRij], 1)}' is niet het gekozen jaar {context.Jaar}.");
        var kvkRij = Index(cellen, LandelijkFormaat.KvK);
        if (kvkRij >= 0 && Cel(cellen[kvkRij], 1) is { Length: > 0 } kvk)
        {
            if (!KvkNummer.TryParse(kvk, out _, out var kvkFout))
                Fout(kvkRij + 1, LandelijkFormaat.KvK, $"'{kvk}': " + char.ToLowerInvariant(kvkFout![0]) + kvkFout[1..]);
            else if (context.KvK is { } eigen && kvk != eigen)
                Fout(kvkRij + 1, LandelijkFormaat.KvK, $"het KvK-nummer {kvk} is niet dat van de aanbieder ({eigen}).");
        }
        var kop = Index(cellen, LandelijkFormaat.Kolommen[0]);
        if (kop < 0)
        {
            fouten.Add(new("bestand", $"Het bestand mist de kolomregel van het landelijke format: {string.Join(";", LandelijkFormaat.Kolommen)}."));
            return new([], fouten);
        }
        var kopFouten = fouten.Count;
        for (var k = 0; k < LandelijkFormaat.Kolommen.Length; k++)
            if (!string.Equals(Cel(cellen[kop], k), LandelijkFormaat.Kolommen[k], StringComparison.OrdinalIgnoreCase))
                Fout(kop + 1, LandelijkFormaat.Kolommen[k], $"verwacht de kolom '{LandelijkFormaat.Kolommen[k]}' op plaats {k + 1}, gevonden '{Cel(cellen[kop], k)}'.");
        if (fouten.Count > kopFouten)
            return new([], fouten);

        var rijen = new List<Gemeenteopstelling.Rij>();
        long? opgegevenTotaal = null;
        var totaalRij = 0;
        for (var i = kop + 1; i < cellen.Count; i++)
        {
            var rij = cellen[i];
            var nr = i + 1;
            if (Cel(rij, 0) == LandelijkFormaat.Ondertekening)
                break;
            if (Enumerable.Range(0, LandelijkFormaat.Kolommen.Length).All(c => Cel(rij, c) == ""))
                continue;
            if (Cel(rij, 0) == "" && Cel(rij, 1).StartsWith(LandelijkFormaat.Subtotaal, StringComparison.OrdinalIgnoreCase))
                continue;
            if (Cel(rij, 0) == "" && string.Equals(Cel(rij, 1), LandelijkFormaat.Totaal, StringComparison.OrdinalIgnoreCase))
            {
                (opgegevenTotaal, totaalRij) = (Euro(Cel(rij, 9)), nr);
                continue;
            }
            var k = LandelijkFormaat.Kolommen;
            var fout = fouten.Count;
            var gemeente = Cel(rij, 0);
            if (!context.Gemeenten.ContainsKey(gemeente))
                Fout(nr, k[0], $"gemeente '{gemeente}' valt niet onder dit contract (wel: {string.Join(", ", context.Gemeenten.Keys.Order())}).");
            var (categorie, code) = (Cel(rij, 2), Cel(rij, 3));
            if (!context.ProductBekend(categorie, code))
                Fout(nr, k[3], $"productcode '{code}' (categorie '{categorie}') is onbekend voor dit contract.");
            var eenheid = EenheidCode(Cel(rij, 5));
            if (eenheid is null)
                Fout(nr, k[5], $"eenheid '{Cel(rij, 5)}' is onbekend (verwacht een iWmo-eenheid zoals 01/minuten, 04/uren, 14/etmalen).");
            long? tarief = null;
            var tariefTekst = Cel(rij, 6);
            if (!string.Equals(tariefTekst, LandelijkFormaat.Diverse, StringComparison.OrdinalIgnoreCase))
            {
                tarief = Euro(tariefTekst);
                if (tarief is null or < 0)
                    Fout(nr, k[6], $"'{tariefTekst}' is geen tarief in euro's (of '{LandelijkFormaat.Diverse}').");
            }
            if (!long.TryParse(Cel(rij, 7), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var volume))
                Fout(nr, k[7], $"'{Cel(rij, 7)}' is geen heel getal.");
            else if (volume < 0)
                Fout(nr, k[7], $"het volume {volume} is negatief; verantwoord het saldo na creditering (0 of meer).");
            if (!int.TryParse(Cel(rij, 8), NumberStyles.None, CultureInfo.InvariantCulture, out var clienten))
                Fout(nr, k[8], $"'{Cel(rij, 8)}' is geen aantal (0 of meer).");
            var bedrag = Euro(Cel(rij, 9));
            if (bedrag is null)
                Fout(nr, k[9], $"'{Cel(rij, 9)}' is geen bedrag in euro's (hoogstens 2 decimalen).");
            else if (tarief is { } t && fouten.Count == fout && Math.Abs(bedrag.Value - volume * t) > 1)
                Fout(nr, k[9], $"het bedrag {LandelijkFormaat.Euro(bedrag.Value).ToString("0.00", Nl)} is niet volume × tarief ({volume} × {LandelijkFormaat.Euro(t).ToString("0.00", Nl)} = {LandelijkFormaat.Euro(volume * t).ToString("0.00", Nl)}, marge 1 cent).");
            if (fouten.Count > fout)
                continue;
            if (rijen.Any(r => r.Gemeente == gemeente && r.ProductCategorie == categorie && r.ProductCode == code && r.Eenheid == eenheid))
            {
                Fout(nr, k[3], $"gemeente {gemeente} met product {categorie} {code} staat er al eerder in; één rij per gemeente en product.");
                continue;
            }
            rijen.Add(new(gemeente, categorie, code, eenheid!, tarief, clienten, volume, bedrag!.Value));
        }
        if (fouten.Count == 0 && rijen.Count == 0)
            fouten.Add(new("bestand", "Het bestand bevat geen regels onder de kolomregel."));
        if (fouten.Count == 0 && opgegevenTotaal is { } totaal && totaal != rijen.Sum(r => r.Bedrag))
            Fout(totaalRij, LandelijkFormaat.Kolommen[9], $"het totaal {LandelijkFormaat.Euro(totaal).ToString("0.00", Nl)} is niet de som van de regels ({LandelijkFormaat.Euro(rijen.Sum(r => r.Bedrag)).ToString("0.00", Nl)}).");
        return fouten.Count > 0 ? new([], fouten) : new(rijen, fouten);
    }

    private static int Index(IReadOnlyList<IReadOnlyList<string>> cellen, string eersteCel)
    {
        for (var i = 0; i < cellen.Count; i++)
            if (cellen[i].Count > 0 && string.Equals(cellen[i][0].Trim(), eersteCel, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>An iWmo unit by code ("04") or by name ("uren").</summary>
    public static string? EenheidCode(string tekst) =>
        Eenheden.FirstOrDefault(e => e == tekst || string.Equals(Productieopstelling.EenheidNaam(e), tekst, StringComparison.OrdinalIgnoreCase));

    /// <summary>Euros (Excel's "123.45", or Dutch "123,45" / "1.234,56") to eurocents; null when not a number with at most 2 decimals.</summary>
    public static long? Euro(string tekst)
    {
        var s = tekst.Replace("€", "").Trim();
        var cultuur = s.Contains(',') ? Nl : CultureInfo.InvariantCulture;
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, cultuur, out var euro))
            return null;
        var centen = euro * 100;
        return centen == decimal.Truncate(centen) ? (long)centen : null;
    }
}
