namespace Maatwerk.Domain.Organisaties;

/// <summary>CBS gemeentecode: four digits (leading zeros kept, e.g. 0150 Deventer), as iWmo's Gemeentecode requires.</summary>
public readonly record struct Gemeentecode
{
    public string Value { get; }

    private Gemeentecode(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out Gemeentecode code, out string? error)
    {
        code = default;
        var digits = (input ?? "").Trim();
        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit))
        {
            error = "De CBS-gemeentecode moet uit precies 4 cijfers bestaan (bijvoorbeeld 0150).";
            return false;
        }
        if (digits == "0000")
        {
            error = "De CBS-gemeentecode 0000 bestaat niet.";
            return false;
        }
        code = new Gemeentecode(digits);
        error = null;
        return true;
    }
}
