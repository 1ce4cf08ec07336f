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
public sealed class DetailsModel(IncidentService service) : DetailsPage<IncidentService.Detail>
{
    [BindProperty] public IncidentStapInput Invoer { get; set; } = new();
    public bool MagRegistreren => service.MagRegistreren;
    public bool IsToezichthouder => service.IsToezichthouder;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Invoer = new IncidentStapInput { Datum = service.Vandaag };
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct) =>
        await service.PdfAsync(id, ct) is { } pdf ? File(pdf, "application/pdf", $"melding-{id:N}.pdf") : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.ReplaceBindingErrors();
        return ModelState.IsValid ? await AfterAsync(id, await service.RecordAsync(id, Invoer, ct), "Vastgelegd.", ct) : await ShowAsync(id, ct);
    }

    protected override Task<IncidentService.Detail?> FindAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);
    protected override string Pad(Guid id) => $"/Incidenten/Details/{id}";
}
