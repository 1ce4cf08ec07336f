using Maatwerk.Domain.Common;

namespace Maatwerk.Infrastructure.Common;

public enum SaveStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>The outcome of a create or update, shared by pages (field messages) and the API (400/404/409).</summary>
public sealed record SaveResult(SaveStatus Status, Guid? Id, IReadOnlyList<ValidationError> Errors)
{
    public const string ConflictMessage =
        "Iemand anders heeft dit gegeven intussen gewijzigd. Uw wijziging is niet opgeslagen; laad de pagina opnieuw en voer haar nogmaals in.";

    public static SaveResult Ok(Guid id) => new(SaveStatus.Ok, id, []);
    public static SaveResult Invalid(IReadOnlyList<ValidationError> errors) => new(SaveStatus.Invalid, null, errors);
    public static SaveResult Invalid(string field, string message) => Invalid([new ValidationError(field, message)]);
    public static SaveResult NotFound() => new(SaveStatus.NotFound, null, [new ValidationError("", "Niet gevonden.")]);
    public static SaveResult Conflict() => new(SaveStatus.Conflict, null, [new ValidationError("", ConflictMessage)]);
}
