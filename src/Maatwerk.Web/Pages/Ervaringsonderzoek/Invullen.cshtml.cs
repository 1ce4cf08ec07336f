using Maatwerk.Infrastructure.Common;
using Maatwerk.Infrastructure.Ervaringsonderzoek;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Maatwerk.Web.Pages.Ervaringsonderzoek;

/// <summary>The client's page behind a one-time link (IB-47b): no login, a greeting and the IB-47 questions, nothing else of
/// the client. An unknown token gives 404; a used or expired one says so. The login rate limit guards against guessing.</summary>
[AllowAnonymous]
[EnableRateLimiting("inloggen")]
public sealed class InvullenModel(ErvaringslinkService service) : PageModel
{
    [BindProperty] public ClientervaringInput Invoer { get; set; } = new();
    public ErvaringslinkService.LinkView? Link { get; private set; }
    public bool Bedankt { get; private set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if ((Link = await service.FindAsync(token, ct)) is null)
            return NotFound();
        Invoer = new ClientervaringInput { Zorgaanbieder = Link.Zorgaanbieder };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if ((Link = await service.FindAsync(token, ct)) is null)
            return NotFound();
        ModelState.ReplaceBindingErrors();
        if (!ModelState.IsValid)
            return Page();
        var result = await service.SubmitAsync(token, Invoer, ct);
        if (result.Status == SaveStatus.Ok)
            Bedankt = true;
        else if (result.Errors.FirstOrDefault(e => e.Field == "Link") is { } link)
            Fout = link.Message;
        else
            ModelState.AddSaveErrors(result, "Invoer");
        return Page();
    }
}
