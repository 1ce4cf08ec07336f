using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Maatwerk.Web.Pages.Account;

[EnableRateLimiting("inloggen")]
public sealed class InloggenModel(LoginService login) : PageModel
{
    public const string AlgemeneFout = "Het e-mailadres of het wachtwoord is onjuist.";
    public const string BlokkadeFout = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw of neem contact op met uw beheerder.";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Wachtwoord { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Fout { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email))
            ModelState.AddModelError(nameof(Email), "Vul uw e-mailadres in.");
        if (string.IsNullOrEmpty(Wachtwoord))
            ModelState.AddModelError(nameof(Wachtwoord), "Vul uw wachtwoord in.");
        if (!ModelState.IsValid)
            return Page();

        var (uitkomst, gebruiker) = await login.VerifyPasswordAsync(Email!, Wachtwoord!, ct);
        switch (uitkomst)
        {
            case LoginOutcome.Gelukt:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    CurrentUser.CreatePrincipal(gebruiker!, CookieAuthenticationDefaults.AuthenticationScheme));
                return LocalRedirect(SafeReturnUrl());
            case LoginOutcome.TweedeStapNodig:
                await HttpContext.SignInAsync(MaatwerkHost.TweedeStapScheme, CurrentUser.CreatePrincipal(gebruiker!, MaatwerkHost.TweedeStapScheme));
                return RedirectToPage("TweedeStap", new { ReturnUrl = SafeReturnUrl() });
            case LoginOutcome.Geblokkeerd:
                Fout = BlokkadeFout;
                return Page();
            default:
                Fout = AlgemeneFout;
                return Page();
        }
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
