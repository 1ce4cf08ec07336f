using Maatwerk.Domain.Startpagina;

namespace Maatwerk.Infrastructure.Startpagina;

/// <summary>The work queues of the start page: what every registered <see cref="IWerkvoorraadBron"/> has for the
/// signed-in user, in the order the sources give (<see cref="Werkbak.Volgorde"/>).</summary>
public sealed class WerkvoorraadService(IEnumerable<IWerkvoorraadBron> bronnen)
{
    /// <summary>How many items a queue shows on the start page; the count and the list link cover all.</summary>
    public const int Getoond = 5;

    public async Task<IReadOnlyList<Werkbak>> LeesAsync(CancellationToken ct = default)
    {
        var bakken = new List<Werkbak>();
        foreach (var bron in bronnen)
            bakken.AddRange(await bron.LeesAsync(ct));
        return bakken.OrderBy(b => b.Volgorde).ThenBy(b => b.Titel, StringComparer.Ordinal).ToList();
    }
}
