namespace Maatwerk.Domain.Common;

/// <summary>Collects field errors in order; small helpers keep the entity validators readable.</summary>
public sealed class Validator
{
    private readonly List<ValidationError> _errors = [];

    public IReadOnlyList<ValidationError> Errors => _errors;
    public bool IsValid => _errors.Count == 0;

    public Validator Add(string field, string message)
    {
        _errors.Add(new ValidationError(field, message));
        return this;
    }

    public Validator Required(string field, string label, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            return Add(field, $"{label} is verplicht.");
        if (value.Trim().Length > maxLength)
            return Add(field, $"{label} mag hoogstens {maxLength} tekens lang zijn.");
        return this;
    }

    public Validator Optional(string field, string label, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
            Add(field, $"{label} mag hoogstens {maxLength} tekens lang zijn.");
        return this;
    }

    public Validator Check(string field, bool ok, string message) => ok ? this : Add(field, message);
}
