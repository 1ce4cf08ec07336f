using Maatwerk.Domain.Berichten;

namespace Maatwerk.Infrastructure.Declaratiebeoordeling;

/// <summary>The provider side of a sent WMO325: called once, in the same transaction, after the gemeente's 325 is stored
/// as the 323 Bericht's RetourXml. Implemented by the provider's declarations (Declaraties/DeclaratieRetourOntvanger:
/// the provider's line statuses from the 325).</summary>
public interface IRetourOntvanger
{
    Task ReceiveAsync(Bericht bericht, CancellationToken ct);
}
