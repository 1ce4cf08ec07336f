using Maatwerk.Domain.ApiSleutels;
using Maatwerk.Domain.Gebruikers;
using Maatwerk.Infrastructure.ApiSleutels;
using Maatwerk.Infrastructure.Common;
using Maatwerk.Web.ApiSleutels;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Maatwerk.Web.Pages.ApiSleutels;

/// <summary>API keys of the own organisation: the list with last use, a new key (shown once) and revoking.</summary>
[Authorize(Policy = ApiSleutelsModule.Policy)]
public sealed class IndexModel(ApiSleutelService sleutels) : PageModel
{
    public List<ApiSleutel> Sleutels { get; private set; } = [];
    public List<SelectListItem> Rollen => sleutels.Rollen.Select(r => new SelectListItem(r.DisplayName(), r.ToString())).ToList();
    public IReadOnlyList<ApiScope> Scopes => ApiScope.All;

    [BindProperty] public ApiSleutelInput Invoer { get; set; } = new();

    /// <summary>The key just made: shown on this response only.</summary>
    public string? NieuweSleutel { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Sleutels = await sleutels.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, sleutel) = await sleutels.CreateAsync(Invoer, ct);
        if (result.Status == SaveStatus.NotFound)
            return NotFound();
        if (result.Status == SaveStatus.Ok)
        {
            NieuweSleutel = sleutel;
            Invoer = new();
        }
        else
            ModelState.AddSaveErrors(result, "Invoer");
        Sleutels = await sleutels.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(Guid id, CancellationToken ct)
    {
        var result = await sleutels.RevokeAsync(id, ct);
        if (result.Status == SaveStatus.NotFound)
            return NotFound();
        TempData["Melding"] = "De API-sleutel is ingetrokken; aanroepen met deze sleutel worden geweigerd.";
        return RedirectToPage();
    }
}
