using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Berichten.Declaratie;

/// <summary>Streams a WMO323: validates it in one pass and calls back for every Prestatie with its client's BSN,
/// never holding more than one Prestatie in memory.</summary>
public static class Wmo323Lezer
{
    public delegate void PrestatieHandler(DeclaratieKop kop, string bsn, DeclaratiePrestatie prestatie, BerichtElement element);

    public static ValidatieResultaat Lees(Stream xml, PrestatieHandler perPrestatie, ValidatieOpties? opties = null) =>
        BerichtValidator.Valideer(xml, (opties ?? ValidatieOpties.Standaard) with { VerwachtBericht = BerichtCatalogus.Wmo323 }, new Bezoeker(perPrestatie));

    private sealed class Bezoeker(PrestatieHandler handler) : IBerichtBezoeker
    {
        private DeclaratieKop? _kop;

        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (eenheid.Naam != "Prestatie" || voorouders.Count < 5) return;
            _kop ??= DeclaratieKop.Van(voorouders[0], voorouders[1]);
            handler(_kop, voorouders[3].Tekst("Bsn") ?? "", DeclaratiePrestatie.Van(eenheid), eenheid);
        }

        public void Einde(BerichtElement bericht) { }
    }
}
