namespace Maatwerk.IWmo.Validatie;

public enum ValidationLayer
{
    /// <summary>Safe, well-formed XML within the size limit.</summary>
    VeiligeXml = 1,
    /// <summary>Structure, order, cardinality, formats, lengths and patterns of the XSD.</summary>
    Structuur = 2,
    /// <summary>Codes exist in the code lists.</summary>
    Codelijst = 3,
    /// <summary>CD/CS/RS conditions and TR technical rules within one message.</summary>
    Regels = 4,
    /// <summary>Rules that need platform state (earlier messages, allocations).</summary>
    Context = 5,
}

/// <summary>One finding: a code (rule or check), where it is, a Dutch explanation and the WJ001 retour code it leads to.</summary>
public sealed record Finding(string Code, string Pad, string Melding, ValidationLayer Laag, string Retourcode = "0001")
{
    /// <summary>0001 rejects the whole message (technical rejection); other codes reject only the element at Pad.</summary>
    public bool IsTechnisch => Retourcode == "0001";

    public override string ToString() => $"{Code} {Pad}: {Melding}";
}
