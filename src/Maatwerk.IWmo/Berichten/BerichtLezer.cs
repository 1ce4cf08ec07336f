using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Berichten;

/// <summary>Reads a whole message into a tree (for the small message types) and, for large declarations, hands out
/// prestaties one by one.</summary>
public static class BerichtLezer
{
    /// <summary>Validates and returns the full tree. Streamed elements (Client/Prestatie of a 323) are put back into
    /// the tree, so use <see cref="Wmo323Lezer"/> for large declarations.</summary>
    public static (BerichtElement? Bericht, ValidatieResultaat Resultaat) Lees(Stream xml, ValidatieOpties? opties = null)
    {
        var verzamelaar = new Terugplaatser();
        var r = BerichtValidator.Valideer(xml, opties, verzamelaar);
        return (r.Bericht, r);
    }

    public static (BerichtElement? Bericht, ValidatieResultaat Resultaat) Lees(byte[] xml, ValidatieOpties? opties = null) =>
        Lees(new MemoryStream(xml, writable: false), opties);

    private sealed class Terugplaatser : IBerichtBezoeker
    {
        public void Eenheid(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders) => voorouders[^1].Kinderen.Add(eenheid);

        public void Einde(BerichtElement bericht) { }
    }
}
