using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie;

/// <summary>Receives a message while it is read: every streamed element (e.g. each Prestatie of a 323) as soon as it
/// is complete, and the rest of the message at the end.</summary>
public interface IBerichtVisitor
{
    /// <summary>A streamed element. <paramref name="voorouders"/> run from the root down to the parent; they hold the
    /// children read so far (e.g. Client with its Bsn, Declaratie with its period and totals).</summary>
    void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders);

    void Einde(BerichtElement bericht);
}
