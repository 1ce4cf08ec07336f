using Maatwerk.Infrastructure.Incidenten;
using Maatwerk.Web.Hosting;
using Maatwerk.Web.Incidenten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Incidenten;

/// <summary>One report: both moments, the contract's routing, the deadlines, the timeline; the aanbieder records each report
/// made; everyone who sees it can print it (<c>?handler=Pdf</c>).</summary>
[Authorize(Policy = IncidentenModule.Policy)]
public sealed class DetailsModel(IncidentService service) : PageModel
{
    [BindProperty] public IncidentStapInput Invoer { get; set; } = new();
    public IncidentService.Detail Detail { get; private set; } = null!;
    public bool MagRegistreren => service.MagRegistreren;
    public bool IsToezichthouder => service.IsToezichthouder;
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Invoer = new IncidentStapInput { Datum = service.Vandaag };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await service.PdfAsync(id, ct) is { } pdf ? File(pdf, "application/pdf", $"melding-{id:N}.pdf") : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        if (ModelState.IsValid)
        {
            var result = await service.RecordAsync(id, Invoer, ct);
            var klaar = this.Handle(result, "Vastgelegd.", _ => Redirect($"/Incidenten/Details/{id}"), out var fout);
            if (klaar is not null)
                return klaar;
            Fout = fout ?? string.Join(" ", result.Errors.Select(e => e.Message));
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await service.GetAsync(id, ct) is not { } detail)
            return false;
        Detail = detail;
        return true;
    }
}
