namespace Maatwerk.Domain.Organisaties;

/// <summary>AGB-code of a care provider (Vektis): eight digits, as iWmo's AanbiederCode requires.</summary>
public readonly record struct AgbCode
{
    public string Value { get; }

    private AgbCode(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out AgbCode code, out string? error)
    {
        error = AchtCijfers.Check(input, "De AGB-code", out var digits);
        code = error is null ? new AgbCode(digits) : default;
        return error is null;
    }
}
