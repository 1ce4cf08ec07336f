using System.Collections.Concurrent;

namespace Maatwerk.IWmo.Verwerking;

public sealed class InMemoryBerichtContext : IBerichtContext
{
    private readonly ConcurrentDictionary<BerichtKey, byte[]> _antwoorden = new();
    private readonly ConcurrentDictionary<(string, string, string), ToewijzingData> _toewijzingen = new();
    private int _volgnummer;

    public byte[]? PreviousAntwoord(BerichtKey sleutel) => _antwoorden.TryGetValue(sleutel, out var r) ? r : null;

    public void SaveAntwoord(BerichtKey sleutel, byte[] retour) => _antwoorden.TryAdd(sleutel, retour);

    public ToewijzingData? FindToewijzing(string gemeente, string aanbieder, string toewijzingNummer) =>
        _toewijzingen.TryGetValue((gemeente, aanbieder, toewijzingNummer), out var t) ? t : null;

    public void RegisterToewijzing(ToewijzingData t) => _toewijzingen[(t.Gemeente, t.Aanbieder, t.ToewijzingNummer)] = t;

    public string NewIdentificatie() => $"R{Interlocked.Increment(ref _volgnummer):D8}";

    public int AantalAntwoorden => _antwoorden.Count;
}
