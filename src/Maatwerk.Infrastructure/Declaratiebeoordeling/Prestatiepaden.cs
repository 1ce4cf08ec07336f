using Maatwerk.IWmo.Berichten;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The path of each Prestatie of a 323 as the receipt stores it (<see cref="BerichtElement.Pad"/>), with its
/// parent's path built once per client instead of the whole chain of ancestors again for every line: that chain is
/// eight strings per line (issue 12, bench/README.md "Session 26"). Elements read from a message are new objects, so
/// the same parent object is the same place in the message.</summary>
public sealed class Prestatiepaden
{
    private BerichtElement? _ouder;
    private string? _ouderPad;

    public string Of(BerichtElement prestatie)
    {
        if (prestatie.Ouder is not { } ouder)
            return prestatie.Pad;
        if (!ReferenceEquals(ouder, _ouder))
            (_ouder, _ouderPad) = (ouder, ouder.Pad);
        return prestatie.Decl?.Repeats == true ? $"{_ouderPad}/{prestatie.Naam}[{prestatie.Volgnummer}]" : $"{_ouderPad}/{prestatie.Naam}";
    }
}
