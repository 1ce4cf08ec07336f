using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie;

public sealed class ValidationResult
{
    public BerichtSoort? Soort { get; internal set; }
    public List<Finding> Fouten { get; } = [];
    /// <summary>The message's Header (null if it could not be read).</summary>
    public BerichtHeader? Header { get; internal set; }
    /// <summary>The message tree (for streamed messages, such as a 323, without the streamed elements).</summary>
    public BerichtElement? Bericht { get; internal set; }
    public int AantalEenheden { get; internal set; }

    /// <summary>How a split validation went (<see cref="GesplitsteValidatie"/>): null when not split, else "samengevoegd"
    /// (two parts joined) or "vervolgd: reason" (the first part went on alone). For tests and measurements.</summary>
    internal string? Splitsing { get; set; }

    public bool IsGeldig => Fouten.Count == 0;
    public bool IsTechnischAfgekeurd => Fouten.Any(f => f.IsTechnisch);
    public IEnumerable<Finding> ErrorsInLayer(params ValidationLayer[] lagen) => Fouten.Where(f => lagen.Contains(f.Laag));
}
