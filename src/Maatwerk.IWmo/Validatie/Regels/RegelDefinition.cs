namespace Maatwerk.IWmo.Validatie.Regels;

/// <summary>One rule as the official tables assign it: this <see cref="Code"/> is reported for this data element
/// (<see cref="Klasse"/>/<see cref="Element"/>, as in rules/condities-constraints/CD_CS_RS_per_dataelement) of this
/// message, with this WJ001 retour code.</summary>
/// <param name="Bericht">"WMO301" … "WMO323".</param>
/// <param name="Klasse">The message class (Berichtklasse), e.g. ToegewezenProduct, Client, Header.</param>
/// <param name="Element">The data element below the class, e.g. "Einddatum" or "Adres/Postcode"; empty for the class
/// itself.</param>
public sealed record RegelDefinition(string Code, string Bericht, string Klasse, string Element, string Retourcode, ValidationLayer Laag)
{
    /// <summary>Class and element as one path, e.g. "Contact/Adres/Postcode".</summary>
    public string Pad => Element.Length == 0 ? Klasse : $"{Klasse}/{Element}";

    /// <summary>A finding belongs to this rule when it sits on the element's branch below the class: at the element,
    /// inside it, or at one of its ancestors up to the class when the element itself is missing (e.g. CD075 on a
    /// ToegewezenProduct without Einddatum).</summary>
    public bool Fits(IReadOnlyList<string> namen)
    {
        var pad = Pad.Split('/');
        for (var i = 0; i < namen.Count; i++)
        {
            if (namen[i] != Klasse) continue;
            var j = 0;
            while (j < pad.Length && i + j < namen.Count && namen[i + j] == pad[j]) j++;
            if (j == pad.Length || i + j == namen.Count) return true;
        }
        return false;
    }
}
