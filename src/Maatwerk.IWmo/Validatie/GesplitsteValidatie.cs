using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Validates a large 323 in two parts on two cores, with exactly the findings of one pass. The first part
/// reads from the start up to a Client near the middle (<see cref="SplitsPunt"/>) on the calling thread; the second
/// reads the start of the message up to <c>Clienten</c> (so it has the namespaces, the header and the Declaratie) and
/// then goes on from that Client to the end, on a second thread. Where the first part stops, it waits for the second
/// and joins it only when both stood in the same place at the split point and the rules of the second part met
/// nothing the first part remembers (a ReferentieNummer or debet key in both); otherwise it reads the second half itself,
/// as one pass would. bench/README.md, "Session 26 (splitsing)", has the measurements.</summary>
internal static class GesplitsteValidatie
{
    /// <summary>Below this size the second thread costs more than it saves (measured: bench/README.md).</summary>
    public const long StandaardDrempel = 8L << 20;

    // The open elements at a split point in a 323: Bericht, Declaratie, Clienten.
    private const int Diepte = 3;

    public static bool Splitsbaar(long lengte, ValidationOptions opties) =>
        lengte >= opties.SplitsenVanaf && lengte <= opties.MaxBytes && Environment.ProcessorCount >= 2;

    public static ValidationResult? Probeer(ReadOnlyMemory<byte> xml, ValidationOptions opties)
    {
        if (!Splitsbaar(xml.Length, opties) || opties.VerwachtBericht is { } v && v != BerichtCatalog.Wmo323) return null;
        if (SplitsPunt.Zoek(xml.Span) is not { } punt) return null;
        return new Uitvoering(xml, punt, opties).Draai();
    }

    private sealed class Uitvoering(ReadOnlyMemory<byte> xml, SplitsPunt punt, ValidationOptions opties)
    {
        private readonly GeheugenStream _tweedeRest = new(xml[punt.Splits..]);
        private int _clientenVoor;
        private Doorloop _tweede = null!;
        private StructureReader.Positie? _tweedeBijSplits;
        private Exception? _tweedeFout;
        private string? _vervolgd;
        private bool _bijSplits;

        public ValidationResult Draai()
        {
            _tweede = new Doorloop(opties, null, vervolg: true, eindeUitstellen: true, bijEinde: TweedeSluitAan, bewaakDiepte: Diepte);
            var draad = new Thread(LeesTweede) { IsBackground = true, Name = "iWmo-validatie, tweede deel" };
            draad.Start();
            Doorloop eerste = null!;
            eerste = new Doorloop(opties, null, bijEinde: s => EersteBijSplits(s, draad, eerste), bewaakDiepte: Diepte);
            eerste.Lezer.Read(Deel(0, punt.Splits));
            if (!_bijSplits)
            {
                // The first part ended before the split point (a finding that ends the pass): the second is not needed.
                _tweedeRest.Afgebroken = true;
                draad.Join();
                return eerste.Afronden();
            }
            if (_vervolgd is not null)
            {
                eerste.Resultaat.Splitsing = "vervolgd: " + _vervolgd;
                return eerste.Afronden();
            }
            return Samenvoegen(eerste);
        }

        private GeheugenStream Deel(int van, int lengte) => new(xml.Slice(van, lengte));

        private void LeesTweede()
        {
            try
            {
                _tweede.Lezer.Read(Deel(0, punt.Voorloop));
            }
            catch (Exception ex)
            {
                _tweedeFout = ex;
            }
        }

        private (Stream Bron, int? Regels)? TweedeSluitAan(Utf8XmlScanner scanner)
        {
            // Counted here, on the second part's thread, so the first part can start at once.
            _clientenVoor = punt.ClientenVoor(xml.Span);
            _tweedeBijSplits = _tweede.Lezer.Aansluiten(_clientenVoor);
            return (_tweedeRest, punt.Regels(xml.Span));
        }

        /// <summary>The first part is at the split point: stop here when the second part can be joined, else go on.</summary>
        private (Stream Bron, int? Regels)? EersteBijSplits(Utf8XmlScanner scanner, Thread draad, Doorloop eerste)
        {
            _bijSplits = true;
            draad.Join();
            _vervolgd = Bezwaar(scanner, eerste);
            return _vervolgd is null ? null : (Deel(punt.Splits, xml.Length - punt.Splits), null);
        }

        private string? Bezwaar(Utf8XmlScanner scanner, Doorloop eersteDeel)
        {
            var eersteLezer = eersteDeel.Lezer;
            if (_tweedeFout is not null) return _tweedeFout.Message;
            if (_tweedeBijSplits is not { } tweede) return "het tweede deel kwam niet bij het splitspunt";
            if (!scanner.RestIsWitruimte) return "het splitspunt ligt midden in een token";
            var eerste = eersteLezer.Stand();
            if (eerste.Overslaan || tweede.Overslaan || eerste.Elementen != tweede.Elementen || eerste.Sluitingen != tweede.Sluitingen
                || eerste.Index != tweede.Index || eerste.Count != _clientenVoor)
                return $"andere stand bij het splitspunt ({eerste} tegen {tweede}, {_clientenVoor} clienten)";
            if (eersteDeel.Inhoud is { } inhoud && eersteDeel.Resultaat.Fouten.Count == 0 && _tweede.Resultaat.Fouten.Count == 0
                && inhoud.Botst(_tweede.Inhoud!))
                return "een sleutel van het tweede deel komt ook in het eerste voor";
            return null;
        }

        private ValidationResult Samenvoegen(Doorloop eerste)
        {
            var r = eerste.Resultaat;
            var t = _tweede.Resultaat;
            VoegFouten(r.Fouten, eerste.Lezer.FoutLimiet, t.Fouten, opties.MaxFouten);
            r.AantalEenheden += t.AantalEenheden;
            r.Header = t.Header ?? r.Header;
            r.Bericht = t.Bericht;
            if (eerste.Inhoud is { } inhoud && r.Fouten.Count == 0)
            {
                inhoud.Voeg(_tweede.Inhoud!);
                if (_tweede.Einde is { } bericht) inhoud.Einde(bericht);
            }
            r.Splitsing = "samengevoegd";
            return eerste.Afronden();
        }

        /// <summary>The second part's structure findings after the first's, cut off at MaxFouten as one pass does.</summary>
        private static void VoegFouten(List<Finding> doel, bool vol, List<Finding> tweede, int max)
        {
            if (vol) return;
            foreach (var f in tweede)
            {
                if (doel.Count < max) doel.Add(f);
                else
                {
                    doel.Add(StructureReader.Limiet(max, f.Laag));
                    return;
                }
            }
        }
    }
}
