using Maatwerk.IWmo.Validatie.Regels;

namespace Maatwerk.Domain.Clienten;

/// <summary>Burgerservicenummer. Valid means valid in an iWmo message: the rule is the standard's (RS037 nine digits,
/// CS002 11-proef) and lives in one place, <see cref="Elfproef"/>, which the iWmo validator applies to every Bsn.</summary>
public readonly record struct Bsn
{
    public string Value { get; }

    private Bsn(string value) => Value = value;

    public override string ToString() => Value;

    /// <summary>Surrounding spaces (from a form) are ignored; everything else must pass the iWmo rule as it is.</summary>
    public static bool TryParse(string? input, out Bsn bsn, out string? error)
    {
        bsn = default;
        var waarde = (input ?? "").Trim();
        error = Elfproef.Check(waarde) switch
        {
            BsnCheck.GeenNegenCijfers => "Het BSN moet uit 9 cijfers bestaan.",
            BsnCheck.VoldoetNietAanElfproef => "Het BSN voldoet niet aan de elfproef.",
            _ => null,
        };
        if (error is not null) return false;
        bsn = new Bsn(waarde);
        return true;
    }

    public static Bsn Parse(string input) =>
        TryParse(input, out var bsn, out var error) ? bsn : throw new FormatException(error);

    public static bool PassesElfproef(string nineDigits) => Elfproef.IsValidBsn(nineDigits);
}
