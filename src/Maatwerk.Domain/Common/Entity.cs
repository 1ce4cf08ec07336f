namespace Maatwerk.Domain.Common;

/// <summary>Every stored record has a random id (ids are never guessable sequences) and a version that changes on
/// every save, so a second concurrent edit of the same record is refused instead of silently overwriting the first.</summary>
public abstract class Entity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid Versie { get; set; } = Guid.NewGuid();
}
