using Maatwerk.Infrastructure.Clientondersteuning;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.Clientondersteuning;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Clientondersteuning.Facturen;

/// <summary>One stored OCO invoice with its lines and the contacts beneath them (OCO-6.1a). The coordinator submits a
/// draft ("Indienen", registers <c>factuur-ingediend</c>, which meets OCO-6.1c) or removes it ("Verwijderen"); both carry
/// the version the coordinator saw, so a stale form gets the Dutch message. The gemeente's contractmanager reads a
/// submitted invoice of its own gemeente; anything else is 404.</summary>
[Authorize(Policy = ClientondersteuningModule.FacturenPolicy)]
public sealed class DetailsModel(OcoFactuurService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public FactuurVersieInput Invoer { get; set; } = new();

    public OcoFactuurService.Row Factuur { get; private set; } = null!;
    public bool MagOpstellen => service.MagOpstellen;
    /// <summary>The conflict message of a stale submit or removal.</summary>
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostIndienenAsync(CancellationToken ct) =>
        StepAsync(() => service.SubmitAsync(Id, Invoer.Versie, ct), "Factuur ingediend bij de gemeente (OCO-6.1).", _ => RedirectToPage(new { id = Id }), ct);

    public Task<IActionResult> OnPostVerwijderenAsync(CancellationToken ct) =>
        StepAsync(() => service.RemoveAsync(Id, Invoer.Versie, ct), "Opgestelde factuur verwijderd.", _ => RedirectToPage("Index"), ct);

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct) =>
        await service.GetAsync(Id, ct) is { } r ? File(FactuurPdf.Write(r), "application/pdf", $"factuur-{r.Factuur.Nummer}.pdf") : NotFound();

    private async Task<IActionResult> StepAsync(Func<Task<SaveResult>> step, string melding, Func<SaveResult, IActionResult> klaar, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await step();
        var antwoord = this.Handle(result, melding, klaar, out var fout);
        if (antwoord is not null)
            return antwoord;
        Fout = fout;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await service.GetAsync(Id, ct) is not { } r)
            return false;
        Factuur = r;
        return true;
    }
}
