using Maatwerk.Domain.Berichten;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The provider side of a sent WMO325: called once, in the same transaction, after the gemeente's 325 is stored
/// as the 323 Bericht's RetourXml.
/// MERGE POINT (issue 12 ↔ branch decl-retour): register an implementation that calls
/// <c>DeclaratieRetourVerwerking.ProcessAsync(bericht)</c> (the provider's line statuses from the 325) in place of
/// <see cref="GeenRetourOntvanger"/>; this interface is the single call site.</summary>
public interface IRetourOntvanger
{
    Task ReceiveAsync(Bericht bericht, CancellationToken ct);
}

/// <summary>Default until the provider's 325 processing is merged: nothing happens.</summary>
public sealed class GeenRetourOntvanger : IRetourOntvanger
{
    public Task ReceiveAsync(Bericht bericht, CancellationToken ct) => Task.CompletedTask;
}
