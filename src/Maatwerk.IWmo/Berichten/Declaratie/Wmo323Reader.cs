using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Berichten.Declaratie;

/// <summary>Streams a WMO323: validates it in one pass and calls back for every Prestatie with its client's BSN,
/// never holding more than one Prestatie in memory.</summary>
public static class Wmo323Reader
{
    public delegate void PrestatieHandler(DeclaratieKop kop, string bsn, DeclaratiePrestatie prestatie, BerichtElement element);

    public static ValidationResult Read(Stream xml, PrestatieHandler perPrestatie, ValidationOptions? opties = null) =>
        BerichtValidator.Validate(xml, (opties ?? ValidationOptions.Standaard) with { VerwachtBericht = BerichtCatalog.Wmo323 }, new Visitor(perPrestatie));

    private sealed class Visitor(PrestatieHandler handler) : IBerichtVisitor
    {
        private DeclaratieKop? _kop;

        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders)
        {
            if (eenheid.Naam != "Prestatie" || voorouders.Count < 5) return;
            _kop ??= DeclaratieKop.From(voorouders[0], voorouders[1]);
            handler(_kop, voorouders[3].Text("Bsn") ?? "", DeclaratiePrestatie.From(eenheid), eenheid);
        }

        public void Einde(BerichtElement bericht) { }
    }
}
