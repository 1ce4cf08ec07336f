using Maatwerk.Infrastructure.Gebruikers;
using Maatwerk.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maatwerk.Web.Pages.Account;

/// <summary>Sets up the TOTP second factor for the signed-in user.</summary>
public sealed class TweestapsverificatieModel(LoginService login, CurrentUser user) : PageModel
{
    [BindProperty] public string Geheim { get; set; } = "";
    [BindProperty] public string? Code { get; set; }
    public string Uri { get; private set; } = "";
    public bool AlActief { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var gebruiker = await login.GebruikerAsync(user.GebruikerId!.Value, ct);
        AlActief = gebruiker?.TotpActief == true;
        Geheim = Totp.NewSecret();
        Uri = Totp.OtpAuthUri("Maatwerk", user.Email, Geheim);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Uri = Totp.OtpAuthUri("Maatwerk", user.Email, Geheim);
        if (!await login.ActivateTotpAsync(user.GebruikerId!.Value, Geheim, Code ?? "", ct))
        {
            ModelState.AddModelError(nameof(Code), "De code klopt niet. Controleer of de tijd op uw telefoon juist staat en probeer het opnieuw.");
            return Page();
        }
        var gebruiker = await login.GebruikerAsync(user.GebruikerId!.Value, ct);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CurrentUser.CreatePrincipal(gebruiker!, CookieAuthenticationDefaults.AuthenticationScheme));
        TempData["Melding"] = "Tweestapsverificatie is ingeschakeld.";
        return Redirect("/");
    }
}
