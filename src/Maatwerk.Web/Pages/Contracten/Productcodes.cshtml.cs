using Maatwerk.Domain.Contracten;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Contracten;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Maatwerk.Web.Contracten;

namespace Maatwerk.Web.Pages.Contracten;

/// <summary>The iWmo ProductCode per product of one contract (TR381), set by the opdrachtgever.</summary>
[Authorize(Policy = ContractenModule.Policy)]
public sealed class ProductcodesModel(ProductcodeService productcodes) : PageModel
{
    public Contract Contract { get; private set; } = null!;
    public List<ProductcodeService.Row> Regels { get; private set; } = [];
    public bool MagWijzigen => productcodes.MagWijzigen;
    public List<string> Fouten { get; } = [];

    [BindProperty] public Dictionary<string, string?> Codes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await productcodes.SaveAsync(id, Codes, ct);
        if (result.Status == SaveStatus.NotFound)
            return NotFound();
        if (result.Status == SaveStatus.Ok)
        {
            TempData["Melding"] = "De iWmo-productcodes zijn opgeslagen.";
            return Redirect($"/Contracten/Productcodes/{id}");
        }
        Fouten.AddRange(result.Errors.Select(e => e.Message));
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await productcodes.ListAsync(id, ct) is not { } lijst)
            return false;
        (Contract, Regels) = lijst;
        return true;
    }
}
