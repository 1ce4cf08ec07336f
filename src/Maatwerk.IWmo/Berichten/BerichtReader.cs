using Maatwerk.IWmo.Validatie;

namespace Maatwerk.IWmo.Berichten;

/// <summary>Reads a whole message into a tree (for the small message types) and, for large declarations, hands out
/// prestaties one by one.</summary>
public static class BerichtReader
{
    /// <summary>Validates and returns the full tree. Streamed elements (Client/Prestatie of a 323) are put back into
    /// the tree, so use <see cref="Wmo323Lezer"/> for large declarations.</summary>
    public static (BerichtElement? Bericht, ValidationResult Resultaat) Read(Stream xml, ValidationOptions? opties = null)
    {
        var verzamelaar = new Replacer();
        var r = BerichtValidator.Validate(xml, opties, verzamelaar);
        return (r.Bericht, r);
    }

    public static (BerichtElement? Bericht, ValidationResult Resultaat) Read(byte[] xml, ValidationOptions? opties = null) =>
        Read(new MemoryStream(xml, writable: false), opties);

    private sealed class Replacer : IBerichtVisitor
    {
        public void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders) => voorouders[^1].Kinderen.Add(eenheid);

        public void Einde(BerichtElement bericht) { }
    }
}
