using Maatwerk.Infrastructure.Common;
using Microsoft.AspNetCore.Mvc;

namespace Maatwerk.Web.Hosting;

/// <summary>A form that only registers new records: refused unless the user may register, a fresh form on GET (its
/// defaults from <see cref="NieuweInvoer"/>), and the POST of <see cref="EditPage{TInvoer}"/>.</summary>
public abstract class RegistratieModel<TInvoer> : EditPage<TInvoer> where TInvoer : new()
{
    protected virtual TInvoer NieuweInvoer() => new();

    protected abstract Task<SaveResult> RegistreerAsync(CancellationToken ct);

    protected sealed override Task<SaveResult> SaveAsync(Guid? id, CancellationToken ct) => RegistreerAsync(ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Mag)
            return Geweigerd();
        Invoer = NieuweInvoer();
        await LoadChoicesAsync(ct);
        return Page();
    }
}
