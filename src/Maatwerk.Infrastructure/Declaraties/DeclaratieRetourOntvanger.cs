using Maatwerk.Domain.Berichten;
using Maatwerk.Domain.Declaraties;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Data;
using Maatwerk.Infrastructure.Declaratiebeoordeling;
using Microsoft.EntityFrameworkCore;

namespace Maatwerk.Infrastructure.Declaraties;

/// <summary>When the gemeente sends its WMO325 after assessing a 323 (issue 12), the provider's lines of that 323 get
/// their status in the same transaction (issue 11): toegekend, or afgewezen with the codes, on the provider's worklist.
/// A 323 from a provider's own system has no declaration on the platform: its provider reads the 325 there.</summary>
public sealed class DeclaratieRetourOntvanger(MaatwerkDbContext db, DeclaratieRetourVerwerking verwerking) : IRetourOntvanger
{
    public async Task ReceiveAsync(Bericht bericht, CancellationToken ct)
    {
        if (!await db.Set<Declaratie>().AnyAsync(d => d.BerichtId == bericht.Id, ct))
            return;
        var uitkomst = await verwerking.ProcessAsync(bericht, ct);
        if (uitkomst.Save.Status != SaveStatus.Ok) // the platform built this 325 itself: not fitting is a fault, so nothing is sent
            throw new InvalidOperationException($"De WMO325 op {bericht.Identificatie} past niet op de verzonden declaratie: "
                + string.Join(" ", uitkomst.Save.Errors.Select(e => e.Message)));
    }
}
