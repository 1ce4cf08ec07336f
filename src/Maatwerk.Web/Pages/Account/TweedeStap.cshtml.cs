using System.Security.Claims;
using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Account;

/// <summary>Second login step: the six-digit code from the authenticator app.</summary>
public sealed class TweedeStapModel(LoginService login) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Fout { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await GebruikerIdAsync() is null ? RedirectToPage("Inloggen") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await GebruikerIdAsync() is not { } id)
            return RedirectToPage("Inloggen");
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Vul de code van 6 cijfers uit uw authenticator-app in.");
            return Page();
        }
        var uitkomst = await login.VerifyCodeAsync(id, Code, ct);
        if (uitkomst != LoginOutcome.Gelukt)
        {
            Fout = uitkomst == LoginOutcome.Geblokkeerd ? InloggenModel.BlokkadeFout : "De code is onjuist of verlopen.";
            return Page();
        }
        var gebruiker = await login.GebruikerAsync(id, ct);
        await HttpContext.SignOutAsync(MaatwerkHost.TweedeStapScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.CreatePrincipal(gebruiker!, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<Guid?> GebruikerIdAsync()
    {
        var result = await HttpContext.AuthenticateAsync(MaatwerkHost.TweedeStapScheme);
        return Guid.TryParse(result.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }
}
