namespace Maatwerk.Domain.Clienten;

/// <summary>Burgerservicenummer: nine digits that pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11).</summary>
public readonly record struct Bsn
{
    public string Value { get; }

    private Bsn(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out Bsn bsn, out string? error)
    {
        bsn = default;
        var digits = (input ?? "").Trim();
        if (digits.Length == 8 && digits.All(char.IsAsciiDigit))
            digits = "0" + digits; // a BSN written without its leading zero is still that BSN
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            error = "Het BSN moet uit 9 cijfers bestaan.";
            return false;
        }
        if (digits == "000000000" || !PassesElfproef(digits))
        {
            error = "Het BSN voldoet niet aan de elfproef.";
            return false;
        }
        bsn = new Bsn(digits);
        error = null;
        return true;
    }

    public static Bsn Parse(string input) =>
        TryParse(input, out var bsn, out var error) ? bsn : throw new FormatException(error);

    public static bool PassesElfproef(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (nineDigits[i] - '0') * (9 - i);
        sum -= nineDigits[8] - '0';
        return sum % 11 == 0;
    }
}
