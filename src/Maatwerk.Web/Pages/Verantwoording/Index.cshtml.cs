using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Verantwoording;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Verantwoording;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Verantwoording;

/// <summary>The production statements in view: the aanbieder generates one per contract and year; the gemeente sees the
/// submitted ones.</summary>
[Authorize(Policy = VerantwoordingModule.Policy)]
public sealed class IndexModel(VerantwoordingService service, VerantwoordingUploadService upload, VerzuimService verzuim, TimeProvider clock) : PageModel
{
    public List<VerantwoordingService.Row> Rijen { get; private set; } = [];
    /// <summary>For the gemeente's contract manager: accountability the engine holds "te laat", with the measures the profile names.</summary>
    public List<VerzuimService.Row> Verzuim { get; private set; } = [];
    public List<Contract> Contracten { get; private set; } = [];
    public bool MagOpstellen => service.MagOpstellen;
    public string? Fout { get; private set; }

    [BindProperty] public VerantwoordingService.GenerateInput Invoer { get; set; } = new();
    [BindProperty] public VerzuimService.Invoer Maatregel { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Invoer = new() { Jaar = Amsterdam.Today(clock).Year - 1 };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        var result = await service.GenerateAsync(Invoer, ct);
        if (this.Handle(result, $"Productieverantwoording {Invoer.Jaar} opgesteld.", r => Redirect($"/Verantwoording/Details/{r.Id}"), out var fout) is { } klaar)
            return klaar;
        Fout = fout;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A statement from the aanbieder's own system in the national format (xlsx or CSV), for the chosen contract and year.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (!service.MagOpstellen)
            return Forbid();
        VerantwoordingService.Upload? inhoud = null;
        if (bestand is { Length: > 0 })
        {
            using var ms = new MemoryStream();
            await bestand.OpenReadStream().CopyToAsync(ms, ct);
            inhoud = new(bestand.FileName, ms.ToArray());
        }
        var result = await upload.UploadAsync(new() { ContractId = Invoer.ContractId, Jaar = Invoer.Jaar }, inhoud, ct);
        if (this.Handle(result, $"Productieverantwoording {Invoer.Jaar} ingelezen uit {bestand?.FileName}.", r => Redirect($"/Verantwoording/Details/{r.Id}"), out var fout) is { } klaar)
            return klaar;
        Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A measure for overdue accountability (DEV-Art22.7-8 accountant at the aanbieder's cost, DEV-Art22.2c ground for
    /// termination).</summary>
    public async Task<IActionResult> OnPostVerzuimAsync(CancellationToken ct)
    {
        var result = await verzuim.RecordAsync(Maatregel, ct);
        switch (result.Status)
        {
            case SaveStatus.Ok:
                TempData["Melding"] = "Maatregel vastgelegd; hij staat bij de besluiten van Declaratiebeoordeling.";
                return RedirectToPage();
            case SaveStatus.NotFound:
                return NotFound();
        }
        ModelState.AddSaveErrors(result, nameof(Maatregel));
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rijen = await service.ListAsync(ct);
        Verzuim = await verzuim.ListAsync(ct);
        if (service.MagOpstellen)
            Contracten = await service.ContractenAsync(ct);
    }
}
