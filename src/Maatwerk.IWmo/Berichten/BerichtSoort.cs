using Maatwerk.IWmo.Schema;

namespace Maatwerk.IWmo.Berichten;

/// <summary>One of the 14 iWmo 3.2 message types, e.g. WMO323 with BerichtCode 484.</summary>
public sealed class BerichtSoort
{
    internal BerichtSoort(string naam, string berichtCode, string omschrijving, string ns, ElementDecl root, string? retourNaam)
    {
        Naam = naam;
        BerichtCode = berichtCode;
        Omschrijving = omschrijving;
        Namespace = ns;
        Root = root;
        RetourNaam = retourNaam;
    }

    /// <summary>"WMO301" … "WMO325".</summary>
    public string Naam { get; }
    public string BerichtCode { get; }
    public string Omschrijving { get; }
    public string Namespace { get; }
    public ElementDecl Root { get; }
    internal string? RetourNaam { get; }
    public bool IsRetour => RetourNaam is null;
    public BerichtSoort? Retour => RetourNaam is null ? null : BerichtCatalog.ByName(RetourNaam);
    public string Nummer => Naam[3..];

    /// <summary>The repeating elements that the reader hands out one by one instead of keeping them in the tree,
    /// so that a declaration with 100,000 prestaties is processed in bounded memory.</summary>
    public IReadOnlySet<string> StreamingElementen { get; init; } = new HashSet<string>();

    public override string ToString() => Naam;
}
