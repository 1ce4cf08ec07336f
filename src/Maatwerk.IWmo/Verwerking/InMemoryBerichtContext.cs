using System.Collections.Concurrent;

namespace Maatwerk.IWmo.Verwerking;

public sealed class InMemoryBerichtContext : IBerichtContext
{
    private readonly ConcurrentDictionary<BerichtSleutel, byte[]> _antwoorden = new();
    private readonly ConcurrentDictionary<(string, string, string), ToewijzingGegevens> _toewijzingen = new();
    private int _volgnummer;

    public byte[]? EerderAntwoord(BerichtSleutel sleutel) => _antwoorden.TryGetValue(sleutel, out var r) ? r : null;

    public void BewaarAntwoord(BerichtSleutel sleutel, byte[] retour) => _antwoorden.TryAdd(sleutel, retour);

    public ToewijzingGegevens? ZoekToewijzing(string gemeente, string aanbieder, string toewijzingNummer) =>
        _toewijzingen.TryGetValue((gemeente, aanbieder, toewijzingNummer), out var t) ? t : null;

    public void RegistreerToewijzing(ToewijzingGegevens t) => _toewijzingen[(t.Gemeente, t.Aanbieder, t.ToewijzingNummer)] = t;

    public string NieuweIdentificatie() => $"R{Interlocked.Increment(ref _volgnummer):D8}";

    public int AantalAntwoorden => _antwoorden.Count;
}
