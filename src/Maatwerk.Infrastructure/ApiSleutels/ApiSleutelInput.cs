using Maatwerk.Domain.Gebruikers;

namespace Maatwerk.Infrastructure.ApiSleutels;

/// <summary>What beheer enters for a new API key: a name, the role the calling system acts in and the scopes. The
/// organisation is always the beheerder's own; the secret, prefix and moments are made by the platform.</summary>
public sealed record ApiSleutelInput
{
    public string? Naam { get; init; }
    public Rol? Rol { get; init; }
    public List<string> Scopes { get; init; } = [];
}
