namespace Maatwerk.Domain.Organisaties;

/// <summary>AGB-code of a care provider (Vektis): eight digits, as iWmo's AanbiederCode requires.</summary>
public readonly record struct AgbCode
{
    public string Value { get; }

    private AgbCode(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out AgbCode code, out string? error)
    {
        code = default;
        var digits = (input ?? "").Trim();
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
        {
            error = "De AGB-code moet uit precies 8 cijfers bestaan.";
            return false;
        }
        if (digits == "00000000")
        {
            error = "De AGB-code 00000000 bestaat niet.";
            return false;
        }
        code = new AgbCode(digits);
        error = null;
        return true;
    }
}
