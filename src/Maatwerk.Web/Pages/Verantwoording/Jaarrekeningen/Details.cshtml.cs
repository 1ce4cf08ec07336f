using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording.Jaarrekeningen;

/// <summary>One year's annual accounts: the documents with their hash, downloadable by both parties (IB-46a/c).</summary>
[Authorize(Policy = VerantwoordingModule.JaarrekeningenPolicy)]
public sealed class DetailsModel(JaarrekeningService service) : PageModel
{
    public JaarrekeningService.Details Jaarrekening { get; private set; } = null!;
    public bool MagIndienen => service.MagIndienen;
    public bool MagBeoordelen => service.MagBeoordelen;
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetBestandAsync(Guid id, Guid bestandId, CancellationToken ct) =>
        await service.BestandAsync(id, bestandId, ct) is { } b ? File(b.Inhoud, "application/pdf", b.Naam) : NotFound();

    private async Task<IActionResult> AfterAsync(Guid id, SaveResult result, string melding, CancellationToken ct)
    {
        if (this.Handle(result, melding, _ => Redirect($"/Verantwoording/Jaarrekeningen/Details/{id}"), out var fout) is { } klaar)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } d)
            return false;
        Jaarrekening = d;
        return true;
    }
}
