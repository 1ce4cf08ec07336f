namespace Maatwerk.Infrastructure.Audit;

/// <summary>Who is acting in this request; the web layer fills it from the signed-in user.</summary>
public interface ICurrentActor
{
    Guid? GebruikerId { get; }
    string Email { get; }
    Guid? OrganisatieId { get; }
}

/// <summary>The actor for work that no user started (seeding, background jobs, the command line).</summary>
public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();
    public Guid? GebruikerId => null;
    public string Email => "systeem";
    public Guid? OrganisatieId => null;
}
