using System.Collections.Concurrent;
using Maatwerk.Domain.Contracten;
using Maatwerk.Domain.Verplichtingen;

namespace Maatwerk.Infrastructure.Verplichtingen;

/// <summary>One engine per profile version for the lifetime of the app (building its working-day calendar is not free).</summary>
public sealed class VerplichtingenEngines
{
    private readonly ConcurrentDictionary<string, VerplichtingenEngine> _engines = new(StringComparer.Ordinal);

    public VerplichtingenEngine For(ContractProfile profiel) => _engines.GetOrAdd(profiel.Sleutel, _ => new VerplichtingenEngine(profiel));
}
