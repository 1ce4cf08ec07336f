namespace Maatwerk.Domain.Organisaties;

/// <summary>Number in the Handelsregister of the Kamer van Koophandel: eight digits. Printed in the national accountability
/// format (<c>LandelijkFormaat</c>) and checked against an uploaded statement.</summary>
public readonly record struct KvkNummer
{
    public string Value { get; }

    private KvkNummer(string value) => Value = value;

    public override string ToString() => Value;

    public static bool TryParse(string? input, out KvkNummer nummer, out string? error)
    {
        error = AchtCijfers.Check(input, "Het KvK-nummer", out var digits);
        nummer = error is null ? new KvkNummer(digits) : default;
        return error is null;
    }
}
