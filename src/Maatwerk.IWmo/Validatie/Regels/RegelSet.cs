using Maatwerk.IWmo.Berichten;

namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>Layer 3–4 rules of one message type. They run while the message streams past, after layers 1–2.</summary>
internal abstract class RegelSet
{
    private List<Finding> _fouten = [];
    /// <summary>The caller's system date (TR135); null when none was given.</summary>
    protected DateOnly? Vandaag { get; private set; }

    /// <summary>The second part of a split message (<see cref="GesplitsteValidatie"/>): the first part checked the
    /// header; this part reads it for its dates but reports nothing about it.</summary>
    protected bool Vervolg { get; private set; }

    public void Start(List<Finding> fouten, DateOnly? vandaag, bool vervolg = false)
    {
        _fouten = fouten;
        Vandaag = vandaag;
        Vervolg = vervolg;
    }

    /// <summary>Whether the <paramref name="tweede"/> part met something that this (first) part's state would have
    /// turned into a finding. A rule set that does not know says yes: the message is then checked in one part.</summary>
    public virtual bool Botst(RegelSet tweede) => true;

    /// <summary>Adds the state of the <paramref name="tweede"/> part (same type, not in conflict), before <see cref="Einde"/>.</summary>
    public virtual void Voeg(RegelSet tweede) { }

    public virtual void Unit(BerichtElement eenheid, IReadOnlyList<BerichtElement> voorouders) { }

    public virtual void Einde(BerichtElement bericht) { }

    /// <summary>Reports <paramref name="code"/> at <paramref name="waar"/>; layer and retour code come from the rule's
    /// definition for this message and element in <see cref="RegelCatalog"/>.</summary>
    protected void Finding(string code, BerichtElement? waar, string melding) =>
        _fouten.Add(RegelCatalog.CreateFinding(code, waar ?? throw new InvalidOperationException($"{code} zonder plaats in het bericht."), melding));

    protected static IEnumerable<BerichtElement> Descendants(BerichtElement e, string naam)
    {
        foreach (var k in e.Kinderen)
        {
            if (k.Naam == naam) yield return k;
            foreach (var d in Descendants(k, naam)) yield return d;
        }
    }

    protected static string D(DateOnly d) => d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
