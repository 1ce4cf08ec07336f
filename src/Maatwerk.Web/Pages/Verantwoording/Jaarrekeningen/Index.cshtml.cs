using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording.Jaarrekeningen;

/// <summary>The annual accounts in view (IB-46a/c): the aanbieder uploads a jaarrekening, groepsjaarrekening or jaarverslag per
/// contract and finished year; the gemeente sees those of its contracts.</summary>
[Authorize(Policy = VerantwoordingModule.JaarrekeningenPolicy)]
public sealed class IndexModel(JaarrekeningService service, TimeProvider clock) : PageModel
{
    public List<JaarrekeningService.Row> Rijen { get; private set; } = [];
    public List<Contract> Contracten { get; private set; } = [];
    public bool MagIndienen => service.MagIndienen;
    public string? Fout { get; private set; }
    /// <summary>Per aanbieder whether it is jaarrekeningplichtig (IB-46c); for an aanbieder its own.</summary>
    public Dictionary<Guid, bool?> Plicht { get; private set; } = [];
    public bool? EigenPlicht { get; private set; }

    [BindProperty] public JaarrekeningService.Invoer Invoer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Invoer = new() { Jaar = Amsterdam.Today(clock).Year - 1 };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (!service.MagIndienen)
            return Forbid();
        var result = await service.UploadAsync(Invoer, await PdfUpload.FromFormAsync(bestand, ct), ct);
        if (this.Handle(result, "Document van de jaarrekening ingediend.", r => Redirect($"/Verantwoording/Jaarrekeningen/Details/{r.Id}"), out var fout) is { } klaar)
            return klaar;
        Fout = fout;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rijen = await service.ListAsync(ct);
        if (service.MagIndienen)
            Contracten = await service.ContractenAsync(ct);
        Plicht = await service.JaarrekeningplichtAsync(Rijen.Select(r => r.Jaarrekening.AanbiederId).Concat(Contracten.Select(c => c.AanbiederId)), ct);
        EigenPlicht = Contracten.Count > 0 ? Plicht.GetValueOrDefault(Contracten[0].AanbiederId) : null;
    }
}
